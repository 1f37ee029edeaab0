-- CreateTable
CREATE TABLE "SamlOneTimeKey" (
    "key" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "payload" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SamlOneTimeKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SamlOneTimeKey_expiresAt_idx" ON "SamlOneTimeKey"("expiresAt");

