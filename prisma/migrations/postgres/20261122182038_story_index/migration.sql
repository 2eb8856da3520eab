-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "StoryKey" (
    "key" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,

    CONSTRAINT "StoryKey_pkey" PRIMARY KEY ("key","storyId")
);

-- CreateIndex
CREATE INDEX "StoryKey_storyId_idx" ON "StoryKey"("storyId");

-- AddForeignKey
ALTER TABLE "StoryKey" ADD CONSTRAINT "StoryKey_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
