-- Full-text search and story-list ordering, written by hand (search-api): nothing here is in the Prisma schema,
-- so `prisma/schema.test.ts` and the schema diff are unaffected. lib/db/search reads these objects.
--
-- GIN expression indexes over to_tsvector('simple', …): no generated column (that would change the Prisma
-- schema), no trigger (Postgres keeps expression indexes current itself), and existing rows are indexed as the
-- index is built. 'simple' folds case without stemming: the corpus is multilingual. A query uses an index only
-- when it repeats the indexed expression exactly (lib/db/search/fulltext.ts does).

CREATE INDEX "search_article_fts_idx" ON "Article"
    USING GIN (to_tsvector('simple'::regconfig, "title" || ' ' || "text"));

CREATE INDEX "search_quotation_fts_idx" ON "Quotation"
    USING GIN (to_tsvector('simple'::regconfig, "text" || ' ' || COALESCE("speaker", '')));

-- Keyset pagination of the story list: "newest" orders by the last publication (a story with no dated article by
-- when it was created), "most covered" by article count first. Each index matches its ORDER BY exactly.
-- Partial (live stories only), so the list's condition "not merged away" is answered by the index alone, and the
-- count of live stories reads the small covered index instead of the story rows.
CREATE INDEX "search_story_newest_idx" ON "Story"(COALESCE("lastPublishedAt", "createdAt"), "id") WHERE "mergedIntoId" IS NULL;
CREATE INDEX "search_story_covered_idx" ON "Story"("articleCount", COALESCE("lastPublishedAt", "createdAt"), "id") WHERE "mergedIntoId" IS NULL;
-- The language filter and its list of choices.
CREATE INDEX "search_article_language_idx" ON "Article"("language");
