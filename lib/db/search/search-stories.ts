import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import { providerOf, type Db } from "../client";
import type { DatabaseProvider } from "../config";
import type { OutletCoverageFacts, StoryRow } from "../queries/list-stories";
import type { StoryCursor, StorySort } from "./cursor";
import { matchingStoryStream } from "./fulltext-sql";
import { storyFilterConditions, type StoryFilters } from "./story-filter-sql";
import { storySummarySelect } from "../queries/story-summary-select";

export interface StoryPageRequest extends StoryFilters {
  sort: StorySort;
  /** Stories per page, 1–100. */
  limit: number;
  /** Continue after this story (the next, older or less covered page) ... */
  after?: StoryCursor | null;
  /** ... or end before it (the previous page). At most one of the two. */
  before?: StoryCursor | null;
  /** Count matching stories only up to this many (default STORY_COUNT_CAP); `total` then stops there. */
  countCap?: number;
}

export interface StoryPage {
  rows: (StoryRow & { language: string | null })[];
  /** Stories passing the filters across all pages, counted up to the request's cap. */
  total: number;
  /** More stories than `total` pass the filters: the count stopped at the cap ("1,000+ stories"). */
  totalIsCapped: boolean;
  /** Cursors for the neighbouring pages, null at either end. */
  next: StoryCursor | null;
  prev: StoryCursor | null;
}

const MAX_PAGE_SIZE = 100;
/**
 * How many matching stories a list request counts at most. An exact count costs as much as reading every match
 * (a word in every article: 1.6 s at 100k articles on SQLite), while the page itself is an index walk; past this
 * many the list says "1,000+".
 */
export const STORY_COUNT_CAP = 1_000;
const RECENCY = Prisma.sql`COALESCE(s."lastPublishedAt", s."createdAt")`;

interface KeyRow {
  id: string;
  articleCount: number | bigint;
  recency: Date | string;
}

/** The ORDER BY keys of a sort, matching the migration's indexes column for column. */
function sortKeys(sort: StorySort): Prisma.Sql[] {
  return sort === "covered"
    ? [Prisma.sql`s."articleCount"`, RECENCY, Prisma.sql`s."id"`]
    : [RECENCY, Prisma.sql`s."id"`];
}

function cursorValues(cursor: StoryCursor): unknown[] {
  return cursor.sort === "covered"
    ? [cursor.articleCount, cursor.recency, cursor.id]
    : [cursor.recency, cursor.id];
}

function toCursor(sort: StorySort, row: KeyRow): StoryCursor {
  return { sort, id: row.id, articleCount: Number(row.articleCount), recency: new Date(row.recency) };
}

/** The SQL of one page and of the total, for searchStoryPage and for reading query plans (bench:search). */
export function storyPageQueries(provider: DatabaseProvider, request: StoryPageRequest) {
  const limit = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(request.limit)));
  const countCap = Math.max(1, Math.floor(request.countCap ?? STORY_COUNT_CAP));
  const conditions = storyFilterConditions(provider, request);
  const backwards = !request.after && Boolean(request.before);
  const cursor = request.after ?? request.before ?? null;
  const keys = sortKeys(request.sort);
  const pageConditions = [...conditions];
  if (cursor) {
    if (cursor.sort !== request.sort) throw new Error("cursor for another sort");
    const values = cursorValues(cursor).map((value) =>
      value instanceof Date && provider === "postgres"
        ? Prisma.sql`CAST(${value} AS timestamp(3))`
        : Prisma.sql`${value}`,
    );
    pageConditions.push(
      Prisma.sql`(${Prisma.join(keys)}) ${Prisma.raw(backwards ? ">" : "<")} (${Prisma.join(values)})`,
    );
  }
  const direction = Prisma.raw(backwards ? "ASC" : "DESC");
  const orderBy = Prisma.join(
    keys.map((key) => Prisma.sql`${key} ${direction}`),
    ", ",
  );
  return {
    page: Prisma.sql`SELECT s."id", s."articleCount", ${RECENCY} AS "recency" FROM "Story" s
      WHERE ${Prisma.join(pageConditions, " AND ")} ORDER BY ${orderBy} LIMIT ${limit + 1}`,
    count: cappedCount(provider, request, conditions, countCap),
    countCap,
    limit,
    backwards,
    cursor,
  };
}

/**
 * COUNT of the stories passing the filters, stopping one past the cap (which tells a capped count from an exact
 * one). A search on SQLite counts off the full-text index as it reads it (CROSS JOIN keeps that the outer loop),
 * so a word in every article stops after about cap stories instead of listing all of them first.
 */
