import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import { providerOf, type Db } from "../client";
import {
  PG_ARTICLE_DOC,
  PG_CONFIG,
  PG_QUOTATION_DOC,
  PG_STORY_DOC,
  pgTsQuery,
  searchExpression,
} from "./fulltext-sql";

/** Where in a story the search matched. */
export type MatchSource = "article" | "quotation" | "title";

/** Why a story matched: a short excerpt of the best-matching text with the matched words' positions. */
export interface MatchSnippet {
  source: MatchSource;
  /** The article matched (or the one carrying the matched quotation); null for the story's title. */
  articleId: string | null;
  outlet: string | null;
  /** Plain text, never markup; "…" where it was cut. */
  text: string;
  /** Matched words as [start, end) UTF-16 offsets into `text`, in order, not overlapping. */
  highlights: { start: number; end: number }[];
}

export interface SnippetLimits {
  /** Words around the match: FTS5 takes 1–64 tokens, ts_headline a word count. */
  words: number;
  /** The excerpt is cut to this many characters. */
  maxChars: number;
}

export const DEFAULT_SNIPPET_LIMITS: SnippetLimits = { words: 24, maxChars: 320 };

// Marks the engines put around matched words; control characters never occur in stored (normalised) text.
const START = "\u0002";
const END = "\u0003";
const SOURCE_ORDER: MatchSource[] = ["article", "quotation", "title"];

interface SnippetRow {
  storyId: string;
  articleId: string | null;
  outlet: string | null;
  snippet: string | null;
  rank: number | null;
}

/** An engine's marked snippet as plain text and offsets; whitespace collapsed, cut to maxChars. */
export function readMarkedSnippet(
  marked: string,
  maxChars: number,
): Pick<MatchSnippet, "text" | "highlights"> {
  let text = "";
  const highlights: MatchSnippet["highlights"] = [];
  let open: number | null = null;
  for (const part of marked
    .replace(/\s+/g, " ")
    .trim()
    .split(/([\u0002\u0003])/u)) {
    if (part === START) open ??= text.length;
    else if (part === END) {
      if (open !== null && text.length > open) highlights.push({ start: open, end: text.length });
      open = null;
    } else text += part;
  }
  if (text.length <= maxChars) return { text, highlights };
  const cut = text.slice(0, maxChars - 1).replace(/\s+\S*$/u, "");
  return {
    text: `${cut}…`,
    highlights: highlights.filter((h) => h.end <= cut.length),
  };
}

/**
 * For each story on a page, why it matched the search: the best-ranked matching article (its headline or
 * body), else a matching quotation, else the story's title. Reads only the given stories' rows (a page: at
 * most 100 stories), so the cost does not grow with the number of matches.
 */
export async function matchSnippets(
  db: Db,
  storyIds: string[],
  query: string,
  limits: SnippetLimits = DEFAULT_SNIPPET_LIMITS,
): Promise<Map<string, MatchSnippet>> {
  const provider = providerOf(db);
  const expression = searchExpression(provider, query);
  const found = new Map<string, MatchSnippet>();
  if (expression === null || storyIds.length === 0) return found;
  const ids = Prisma.join(storyIds);
  const queries =
    provider === "sqlite"
      ? sqliteSnippetQueries(ids, expression, limits)
      : postgresSnippetQueries(ids, expression, limits);
  const results = await Promise.all(
    SOURCE_ORDER.map((source) => db.$queryRaw<SnippetRow[]>(queries[source])),
  );
  SOURCE_ORDER.forEach((source, index) => {
    // Best rank first (FTS5's bm25 is lower for better matches; the Postgres queries return one row per story).
    const rows = [...(results[index] ?? [])].sort(
      (a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0) || a.storyId.localeCompare(b.storyId),
    );
    for (const row of rows) {
      if (found.has(row.storyId) || !row.snippet) continue;
      const read = readMarkedSnippet(row.snippet, limits.maxChars);
      if (read.highlights.length === 0) continue;
      found.set(row.storyId, { source, articleId: row.articleId, outlet: row.outlet, ...read });
    }
  });
  return found;
}

