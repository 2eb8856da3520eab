-- DropIndex
DROP INDEX "ArticleVersion_articleId_contentHash_key";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "lastChangedAt" TIMESTAMP(3),
ADD COLUMN     "lastFetchedAt" TIMESTAMP(3),
ADD COLUMN     "modifiedAt" TIMESTAMP(3),
ADD COLUMN     "versionCount" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ArticleVersion" ADD COLUMN     "modifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Feed" ADD COLUMN     "emptyPolls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "format" TEXT,
ADD COLUMN     "intervalMinutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "lastErrorAt" TIMESTAMP(3),
ADD COLUMN     "lastItemCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "recentExtractLengths" JSONB,
ADD COLUMN     "siteUrl" TEXT;

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "guid" TEXT,
    "title" TEXT,
    "publishedAt" TIMESTAMP(3),
    "status" TEXT NOT NULL,
    "error" TEXT,
    "articleId" TEXT,
    "extractedChars" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedItem_feedId_firstSeenAt_idx" ON "FeedItem"("feedId", "firstSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_feedId_url_key" ON "FeedItem"("feedId", "url");

-- CreateIndex
CREATE INDEX "ArticleVersion_articleId_contentHash_idx" ON "ArticleVersion"("articleId", "contentHash");

-- CreateIndex
CREATE INDEX "Feed_active_nextFetchAt_idx" ON "Feed"("active", "nextFetchAt");

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The corpus document count now lives beside the term frequencies (lib/db/stories/corpus-stats.ts).
INSERT INTO "TermStat" ("term", "documentFrequency") SELECT '__documents__', COUNT(*) FROM "Article";
