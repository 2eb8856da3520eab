-- Written as ALTER TABLE ADD COLUMN (not the engine's table rebuild) so the full-text triggers and search indexes
-- on "Article" and "Story" stay (lib/db/migrations.sqlite-fulltext.test.ts).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "publishedAtPrecision" TEXT NOT NULL DEFAULT 'instant';

-- AlterTable
ALTER TABLE "Story" ADD COLUMN "titleOutlet" TEXT;
ALTER TABLE "Story" ADD COLUMN "titleByEditor" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Story" ADD COLUMN "firstPublishedAtPrecision" TEXT NOT NULL DEFAULT 'instant';
ALTER TABLE "Story" ADD COLUMN "lastPublishedAtPrecision" TEXT NOT NULL DEFAULT 'instant';
