-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN "factsUpdatedAt" DATETIME;
ALTER TABLE "Outlet" ADD COLUMN "languages" TEXT;
ALTER TABLE "Outlet" ADD COLUMN "ownershipType" TEXT;

-- CreateTable
CREATE TABLE "OutletFact" (
    "outletId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "asOf" DATETIME NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("outletId", "kind"),
    CONSTRAINT "OutletFact_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Outlet_country_idx" ON "Outlet"("country");

-- CreateIndex
CREATE INDEX "Outlet_ownershipType_idx" ON "Outlet"("ownershipType");

-- CreateIndex
CREATE INDEX "Outlet_factsUpdatedAt_idx" ON "Outlet"("factsUpdatedAt");
