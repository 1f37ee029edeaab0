-- CreateTable
CREATE TABLE "ScimUser" (
    "id" TEXT NOT NULL,
    "directoryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "externalId" TEXT,
    "userName" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "givenName" TEXT,
    "familyName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScimUser_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScimUser_directoryId_externalId_idx" ON "ScimUser"("directoryId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ScimUser_directoryId_userName_key" ON "ScimUser"("directoryId", "userName");

-- CreateIndex
CREATE UNIQUE INDEX "ScimUser_directoryId_userId_key" ON "ScimUser"("directoryId", "userId");

-- CreateIndex
CREATE INDEX "ScimDirectory_partnerId_idx" ON "ScimDirectory"("partnerId");

-- AddForeignKey
ALTER TABLE "ScimUser" ADD CONSTRAINT "ScimUser_directoryId_fkey" FOREIGN KEY ("directoryId") REFERENCES "ScimDirectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScimUser" ADD CONSTRAINT "ScimUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

