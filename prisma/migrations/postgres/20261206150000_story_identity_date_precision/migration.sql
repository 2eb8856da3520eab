-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "publishedAtPrecision" TEXT NOT NULL DEFAULT 'instant';

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "firstPublishedAtPrecision" TEXT NOT NULL DEFAULT 'instant',
ADD COLUMN     "lastPublishedAtPrecision" TEXT NOT NULL DEFAULT 'instant',
ADD COLUMN     "titleByEditor" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "titleOutlet" TEXT;