function cappedCount(
  provider: DatabaseProvider,
  filters: StoryFilters,
  conditions: Prisma.Sql[],
  countCap: number,
): Prisma.Sql {
  const query = filters.query?.trim();
  const stream = query ? matchingStoryStream(provider, query) : null;
  if (stream) {
    const others = storyFilterConditions(provider, filters, { withQuery: false });
    return Prisma.sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM (SELECT DISTINCT "storyId" FROM (${stream})) AS h
      CROSS JOIN "Story" s WHERE s."id" = h."storyId" AND ${Prisma.join(others, " AND ")}
      LIMIT ${countCap + 1}) AS "capped"`;
  }
  return Prisma.sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Story" s
    WHERE ${Prisma.join(conditions, " AND ")} LIMIT ${countCap + 1}) AS "capped"`;
}

/**
 * One page of the story list with keyset pagination: the page is read by walking the sort's index from the
 * cursor, so its cost does not grow with how deep the page is. Every sort ends in the story id, so the order
 * is total and stable.
 */
export async function searchStoryPage(db: Db, request: StoryPageRequest): Promise<StoryPage> {
  const {
    page: pageSql,
    count: countSql,
    countCap,
    limit,
    backwards,
    cursor,
  } = storyPageQueries(providerOf(db), request);
  const [keyRows, counted] =
    providerOf(db) === "postgres" && request.query?.trim()
      ? await searchOnPostgres(db, pageSql, countSql)
      : await Promise.all([
          db.$queryRaw<KeyRow[]>(pageSql),
          db.$queryRaw<{ n: number | bigint }[]>(countSql),
        ]);
  const matching = Number(counted[0]?.n ?? 0);
  const more = keyRows.length > limit;
  const page = keyRows.slice(0, limit);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  // Forwards, a cursor means a page came before; backwards, the extra row means one still does.
  const hasPrev = backwards ? more : Boolean(cursor);
  const hasNext = backwards ? true : more;
  return {
    rows: await storyRowsInOrder(
      db,
      page.map((r) => r.id),
    ),
    total: Math.min(matching, countCap),
    totalIsCapped: matching > countCap,
    next: hasNext && last ? toCursor(request.sort, last) : null,
    prev: hasPrev && first ? toCursor(request.sort, first) : null,
  };
}

/**
 * For a word in most articles Postgres's planner prefers reading every article and computing its tsvector
 * (the index holds no stored vector): 8.7 s at 100k articles in bench:search. The GIN index answers a plain
 * word without rechecking rows, so the search's statements run with sequential scans priced out.
 */
async function searchOnPostgres(
  db: Db,
  pageSql: Prisma.Sql,
  countSql: Prisma.Sql,
): Promise<[KeyRow[], { n: number | bigint }[]]> {
  const [, keyRows, counted] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<KeyRow[]>(pageSql),
    db.$queryRaw<{ n: number | bigint }[]>(countSql),
  ]);
  return [keyRows, counted];
}

/**
 * The page's stories with their outlets and varied quote groups: three flat queries by id, not a nested
 * relation load (which read every member article row and cost more than the page query itself).
 */
async function storyRowsInOrder(db: Db, ids: string[]): Promise<StoryPage["rows"]> {
  if (ids.length === 0) return [];
  const idList = Prisma.join(ids);
  const [stories, outlets, varied] = await Promise.all([
    db.story.findMany({
      where: { id: { in: ids } },
      select: {
        ...storySummarySelect,
        language: true,
      },
    }),
    db.$queryRaw<
      { storyId: string; name: string; country: string | null; ownershipType: string | null }[]
    >`SELECT DISTINCT m."storyId", o."name", o."country", o."ownershipType"
      FROM "StoryMembership" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE m."storyId" IN (${idList})`,
    db.$queryRaw<
      { storyId: string; n: number | bigint }[]
    >`SELECT g."storyId", COUNT(*) AS "n" FROM "QuoteGroup" g
      WHERE g."storyId" IN (${idList}) AND g."variantCount" > 1 GROUP BY g."storyId"`,
  ]);
  const outletsOf = new Map<string, string[]>();
  const factsOf = new Map<string, OutletCoverageFacts[]>();
  for (const row of outlets) {
    outletsOf.set(row.storyId, [...(outletsOf.get(row.storyId) ?? []), row.name]);
    const facts = { country: row.country, type: row.ownershipType };
    factsOf.set(row.storyId, [...(factsOf.get(row.storyId) ?? []), facts]);
  }
  const variedOf = new Map(varied.map((row) => [row.storyId, Number(row.n)]));
  const byId = new Map(stories.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    return [
      {
        ...s,
        outlets: (outletsOf.get(id) ?? []).sort((a, b) => a.localeCompare(b)),
        variantGroupCount: variedOf.get(id) ?? 0,
        outletFacts: factsOf.get(id) ?? [],
      },
    ];
  });
}
