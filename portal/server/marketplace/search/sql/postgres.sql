-- Marketplace full-text search, PostgreSQL. Idempotent: safe to run on every start or as a migration.
-- An IMMUTABLE document function and a GIN expression index on it (no column is added to "Listing", so the
-- Prisma models stay as they are). Queries must call the same function for the index to be used.
CREATE OR REPLACE FUNCTION stratum_listing_document(title text, summary text, description text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'D')
$$;

CREATE INDEX IF NOT EXISTS "Listing_search_idx" ON "Listing"
  USING GIN (stratum_listing_document("title", "summary", "description"));
