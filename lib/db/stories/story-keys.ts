import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";
import { jsonTextRows, timestampParam } from "../json-rows";

/**
 * Replaces the keys a story is posted under (inside the caller's transaction), stamped `postedAt` so lookups
 * prefer the stories most recently posted under a key.
 */
export async function replaceStoryKeys(
  tx: Db,
  storyId: string,
  keys: readonly string[],
  postedAt: Date,
): Promise<void> {
  await tx.$executeRaw`DELETE FROM "StoryKey" WHERE "storyId" = ${storyId}`;
  const distinct = [...new Set(keys)];
  // One statement of constant text: a story carries dozens of keys, and Prisma's createMany mapped each row
  // (about 4 ms of CPU per article stored, the largest single cost of storing one).
  if (distinct.length > 0)
    await tx.$executeRaw`INSERT INTO "StoryKey" ("key", "storyId", "postedAt") SELECT "value", ${storyId}, ${timestampParam(tx, postedAt)} FROM (${jsonTextRows(tx, distinct)}) AS keys`;
}

/**
 * Live stories not yet in the index (stored before it existed), with their profiles: at most `limit`, ids
 * after `afterId`, in id order, so a caller can page through them once.
 */
export async function findUnindexedStories(
  db: Db,
  options: { limit: number; afterId: string },
): Promise<{ storyId: string; profile: unknown }[]> {
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT s."id" FROM "Story" s WHERE s."mergedIntoId" IS NULL AND s."id" > ${options.afterId} AND NOT EXISTS (SELECT 1 FROM "StoryKey" k WHERE k."storyId" = s."id") ORDER BY s."id" LIMIT ${options.limit}`;
  if (rows.length === 0) return [];
  const stories = await db.story.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    orderBy: { id: "asc" },
    select: { id: true, profile: true },
  });
  return stories.map((s) => ({ storyId: s.id, profile: s.profile }));
}

const CANDIDATE_POOL = 4;
/**
 * Postings read per key, freshest first: a key as common as "council" may carry thousands of stories, and
 * reading a fixed number keeps one lookup's cost flat as the archive grows (the in-memory index caps the same way).
 */
const MAX_POSTINGS_PER_KEY = 100;

/**
 * Stories a new article might join, found through the index: those posted under the most of its keys
 * (ties: most recently updated, then id), live (not merged away), whose date range reaches `window` (from
 * lib/cluster candidateWindow; null: any date; undated stories always qualify) and whose language is the
 * article's or unknown. At most `limit`; the cost depends on the keys' postings, not the archive.
 */
export async function findStoryCandidatesByKeys(
  db: Db,
  options: {
    keys: readonly string[];
    window: { from: Date; to: Date } | null;
    language: string | null;
    limit: number;
  },
): Promise<{ storyId: string; profile: unknown; edited: boolean }[]> {
  if (options.keys.length === 0) return [];
  const pool = options.limit * CANDIDATE_POOL;
  // One bounded, index-ordered read per key (StoryKey_key_postedAt_idx), then count the keys each story shares.
  const postings = [...new Set(options.keys)].map(
    (key, i) =>
      Prisma.sql`SELECT * FROM (SELECT "storyId" FROM "StoryKey" WHERE "key" = ${key} ORDER BY "postedAt" DESC, "storyId" DESC LIMIT ${MAX_POSTINGS_PER_KEY}) AS ${Prisma.raw(`p${i}`)}`,
  );
  const { window, language } = options;
  // The pool of stories sharing the most keys, then those of them that are live and match the date window and
  // language, best first: one read of constant shape, and only the `limit` kept carry their profiles (up to
  // four times as many used to be read and parsed, Prisma mapping each).
  const inWindow = window
    ? Prisma.sql`(s."lastPublishedAt" IS NULL OR (s."lastPublishedAt" >= ${timestampParam(db, window.from)} AND s."firstPublishedAt" <= ${timestampParam(db, window.to)}))`
    : Prisma.sql`1 = 1`;
  const inLanguage = language
    ? Prisma.sql`(s."language" IS NULL OR s."language" = ${language})`
    : Prisma.sql`1 = 1`;
  const rows = await db.$queryRaw<
    { id: string; profile: unknown; editedAt: unknown }[]
  >`SELECT s."id", s."profile", s."editedAt" FROM (SELECT "storyId", COUNT(*) AS "shared" FROM (${Prisma.join(postings, " UNION ALL ")}) AS postings GROUP BY "storyId" ORDER BY COUNT(*) DESC, "storyId" ASC LIMIT ${pool}) AS ranked JOIN "Story" s ON s."id" = ranked."storyId" WHERE s."mergedIntoId" IS NULL AND ${inWindow} AND ${inLanguage} ORDER BY ranked."shared" DESC, s."updatedAt" DESC, s."id" ASC LIMIT ${options.limit}`;
  return rows.map((s) => ({
    storyId: s.id,
    profile: typeof s.profile === "string" ? (JSON.parse(s.profile) as unknown) : s.profile,
    edited: s.editedAt !== null,
  }));
}
