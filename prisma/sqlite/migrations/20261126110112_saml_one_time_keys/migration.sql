-- CreateTable
CREATE TABLE "SamlOneTimeKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "connectionId" TEXT NOT NULL,
    "payload" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SamlOneTimeKey_expiresAt_idx" ON "SamlOneTimeKey"("expiresAt");

