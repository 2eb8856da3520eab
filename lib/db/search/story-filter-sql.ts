import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { DatabaseProvider } from "../config";
import { parseSearch, toFts5Match, toWebsearch } from "./query-syntax";

/** What the story list can be narrowed by; every field is optional and they combine with AND. */
export interface StoryFilters {
  /** Search-box text over article headlines and bodies and over quotations and their speakers. */
  query?: string | null;
  /** Outlet slug: stories with at least one article from it. */
  outlet?: string | null;
  /** Language code: stories with at least one article in it. */
  language?: string | null;
  /** Stories whose publication span reaches this instant or later. */
  from?: Date | null;
  /** Stories whose publication span starts before this instant (exclusive). */
  until?: Date | null;
  /** Only stories where some quotation is carried by several outlets (a quote group with 2+ variants). */
  hasVariants?: boolean;
}

/**
 * Story ids with an article or quotation matching the search, as SQL: FTS5 external-content tables on SQLite,
 * the GIN expression indexes on Postgres (the expressions repeat the migration's exactly, or the index is
 * unused). Null when the input holds no searchable word (the search then matches nothing).
 */
function matchingStoryIds(provider: DatabaseProvider, query: string): Prisma.Sql | null {
  const parsed = parseSearch(query);
  if (provider === "sqlite") {
    const match = toFts5Match(parsed);
    if (match === null) return null;
    return Prisma.sql`SELECT m."storyId" FROM "StoryMembership" m WHERE m."articleId" IN (
      SELECT a."id" FROM "Article" a WHERE a."rowid" IN (SELECT "rowid" FROM "article_fts" WHERE "article_fts" MATCH ${match})
      UNION
      SELECT q."articleId" FROM "Quotation" q WHERE q."rowid" IN (SELECT "rowid" FROM "quotation_fts" WHERE "quotation_fts" MATCH ${match}))`;
  }
  const websearch = toWebsearch(parsed);
  if (websearch === null) return null;
  return Prisma.sql`SELECT m."storyId" FROM "StoryMembership" m WHERE m."articleId" IN (
    SELECT a."id" FROM "Article" a
      WHERE to_tsvector('simple'::regconfig, a."title" || ' ' || a."text") @@ websearch_to_tsquery('simple'::regconfig, ${websearch})
    UNION
    SELECT q."articleId" FROM "Quotation" q
      WHERE to_tsvector('simple'::regconfig, q."text" || ' ' || COALESCE(q."speaker", '')) @@ websearch_to_tsquery('simple'::regconfig, ${websearch}))`;
}

/**
 * On SQLite, the story id of every article and quotation matching the search, repeats kept, read straight off the
 * full-text index: a LIMIT over it stops the reading early, where `matchingStoryIds` builds the whole list
 * first. Null when the input holds no searchable word, or on Postgres (whose GIN index reads a bitmap of all
 * matches anyway).
 */
export function matchingStoryStream(provider: DatabaseProvider, query: string): Prisma.Sql | null {
  if (provider !== "sqlite") return null;
  const match = toFts5Match(parseSearch(query));
  if (match === null) return null;
  return Prisma.sql`SELECT m."storyId" AS "storyId" FROM "article_fts"
      JOIN "Article" a ON a."rowid" = "article_fts"."rowid" JOIN "StoryMembership" m ON m."articleId" = a."id"
      WHERE "article_fts" MATCH ${match}
    UNION ALL
    SELECT m."storyId" AS "storyId" FROM "quotation_fts"
      JOIN "Quotation" q ON q."rowid" = "quotation_fts"."rowid" JOIN "StoryMembership" m ON m."articleId" = q."articleId"
      WHERE "quotation_fts" MATCH ${match}`;
}

/**
 * The WHERE conditions (joined with AND) that select live stories passing the filters; `s` is "Story".
 * `withQuery: false` leaves the search out, for a caller that joins the matches itself.
 */
export function storyFilterConditions(
  provider: DatabaseProvider,
  filters: StoryFilters,
  { withQuery = true }: { withQuery?: boolean } = {},
): Prisma.Sql[] {
  const conditions = [Prisma.sql`s."articleCount" > 0`, Prisma.sql`s."mergedIntoId" IS NULL`];
  const query = filters.query?.trim();
  if (query && withQuery) {
    const ids = matchingStoryIds(provider, query);
    conditions.push(ids === null ? Prisma.sql`1 = 0` : Prisma.sql`s."id" IN (${ids})`);
  }
  if (filters.outlet)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryMembership" m
      JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE m."storyId" = s."id" AND o."slug" = ${filters.outlet})`);
  if (filters.language)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryMembership" m JOIN "Article" a ON a."id" = m."articleId"
      WHERE m."storyId" = s."id" AND a."language" = ${filters.language})`);
  if (filters.from) {
    conditions.push(Prisma.sql`s."lastPublishedAt" >= ${filters.from}`);
    // Implied by the line above (a dated story's recency is its last publication), but it bounds the walk
    // along the "newest" index, so the scan stops at the first story older than the range.
    conditions.push(Prisma.sql`COALESCE(s."lastPublishedAt", s."createdAt") >= ${filters.from}`);
  }
  if (filters.until) conditions.push(Prisma.sql`s."firstPublishedAt" < ${filters.until}`);
  if (filters.hasVariants)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "QuoteGroup" g WHERE g."storyId" = s."id" AND g."variantCount" > 1)`,
    );
  return conditions;
}
