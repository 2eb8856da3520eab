import "server-only";
import type { Db } from "../client";
import { decrementDocumentFrequencies } from "../stories/corpus-stats";

/** The audit action of removing the demo corpus; its presence also tells start-up not to load the corpus again. */
export const DEMO_REMOVE_ACTION = "demo.remove";

export interface DemoArticleRecord {
  id: string;
  storyId: string | null;
  /** The first version as ingested: what the article's corpus statistics were counted from. */
  title: string;
  text: string;
  contentHash: string;
  language: string | null;
  publishedAt: Date | null;
}

/** Every demo article (Article.demo), with what its corpus statistics were counted from. */
export async function listDemoArticles(tx: Db): Promise<DemoArticleRecord[]> {
  const rows = await tx.article.findMany({
    where: { demo: true },
    orderBy: { id: "asc" },
    select: {
      id: true,
      language: true,
      publishedAt: true,
      membership: { select: { storyId: true } },
      versions: { where: { version: 1 }, select: { title: true, text: true, contentHash: true } },
    },
  });
  return rows.flatMap((row) => {
    const first = row.versions[0];
    if (!first) return [];
    return [
      {
        id: row.id,
        storyId: row.membership?.storyId ?? null,
        title: first.title,
        text: first.text,
        contentHash: first.contentHash,
        language: row.language,
        publishedAt: row.publishedAt,
      },
    ];
  });
}

export interface DemoRemoval {
  articles: number;
  stories: number;
  outlets: number;
  /** Stories that held demo articles and real ones: they stay, and their derived fields must be recomputed. */
  keptStoryIds: string[];
}

/** Most rounds of following merged-away story rows that pointed at a deleted story. */
const MAX_MERGE_DEPTH = 100;

/**
 * Deletes the demo corpus inside the caller's transaction: the demo articles (their versions, quotations and
 * memberships go with them), every story left with no article that was a demo story or held a demo article
 * (with its quote groups, keys, analysis and share links), the merged-away rows that redirected to a deleted
 * story, and demo outlets left with no article. `termCounts` says how many deleted articles counted each
 * clustering term, so the corpus statistics forget them. Real articles, stories, outlets and feeds stay.
 */
export async function deleteDemoCorpus(
  tx: Db,
  input: { articles: readonly DemoArticleRecord[]; termCounts: ReadonlyMap<string, number> },
): Promise<DemoRemoval> {
  const articleIds = input.articles.map((a) => a.id);
  const touched = [...new Set(input.articles.flatMap((a) => (a.storyId ? [a.storyId] : [])))];
  const { count: articles } = await tx.article.deleteMany({ where: { id: { in: articleIds }, demo: true } });
  await decrementDocumentFrequencies(tx, input.termCounts, articles);

  const emptied = await tx.story.findMany({
    where: { OR: [{ id: { in: touched } }, { demo: true }], memberships: { none: {} } },
    select: { id: true },
  });
  let deleted = emptied.map((s) => s.id);
  let stories = 0;
  for (let round = 0; deleted.length > 0 && round < MAX_MERGE_DEPTH; round += 1) {
    stories += (await tx.story.deleteMany({ where: { id: { in: deleted } } })).count;
    // Rows that only redirected to a deleted story would now lead nowhere.
    deleted = (
      await tx.story.findMany({
        where: { mergedIntoId: { in: deleted }, memberships: { none: {} } },
        select: { id: true },
      })
    ).map((s) => s.id);
  }
  const { count: outlets } = await tx.outlet.deleteMany({ where: { demo: true, articles: { none: {} } } });
  const kept = await tx.story.findMany({
    where: { id: { in: touched }, memberships: { some: {} } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return { articles, stories, outlets, keptStoryIds: kept.map((s) => s.id) };
}

/** Whether an editor removed the demo corpus from this database (so start-up must not load it again). */
export async function wasDemoRemoved(db: Db): Promise<boolean> {
  return (await db.auditLog.count({ where: { action: DEMO_REMOVE_ACTION } })) > 0;
}

/** How many demo stories and articles the database holds. */
export async function countDemoCorpus(db: Db): Promise<{ stories: number; articles: number }> {
  const [stories, articles] = await Promise.all([
    db.story.count({ where: { demo: true, mergedIntoId: null, articleCount: { gt: 0 } } }),
    db.article.count({ where: { demo: true } }),
  ]);
  return { stories, articles };
}

/** The most recent removal of the demo corpus: who, when and what its audit row counted. */
export async function findLastDemoRemoval(
  db: Db,
): Promise<{ actor: string; createdAt: Date; details: unknown } | null> {
  return db.auditLog.findFirst({
    where: { action: DEMO_REMOVE_ACTION },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actor: true, createdAt: true, details: true },
  });
}
