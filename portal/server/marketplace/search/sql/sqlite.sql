-- Marketplace full-text search, SQLite (FTS5). Idempotent: safe to run on every start.
-- A standalone FTS5 table of the published catalog, keyed by the listing id (not an external-content table:
-- Listing has a TEXT primary key, and VACUUM may renumber the implicit rowids such an index would point at).
-- Triggers keep it in step: a listing is in it exactly while its status is 'published'.
CREATE VIRTUAL TABLE IF NOT EXISTS "ListingSearch" USING fts5(
  "listingId" UNINDEXED,
  "title",
  "summary",
  "description",
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Relevance: BM25 with title weighted 10, summary 4, description 1 (ORDER BY rank uses it).
INSERT INTO "ListingSearch" ("ListingSearch", "rank") VALUES ('rank', 'bm25(0.0, 10.0, 4.0, 1.0)');

DROP TRIGGER IF EXISTS "Listing_search_insert";
CREATE TRIGGER "Listing_search_insert" AFTER INSERT ON "Listing" WHEN new."status" = 'published' BEGIN
  INSERT INTO "ListingSearch" ("listingId", "title", "summary", "description")
  VALUES (new."id", new."title", new."summary", new."description");
END;

DROP TRIGGER IF EXISTS "Listing_search_update";
CREATE TRIGGER "Listing_search_update" AFTER UPDATE OF "title", "summary", "description", "status" ON "Listing" BEGIN
  DELETE FROM "ListingSearch" WHERE "listingId" = old."id";
  INSERT INTO "ListingSearch" ("listingId", "title", "summary", "description")
  SELECT new."id", new."title", new."summary", new."description" WHERE new."status" = 'published';
END;

DROP TRIGGER IF EXISTS "Listing_search_delete";
CREATE TRIGGER "Listing_search_delete" AFTER DELETE ON "Listing" BEGIN
  DELETE FROM "ListingSearch" WHERE "listingId" = old."id";
END;

-- Bring an existing catalog in: add published listings missing from the index, drop any that are not published.
INSERT INTO "ListingSearch" ("listingId", "title", "summary", "description")
SELECT l."id", l."title", l."summary", l."description" FROM "Listing" l
WHERE l."status" = 'published' AND NOT EXISTS (SELECT 1 FROM "ListingSearch" s WHERE s."listingId" = l."id");
DELETE FROM "ListingSearch" WHERE "listingId" NOT IN (SELECT "id" FROM "Listing" WHERE "status" = 'published');

-- Catalog sorts (browse without words): installs, rating, newest.
CREATE INDEX IF NOT EXISTS "Listing_catalog_installs_idx" ON "Listing" ("status", "installCount" DESC);
CREATE INDEX IF NOT EXISTS "Listing_catalog_rating_idx" ON "Listing" ("status", "ratingAverage" DESC, "ratingCount" DESC);
CREATE INDEX IF NOT EXISTS "Listing_catalog_newest_idx" ON "Listing" ("status", "publishedAt" DESC);
