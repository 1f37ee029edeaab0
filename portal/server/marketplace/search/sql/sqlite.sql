-- Marketplace full-text search, SQLite (FTS5). Idempotent: safe to run on every start or as a migration.
-- A standalone FTS5 table keyed by the listing id (not an external-content table: Listing has a TEXT primary key,
-- and VACUUM may renumber the implicit rowids an external-content index would point at).
CREATE VIRTUAL TABLE IF NOT EXISTS "ListingSearch" USING fts5(
  "listingId" UNINDEXED,
  "title",
  "summary",
  "description",
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS "Listing_search_insert" AFTER INSERT ON "Listing" BEGIN
  INSERT INTO "ListingSearch" ("listingId", "title", "summary", "description")
  VALUES (new."id", new."title", new."summary", new."description");
END;

CREATE TRIGGER IF NOT EXISTS "Listing_search_update" AFTER UPDATE OF "title", "summary", "description" ON "Listing" BEGIN
  DELETE FROM "ListingSearch" WHERE "listingId" = old."id";
  INSERT INTO "ListingSearch" ("listingId", "title", "summary", "description")
  VALUES (new."id", new."title", new."summary", new."description");
END;

CREATE TRIGGER IF NOT EXISTS "Listing_search_delete" AFTER DELETE ON "Listing" BEGIN
  DELETE FROM "ListingSearch" WHERE "listingId" = old."id";
END;

-- Backfill listings written before the index existed.
INSERT INTO "ListingSearch" ("listingId", "title", "summary", "description")
SELECT l."id", l."title", l."summary", l."description" FROM "Listing" l
WHERE NOT EXISTS (SELECT 1 FROM "ListingSearch" s WHERE s."listingId" = l."id");
