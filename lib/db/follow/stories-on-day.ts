import "server-only";
import type { Db } from "../client";
import { storySummarySelect } from "../queries/story-summary-select";

export interface DayStoryRow {
  id: string;
  title: string;
  titleOutlet: string | null;
  titleByEditor: boolean;
  /** Articles of the story published within the day. */
  dayArticles: number;
  /** Outlets among them, sorted by name. */
  dayOutlets: string[];
  articleCount: number;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  firstPublishedAtPrecision: string;
  lastPublishedAtPrecision: string;
  demo: boolean;
}

/**
 * The stories with articles published in [from, until), most articles in that window first (then the story's
 * total, then id), at most `limit` (at most 200) of them; also whether more were left out. Articles are read
 * through the publishedAt index and capped at `maxArticles`, so a very busy day stays bounded.
 */
export async function listStoriesCoveredBetween(
  db: Db,
  options: { from: Date; until: Date; limit: number; maxArticles: number },
): Promise<{ rows: DayStoryRow[]; more: boolean }> {
  const articles = await db.article.findMany({
    where: { publishedAt: { gte: options.from, lt: options.until }, membership: { isNot: null } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    take: options.maxArticles,
    select: { membership: { select: { storyId: true } }, outlet: { select: { name: true } } },
  });
  const byStory = new Map<string, { count: number; outlets: Set<string> }>();
  for (const article of articles) {
    const storyId = article.membership?.storyId;
    if (!storyId) continue;
    const entry = byStory.get(storyId) ?? { count: 0, outlets: new Set<string>() };
    entry.count += 1;
    entry.outlets.add(article.outlet.name);
    byStory.set(storyId, entry);
  }
  if (byStory.size === 0) return { rows: [], more: false };
  const stories = await db.story.findMany({
    where: { id: { in: [...byStory.keys()] }, mergedIntoId: null },
    select: {
      ...storySummarySelect,
    },
  });
  const rows = stories
    .map((story) => {
      const day = byStory.get(story.id)!;
      return {
        ...story,
        dayArticles: day.count,
        dayOutlets: [...day.outlets].sort((a, b) => a.localeCompare(b)),
      };
    })
    .sort(
      (a, b) =>
        b.dayArticles - a.dayArticles ||
        b.articleCount - a.articleCount ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const limit = Math.max(1, Math.min(options.limit, 200));
  return { rows: rows.slice(0, limit), more: rows.length > limit || articles.length >= options.maxArticles };
}
