-- Stemmed full-text search, written by hand (search): nothing here is in the Prisma schema. lib/db/search reads
-- these objects. Replaces the unstemmed tables of 20261127150000_fulltext.
--
-- Tokenizer: Porter stemming over unicode61 (which folds case and diacritics), so "immigration" and "immigrants"
-- both index as "immigr" and a search for either finds the other. The stemmer is English; words of other
-- languages are mostly left alone or cut to a shorter prefix, which still matches the same word.
-- "story_fts" indexes story titles (which editors may rename), kept in step by triggers like the other two.
-- After a VACUUM (which may renumber rowids of tables without an INTEGER PRIMARY KEY), rebuild all three with
--   INSERT INTO "article_fts"("article_fts") VALUES ('rebuild');   (and quotation_fts, story_fts)

DROP TRIGGER "article_fts_after_insert";
DROP TRIGGER "article_fts_after_delete";
DROP TRIGGER "article_fts_after_update";
DROP TABLE "article_fts";
DROP TRIGGER "quotation_fts_after_insert";
DROP TRIGGER "quotation_fts_after_delete";
DROP TRIGGER "quotation_fts_after_update";
DROP TABLE "quotation_fts";

CREATE VIRTUAL TABLE "article_fts" USING fts5(
    "title", "text",
    content = 'Article', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
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
    tokenize = 'porter unicode61 remove_diacritics 2'
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

CREATE VIRTUAL TABLE "story_fts" USING fts5(
    "title",
    content = 'Story', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "story_fts_after_insert" AFTER INSERT ON "Story" BEGIN
    INSERT INTO "story_fts"("rowid", "title") VALUES (new."rowid", new."title");
END;

CREATE TRIGGER "story_fts_after_delete" AFTER DELETE ON "Story" BEGIN
    INSERT INTO "story_fts"("story_fts", "rowid", "title") VALUES ('delete', old."rowid", old."title");
END;

CREATE TRIGGER "story_fts_after_update" AFTER UPDATE OF "title" ON "Story" BEGIN
    INSERT INTO "story_fts"("story_fts", "rowid", "title") VALUES ('delete', old."rowid", old."title");
    INSERT INTO "story_fts"("rowid", "title") VALUES (new."rowid", new."title");
END;

-- Index the rows stored before this migration.
INSERT INTO "article_fts"("article_fts") VALUES ('rebuild');
INSERT INTO "quotation_fts"("quotation_fts") VALUES ('rebuild');
INSERT INTO "story_fts"("story_fts") VALUES ('rebuild');
