import "server-only";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";
import { STORY_EDIT_ACTIONS } from "../audit/find-audit";
import type { AuditRow } from "../audit/list-audit";
import { loadQuoteVariants, type EventVariantRow } from "./quote-variants";

export interface EventArticleRow {
  id: string;
  title: string;
  publishedAt: Date | null;
  ingestedAt: Date;
  outlet: { name: string; slug: string };
}

/** What an article's feed entry is made of. */
export const EVENT_ARTICLE_SELECT = {
  id: true,
  title: true,
  publishedAt: true,
  ingestedAt: true,
  outlet: { select: { name: true, slug: true } },
} as const;

export interface EventVersionRow {
  articleId: string;
  /** The story the article is in now. */
  storyId?: string | null;
  articleTitle: string;
  outlet: string;
  version: number;
  title: string;
  fetchedAt: Date;
  modifiedAt: Date | null;
  /** Against the version before it; null when that version is missing. */
  titleChanged: boolean | null;
  textChanged: boolean | null;
}

export interface StoryEventRows {
  story: { id: string; title: string; updatedAt: Date };
  articles: EventArticleRow[];
  versions: EventVersionRow[];
  /** Quotations another outlet words differently from the wording most share. */
  variants: EventVariantRow[];
  audits: AuditRow[];
}

/** Audit details fields that name a story an edit touched (lib/stories/edit-stories writes them). */
export const STORY_FIELDS = ["fromStoryId", "toStoryId", "intoStoryId", "newStoryId"] as const;

/**
 * What a story's feed is made of, each kind its newest `limit` (at most 500): the articles it holds (newest
 * ingested first), their versions after the first, quotations worded differently by another outlet, and editors'
 * moves, merges and splits that touched it. Null
 * for an unknown story or one merged into another. Reads only.
 */
export async function loadStoryEventRows(
  db: Db,
  storyId: string,
  limit: number,
): Promise<StoryEventRows | null> {
  const take = Math.max(1, Math.min(limit, 500));
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, title: true, updatedAt: true, mergedIntoId: true },
  });
  if (!story || story.mergedIntoId !== null) return null;
  const [articles, versions, variants, audits] = await Promise.all([
    db.article.findMany({
      where: { membership: { storyId } },
      orderBy: [{ ingestedAt: "desc" }, { id: "desc" }],
      take,
      select: EVENT_ARTICLE_SELECT,
    }),
    loadLaterVersions(db, { article: { membership: { storyId } } }, take),
    loadQuoteVariants(db, { group: { storyId } }, take),
    loadStoryAudits(db, storyId, take),
  ]);
  return {
    story: { id: story.id, title: story.title, updatedAt: story.updatedAt },
    articles,
    versions,
    variants: variants.variants,
    audits,
  };
}

/**
 * Articles' versions after the first that pass `where`, the newest `take` (or the oldest, `oldestFirst`), each
 * with what changed against the version before it.
 */
export async function loadLaterVersions(
  db: Db,
  where: Prisma.ArticleVersionWhereInput,
  take: number,
  { oldestFirst = false }: { oldestFirst?: boolean } = {},
): Promise<EventVersionRow[]> {
  const order = oldestFirst ? "asc" : "desc";
  const rows = await db.articleVersion.findMany({
    where: { version: { gt: 1 }, ...where },
    orderBy: [{ fetchedAt: order }, { id: order }],
    take,
    select: {
      articleId: true,
      version: true,
      title: true,
      contentHash: true,
      fetchedAt: true,
      modifiedAt: true,
      article: {
        select: {
          title: true,
          outlet: { select: { name: true } },
          membership: { select: { storyId: true } },
        },
      },
    },
  });
  if (rows.length === 0) return [];
  const before = await db.articleVersion.findMany({
    where: { OR: rows.map((row) => ({ articleId: row.articleId, version: row.version - 1 })) },
    select: { articleId: true, version: true, title: true, contentHash: true },
  });
  const previous = new Map(before.map((v) => [`${v.articleId}:${v.version}`, v]));
  return rows.map((row) => {
    const prior = previous.get(`${row.articleId}:${row.version - 1}`);
    return {
      articleId: row.articleId,
      storyId: row.article.membership?.storyId ?? null,
      articleTitle: row.article.title,
      outlet: row.article.outlet.name,
      version: row.version,
      title: row.title,
      fetchedAt: row.fetchedAt,
      modifiedAt: row.modifiedAt,
      titleChanged: prior ? prior.title !== row.title : null,
      textChanged: prior ? prior.contentHash !== row.contentHash : null,
    };
  });
}

/**
 * Editors' story edits naming this story as target or in their details. The details are JSON, which the two
 * databases filter differently; their text form is searched for the id in both, then checked field by field.
 */
async function loadStoryAudits(db: Db, storyId: string, take: number): Promise<AuditRow[]> {
  const pattern = `%"${storyId}"%`;
  const hits = await db.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "AuditLog" WHERE "action" IN ('story.move', 'story.merge', 'story.split') AND ("targetId" = ${storyId} OR CAST("details" AS TEXT) LIKE ${pattern}) ORDER BY "createdAt" DESC, "id" DESC LIMIT ${take}`;
  if (hits.length === 0) return [];
  const rows = await db.auditLog.findMany({
    where: { id: { in: hits.map((hit) => hit.id) }, action: { in: [...STORY_EDIT_ACTIONS] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.filter((row) => row.targetId === storyId || namesStory(row.details, storyId));
}

export function namesStory(details: unknown, storyId: string): boolean {
  if (typeof details !== "object" || details === null) return false;
  const record = details as Record<string, unknown>;
  return STORY_FIELDS.some((field) => record[field] === storyId);
}
