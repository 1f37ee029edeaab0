-- CreateTable
CREATE TABLE "RecommendationRefresh" (
    "tenantId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshedAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "leaseOwner" TEXT,

    CONSTRAINT "RecommendationRefresh_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE INDEX "RecommendationRefresh_dueAt_idx" ON "RecommendationRefresh"("dueAt");

-- AddForeignKey
ALTER TABLE "RecommendationRefresh" ADD CONSTRAINT "RecommendationRefresh_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

