-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "selectionHash" TEXT;

-- CreateTable
CREATE TABLE "EditorSession" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EditorSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EditorSession_expiresAt_idx" ON "EditorSession"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_selectionHash_key" ON "ShareLink"("selectionHash");
