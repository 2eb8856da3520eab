-- AlterTable
ALTER TABLE "Quotation" ADD COLUMN "speakerNameEnd" INTEGER;
ALTER TABLE "Quotation" ADD COLUMN "speakerNameStart" INTEGER;
ALTER TABLE "Quotation" ADD COLUMN "speakerRole" TEXT;
