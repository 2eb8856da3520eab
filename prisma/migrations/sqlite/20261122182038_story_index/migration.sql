-- AlterTable
ALTER TABLE "Story" ADD COLUMN "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "StoryKey" (
    "key" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,

    PRIMARY KEY ("key", "storyId"),
    CONSTRAINT "StoryKey_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "StoryKey_storyId_idx" ON "StoryKey"("storyId");
