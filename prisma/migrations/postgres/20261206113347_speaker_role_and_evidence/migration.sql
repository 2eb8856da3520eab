-- AlterTable
ALTER TABLE "Quotation" ADD COLUMN     "speakerNameEnd" INTEGER,
ADD COLUMN     "speakerNameStart" INTEGER,
ADD COLUMN     "speakerRole" TEXT;