function sqliteSnippetQueries(ids: Prisma.Sql, match: string, limits: SnippetLimits) {
  const tokens = Math.max(1, Math.min(64, limits.words));
  return {
    article: Prisma.sql`SELECT m."storyId", a."id" AS "articleId", o."name" AS "outlet",
        snippet("article_fts", -1, ${START}, ${END}, '…', ${tokens}) AS "snippet", bm25("article_fts") AS "rank"
      FROM "article_fts" JOIN "Article" a ON a."rowid" = "article_fts"."rowid"
        JOIN "StoryMembership" m ON m."articleId" = a."id" JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE "article_fts" MATCH ${match} AND m."storyId" IN (${ids}) AND "article_fts"."rowid" IN (
        SELECT a2."rowid" FROM "StoryMembership" m2 JOIN "Article" a2 ON a2."id" = m2."articleId" WHERE m2."storyId" IN (${ids}))`,
    quotation: Prisma.sql`SELECT m."storyId", q."articleId", o."name" AS "outlet",
        snippet("quotation_fts", -1, ${START}, ${END}, '…', ${tokens}) AS "snippet", bm25("quotation_fts") AS "rank"
      FROM "quotation_fts" JOIN "Quotation" q ON q."rowid" = "quotation_fts"."rowid"
        JOIN "Article" a ON a."id" = q."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
        JOIN "StoryMembership" m ON m."articleId" = a."id"
      WHERE "quotation_fts" MATCH ${match} AND m."storyId" IN (${ids}) AND "quotation_fts"."rowid" IN (
        SELECT q2."rowid" FROM "StoryMembership" m2 JOIN "Quotation" q2 ON q2."articleId" = m2."articleId" WHERE m2."storyId" IN (${ids}))`,
    title: Prisma.sql`SELECT t."id" AS "storyId", CAST(NULL AS TEXT) AS "articleId", CAST(NULL AS TEXT) AS "outlet",
        highlight("story_fts", 0, ${START}, ${END}) AS "snippet", 0 AS "rank"
      FROM "story_fts" JOIN "Story" t ON t."rowid" = "story_fts"."rowid"
      WHERE "story_fts" MATCH ${match} AND "story_fts"."rowid" IN (SELECT t2."rowid" FROM "Story" t2 WHERE t2."id" IN (${ids}))`,
  };
}

/**
 * Postgres: the best-ranked matching row per story (DISTINCT ON), and ts_headline only for that one (it reparses
 * the whole text). The tsvectors are computed for the page's rows only, not read off the index.
 */
function postgresSnippetQueries(ids: Prisma.Sql, websearch: string, limits: SnippetLimits) {
  const words = Math.max(4, Math.min(64, limits.words));
  const options = `StartSel=${START}, StopSel=${END}, MaxWords=${words}, MinWords=${Math.ceil(words / 2)}, MaxFragments=1, FragmentDelimiter=" … "`;
  const headline = (doc: Prisma.Sql, all = false) =>
    Prisma.sql`ts_headline(${PG_CONFIG}, ${doc}, ${pgTsQuery(websearch)}, ${all ? `StartSel=${START}, StopSel=${END}, HighlightAll=true` : options})`;
  const best = (doc: Prisma.Sql) => Prisma.sql`to_tsvector(${PG_CONFIG}, ${doc}) @@ ${pgTsQuery(websearch)}`;
  const rank = (doc: Prisma.Sql) =>
    Prisma.sql`ts_rank(to_tsvector(${PG_CONFIG}, ${doc}), ${pgTsQuery(websearch)})`;
  return {
    article: Prisma.sql`SELECT b."storyId", b."articleId", b."outlet", ${headline(Prisma.sql`b."doc"`)} AS "snippet", 0 AS "rank"
      FROM (SELECT DISTINCT ON (m."storyId") m."storyId", a."id" AS "articleId", o."name" AS "outlet", ${PG_ARTICLE_DOC("a")} AS "doc"
        FROM "StoryMembership" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
        WHERE m."storyId" IN (${ids}) AND ${best(PG_ARTICLE_DOC("a"))}
        ORDER BY m."storyId", ${rank(PG_ARTICLE_DOC("a"))} DESC, a."id") b`,
    quotation: Prisma.sql`SELECT b."storyId", b."articleId", b."outlet", ${headline(Prisma.sql`b."doc"`)} AS "snippet", 0 AS "rank"
      FROM (SELECT DISTINCT ON (m."storyId") m."storyId", q."articleId", o."name" AS "outlet", ${PG_QUOTATION_DOC("q")} AS "doc"
        FROM "StoryMembership" m JOIN "Quotation" q ON q."articleId" = m."articleId"
          JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
        WHERE m."storyId" IN (${ids}) AND ${best(PG_QUOTATION_DOC("q"))}
        ORDER BY m."storyId", ${rank(PG_QUOTATION_DOC("q"))} DESC, q."id") b`,
    title: Prisma.sql`SELECT t."id" AS "storyId", CAST(NULL AS TEXT) AS "articleId", CAST(NULL AS TEXT) AS "outlet",
        ${headline(PG_STORY_DOC("t"), true)} AS "snippet", 0 AS "rank"
      FROM "Story" t WHERE t."id" IN (${ids}) AND ${best(PG_STORY_DOC("t"))}`,
  };
}
