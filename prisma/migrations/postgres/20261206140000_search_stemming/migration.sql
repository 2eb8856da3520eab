-- Stemmed full-text search, written by hand (search): nothing here is in the Prisma schema. lib/db/search reads
-- these objects. Replaces the unstemmed 'simple' indexes of 20261127150000_fulltext.
--
-- GIN expression indexes over to_tsvector('english', …): the Snowball English stemmer, so "immigration" and
-- "immigrants" both index as "immigr" and a search for either finds the other (English stop words are not
-- indexed). Words of other languages are mostly left alone. A query uses an index only when it repeats the
-- indexed expression exactly (lib/db/search/fulltext-sql.ts does). Story titles are indexed too: editors may
-- rename a story.

DROP INDEX "search_article_fts_idx";
DROP INDEX "search_quotation_fts_idx";

CREATE INDEX "search_article_fts_idx" ON "Article"
    USING GIN (to_tsvector('english'::regconfig, "title" || ' ' || "text"));

CREATE INDEX "search_quotation_fts_idx" ON "Quotation"
    USING GIN (to_tsvector('english'::regconfig, "text" || ' ' || COALESCE("speaker", '')));

CREATE INDEX "search_story_fts_idx" ON "Story"
    USING GIN (to_tsvector('english'::regconfig, "title"));
