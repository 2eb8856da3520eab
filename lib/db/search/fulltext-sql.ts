import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { DatabaseProvider } from "../config";
import { parseSearch, toFts5Match, toWebsearch } from "./query-syntax";

/**
 * The full-text objects of the migrations (…_fulltext, …_search_stemming), one place for their SQL: FTS5
 * external-content tables with the Porter stemmer on SQLite, GIN indexes over to_tsvector('english', …) on
 * Postgres. The Postgres expressions repeat the migration's exactly, or the index is not used.
 */
export const PG_CONFIG = Prisma.sql`'english'::regconfig`;
export const PG_ARTICLE_DOC = (alias: string) =>
  Prisma.sql`${Prisma.raw(alias)}."title" || ' ' || ${Prisma.raw(alias)}."text"`;
export const PG_QUOTATION_DOC = (alias: string) =>
  Prisma.sql`${Prisma.raw(alias)}."text" || ' ' || COALESCE(${Prisma.raw(alias)}."speaker", '')`;
export const PG_STORY_DOC = (alias: string) => Prisma.sql`${Prisma.raw(alias)}."title"`;

/** The search as each engine takes it: an FTS5 MATCH string or a websearch_to_tsquery input; null matches nothing. */
export function searchExpression(provider: DatabaseProvider, query: string): string | null {
  const parsed = parseSearch(query);
  return provider === "sqlite" ? toFts5Match(parsed) : toWebsearch(parsed);
}

export const pgTsQuery = (websearch: string) => Prisma.sql`websearch_to_tsquery(${PG_CONFIG}, ${websearch})`;

export const pgMatches = (doc: Prisma.Sql, websearch: string) =>
  Prisma.sql`to_tsvector(${PG_CONFIG}, ${doc}) @@ ${pgTsQuery(websearch)}`;

/**
 * Story ids with an article, a quotation or a title matching the search, as SQL (repeats possible). All words
 * must occur in one article, one quotation or the story's title. Null when the input holds no searchable word.
 */
export function matchingStoryIds(provider: DatabaseProvider, query: string): Prisma.Sql | null {
  const expression = searchExpression(provider, query);
  if (expression === null) return null;
  if (provider === "sqlite")
    return Prisma.sql`SELECT m."storyId" FROM "StoryMembership" m WHERE m."articleId" IN (
        SELECT a."id" FROM "Article" a WHERE a."rowid" IN (SELECT "rowid" FROM "article_fts" WHERE "article_fts" MATCH ${expression})
        UNION
        SELECT q."articleId" FROM "Quotation" q WHERE q."rowid" IN (SELECT "rowid" FROM "quotation_fts" WHERE "quotation_fts" MATCH ${expression}))
      UNION
      SELECT t."id" FROM "Story" t WHERE t."rowid" IN (SELECT "rowid" FROM "story_fts" WHERE "story_fts" MATCH ${expression})`;
  return Prisma.sql`SELECT m."storyId" FROM "StoryMembership" m WHERE m."articleId" IN (
      SELECT a."id" FROM "Article" a WHERE ${pgMatches(PG_ARTICLE_DOC("a"), expression)}
      UNION
      SELECT q."articleId" FROM "Quotation" q WHERE ${pgMatches(PG_QUOTATION_DOC("q"), expression)})
    UNION
    SELECT t."id" FROM "Story" t WHERE ${pgMatches(PG_STORY_DOC("t"), expression)}`;
}

/**
 * On SQLite, the story id of every article, quotation and story title matching the search, repeats kept, read
 * straight off the full-text index: a LIMIT over it stops the reading early, where `matchingStoryIds` builds the
 * whole list first. Null when the input holds no searchable word, or on Postgres (whose GIN index reads a bitmap
 * of all matches anyway).
 */
export function matchingStoryStream(provider: DatabaseProvider, query: string): Prisma.Sql | null {
  if (provider !== "sqlite") return null;
  const match = searchExpression(provider, query);
  if (match === null) return null;
  return Prisma.sql`SELECT t."id" AS "storyId" FROM "story_fts"
      JOIN "Story" t ON t."rowid" = "story_fts"."rowid"
      WHERE "story_fts" MATCH ${match}
    UNION ALL
    SELECT m."storyId" AS "storyId" FROM "article_fts"
      JOIN "Article" a ON a."rowid" = "article_fts"."rowid" JOIN "StoryMembership" m ON m."articleId" = a."id"
      WHERE "article_fts" MATCH ${match}
    UNION ALL
    SELECT m."storyId" AS "storyId" FROM "quotation_fts"
      JOIN "Quotation" q ON q."rowid" = "quotation_fts"."rowid" JOIN "StoryMembership" m ON m."articleId" = q."articleId"
      WHERE "quotation_fts" MATCH ${match}`;
}
