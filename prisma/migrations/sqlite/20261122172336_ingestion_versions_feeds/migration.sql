-- DropIndex
DROP INDEX "ArticleVersion_articleId_contentHash_key";

-- AlterTable
ALTER TABLE "ArticleVersion" ADD COLUMN "modifiedAt" DATETIME;

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "feedId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "guid" TEXT,
    "title" TEXT,
    "publishedAt" DATETIME,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "articleId" TEXT,
    "extractedChars" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "canonicalUrl" TEXT,
    "title" TEXT NOT NULL,
    "byline" TEXT,
    "publishedAt" DATETIME,
    "language" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "profile" JSONB,
    "modifiedAt" DATETIME,
    "versionCount" INTEGER NOT NULL DEFAULT 1,
    "lastFetchedAt" DATETIME,
    "lastChangedAt" DATETIME,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("byline", "canonicalUrl", "contentHash", "id", "ingestedAt", "language", "outletId", "profile", "publishedAt", "sourceUrl", "text", "title", "updatedAt", "wordCount") SELECT "byline", "canonicalUrl", "contentHash", "id", "ingestedAt", "language", "outletId", "profile", "publishedAt", "sourceUrl", "text", "title", "updatedAt", "wordCount" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_canonicalUrl_key" ON "Article"("canonicalUrl");
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");
CREATE INDEX "Article_ingestedAt_idx" ON "Article"("ingestedAt");
CREATE UNIQUE INDEX "Article_outletId_contentHash_key" ON "Article"("outletId", "contentHash");
CREATE TABLE "new_Feed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "outletId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastFetchedAt" DATETIME,
    "lastSuccessAt" DATETIME,
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "itemsFound" INTEGER NOT NULL DEFAULT 0,
    "nextFetchAt" DATETIME,
    "intervalMinutes" INTEGER NOT NULL DEFAULT 30,
    "format" TEXT,
    "siteUrl" TEXT,
    "lastErrorAt" DATETIME,
    "lastItemCount" INTEGER NOT NULL DEFAULT 0,
    "emptyPolls" INTEGER NOT NULL DEFAULT 0,
    "recentExtractLengths" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Feed_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Feed" ("active", "consecutiveFailures", "createdAt", "etag", "id", "itemsFound", "lastError", "lastFetchedAt", "lastModified", "lastSuccessAt", "nextFetchAt", "outletId", "title", "updatedAt", "url") SELECT "active", "consecutiveFailures", "createdAt", "etag", "id", "itemsFound", "lastError", "lastFetchedAt", "lastModified", "lastSuccessAt", "nextFetchAt", "outletId", "title", "updatedAt", "url" FROM "Feed";
DROP TABLE "Feed";
ALTER TABLE "new_Feed" RENAME TO "Feed";
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");
CREATE INDEX "Feed_active_nextFetchAt_idx" ON "Feed"("active", "nextFetchAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "FeedItem_feedId_firstSeenAt_idx" ON "FeedItem"("feedId", "firstSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_feedId_url_key" ON "FeedItem"("feedId", "url");

-- CreateIndex
CREATE INDEX "ArticleVersion_articleId_contentHash_idx" ON "ArticleVersion"("articleId", "contentHash");

-- The corpus document count now lives beside the term frequencies (lib/db/stories/corpus-stats.ts).
INSERT INTO "TermStat" ("term", "documentFrequency") SELECT '__documents__', COUNT(*) FROM "Article";
