-- CreateTable
CREATE TABLE "RecommendationRefresh" (
    "tenantId" TEXT NOT NULL PRIMARY KEY,
    "dueAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshedAt" DATETIME,
    "leaseUntil" DATETIME,
    "leaseOwner" TEXT,
    CONSTRAINT "RecommendationRefresh_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RecommendationRefresh_dueAt_idx" ON "RecommendationRefresh"("dueAt");

