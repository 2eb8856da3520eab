-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN "selectionHash" TEXT;

-- CreateTable
CREATE TABLE "EditorSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "EditorSession_expiresAt_idx" ON "EditorSession"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_selectionHash_key" ON "ShareLink"("selectionHash");
