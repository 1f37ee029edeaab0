-- Marketplace full-text search, PostgreSQL. Idempotent: safe to run on every start.
-- A side table of the published catalog holding each listing's weighted tsvector (title A, summary B,
-- description D), kept in step by a trigger on "Listing", with a GIN index. Stored (not an expression index) so
-- ranking reads the vector instead of re-parsing every matching description; a side table (not a column on
-- "Listing") so the Prisma models stay as they are. A listing is in it exactly while its status is 'published'.
CREATE TABLE IF NOT EXISTS "ListingSearch" (
  "listingId" TEXT PRIMARY KEY REFERENCES "Listing" ("id") ON DELETE CASCADE,
  "document" tsvector NOT NULL
);

CREATE INDEX IF NOT EXISTS "ListingSearch_document_idx" ON "ListingSearch" USING GIN ("document");

CREATE OR REPLACE FUNCTION stratum_listing_document(title text, summary text, description text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'D')
$$;

CREATE OR REPLACE FUNCTION stratum_listing_search_sync() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW."status" = 'published' THEN
    INSERT INTO "ListingSearch" ("listingId", "document")
    VALUES (NEW."id", stratum_listing_document(NEW."title", NEW."summary", NEW."description"))
    ON CONFLICT ("listingId") DO UPDATE SET "document" = EXCLUDED."document";
  ELSE
    DELETE FROM "ListingSearch" WHERE "listingId" = NEW."id";
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER "Listing_search_sync" AFTER INSERT OR UPDATE OF "title", "summary", "description", "status" ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION stratum_listing_search_sync();

-- Bring an existing catalog in: add published listings missing from the index, drop any that are not published.
INSERT INTO "ListingSearch" ("listingId", "document")
SELECT l."id", stratum_listing_document(l."title", l."summary", l."description") FROM "Listing" l
WHERE l."status" = 'published' AND NOT EXISTS (SELECT 1 FROM "ListingSearch" s WHERE s."listingId" = l."id");
DELETE FROM "ListingSearch" s WHERE NOT EXISTS (SELECT 1 FROM "Listing" l WHERE l."id" = s."listingId" AND l."status" = 'published');

-- Catalog sorts (browse without words): installs, rating, newest.
CREATE INDEX IF NOT EXISTS "Listing_catalog_installs_idx" ON "Listing" ("status", "installCount" DESC);
CREATE INDEX IF NOT EXISTS "Listing_catalog_rating_idx" ON "Listing" ("status", "ratingAverage" DESC, "ratingCount" DESC);
CREATE INDEX IF NOT EXISTS "Listing_catalog_newest_idx" ON "Listing" ("status", "publishedAt" DESC NULLS LAST);
