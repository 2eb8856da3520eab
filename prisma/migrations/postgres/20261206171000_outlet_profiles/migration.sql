-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN     "factsUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "languages" TEXT,
ADD COLUMN     "ownershipType" TEXT;

-- CreateTable
CREATE TABLE "OutletFact" (
    "outletId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "asOf" TIMESTAMP(3) NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutletFact_pkey" PRIMARY KEY ("outletId","kind")
);

-- CreateIndex
CREATE INDEX "Outlet_country_idx" ON "Outlet"("country");

-- CreateIndex
CREATE INDEX "Outlet_ownershipType_idx" ON "Outlet"("ownershipType");

-- CreateIndex
CREATE INDEX "Outlet_factsUpdatedAt_idx" ON "Outlet"("factsUpdatedAt");

-- AddForeignKey
ALTER TABLE "OutletFact" ADD CONSTRAINT "OutletFact_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;
