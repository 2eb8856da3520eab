-- Full-text search and story-list ordering, written by hand (search-api): nothing here is in the Prisma schema,
-- so `prisma/schema.test.ts` and the schema diff are unaffected. lib/db/search reads these objects.
--
-- FTS5 external-content tables: they store only the index and read the text from "Article" / "Quotation" by
-- rowid. Triggers keep them in step with every insert, update and delete. Tokenizer: unicode61 folds case and
-- diacritics, so "Zürich" matches "zurich"; no stemming (the corpus is multilingual).
-- After a VACUUM (which may renumber rowids of tables without an INTEGER PRIMARY KEY), rebuild both with
--   INSERT INTO "article_fts"("article_fts") VALUES ('rebuild');
--   INSERT INTO "quotation_fts"("quotation_fts") VALUES ('rebuild');

CREATE VIRTUAL TABLE "article_fts" USING fts5(
    "title", "text",
    content = 'Article', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "article_fts_after_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "article_fts"("rowid", "title", "text") VALUES (new."rowid", new."title", new."text");
END;

CREATE TRIGGER "article_fts_after_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "article_fts"("article_fts", "rowid", "title", "text") VALUES ('delete', old."rowid", old."title", old."text");
END;

CREATE TRIGGER "article_fts_after_update" AFTER UPDATE OF "title", "text" ON "Article" BEGIN
    INSERT INTO "article_fts"("article_fts", "rowid", "title", "text") VALUES ('delete', old."rowid", old."title", old."text");
    INSERT INTO "article_fts"("rowid", "title", "text") VALUES (new."rowid", new."title", new."text");
END;

CREATE VIRTUAL TABLE "quotation_fts" USING fts5(
    "text", "speaker",
    content = 'Quotation', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "quotation_fts_after_insert" AFTER INSERT ON "Quotation" BEGIN
    INSERT INTO "quotation_fts"("rowid", "text", "speaker") VALUES (new."rowid", new."text", new."speaker");
END;

CREATE TRIGGER "quotation_fts_after_delete" AFTER DELETE ON "Quotation" BEGIN
    INSERT INTO "quotation_fts"("quotation_fts", "rowid", "text", "speaker") VALUES ('delete', old."rowid", old."text", old."speaker");
END;

CREATE TRIGGER "quotation_fts_after_update" AFTER UPDATE OF "text", "speaker" ON "Quotation" BEGIN
    INSERT INTO "quotation_fts"("quotation_fts", "rowid", "text", "speaker") VALUES ('delete', old."rowid", old."text", old."speaker");
    INSERT INTO "quotation_fts"("rowid", "text", "speaker") VALUES (new."rowid", new."text", new."speaker");
END;

-- Backfill the rows stored before this migration.
INSERT INTO "article_fts"("article_fts") VALUES ('rebuild');
INSERT INTO "quotation_fts"("quotation_fts") VALUES ('rebuild');

-- Keyset pagination of the story list: "newest" orders by the last publication (a story with no dated article by
-- when it was created), "most covered" by article count first. Each index matches its ORDER BY exactly.
-- Partial (live stories only), so the list's condition "not merged away" is answered by the index alone, and the
-- count of live stories reads the small covered index instead of the story rows.
CREATE INDEX "search_story_newest_idx" ON "Story"(COALESCE("lastPublishedAt", "createdAt"), "id") WHERE "mergedIntoId" IS NULL;
CREATE INDEX "search_story_covered_idx" ON "Story"("articleCount", COALESCE("lastPublishedAt", "createdAt"), "id") WHERE "mergedIntoId" IS NULL;
-- The language filter and its list of choices.
CREATE INDEX "search_article_language_idx" ON "Article"("language");
