-- Written by hand instead of the engine's table redefinition: rebuilding "Article" and "Story" would drop the
-- full-text triggers and the search indexes of 20261127150000_fulltext (and renumber the rowids article_fts
-- reads). SQLite adds a NOT NULL column with a constant default in place.

-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Story" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;
