-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "StoryKey" (
    "key" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryKey_pkey" PRIMARY KEY ("key","storyId")
);

-- CreateIndex
CREATE INDEX "StoryKey_storyId_idx" ON "StoryKey"("storyId");

-- CreateIndex
CREATE INDEX "StoryKey_key_postedAt_idx" ON "StoryKey"("key", "postedAt");

-- AddForeignKey
ALTER TABLE "StoryKey" ADD CONSTRAINT "StoryKey_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
