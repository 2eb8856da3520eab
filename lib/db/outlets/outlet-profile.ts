import "server-only";
import type { Db } from "../client";
import type { StoryRow } from "../queries/list-stories";
import { storySummarySelect } from "../queries/story-summary-select";

export interface OutletProfileRow {
  id: string;
  slug: string;
  name: string;
  domain: string | null;
  country: string | null;
  languages: string | null;
  ownershipType: string | null;
  demo: boolean;
  factsUpdatedAt: Date | null;
  facts: {
    kind: string;
    source: string;
    sourceUrl: string | null;
    asOf: Date;
    recordedBy: string;
    recordedAt: Date;
  }[];
  articleCount: number;
  /** The outlet's stories, most recently active first, with how many of each story's articles are its own. */
  stories: {
    story: Omit<StoryRow, "outlets" | "variantGroupCount" | "outletFacts">;
    ownArticles: number;
  }[];
  /** More stories than `storyLimit` carry the outlet's articles. */
  moreStories: boolean;
}

/**
 * An outlet's profile by slug: its facts with their sources, and the live stories its newest articles (up to
 * `maxArticles`) belong to, at most `storyLimit` of them. Null for an unknown slug.
 */
export async function getOutletProfileRow(
  db: Db,
  slug: string,
  options: { storyLimit: number; maxArticles: number },
): Promise<OutletProfileRow | null> {
  const outlet = await db.outlet.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      domain: true,
      country: true,
      languages: true,
      ownershipType: true,
      demo: true,
      factsUpdatedAt: true,
      facts: {
        select: { kind: true, source: true, sourceUrl: true, asOf: true, recordedBy: true, recordedAt: true },
      },
      _count: { select: { articles: true } },
    },
  });
  if (!outlet) return null;
  const articles = await db.article.findMany({
    where: { outletId: outlet.id, membership: { isNot: null } },
    orderBy: [{ ingestedAt: "desc" }, { id: "desc" }],
    take: options.maxArticles,
    select: { membership: { select: { storyId: true } } },
  });
  const own = new Map<string, number>();
  for (const article of articles) {
    const storyId = article.membership?.storyId;
    if (storyId) own.set(storyId, (own.get(storyId) ?? 0) + 1);
  }
  const stories = await db.story.findMany({
    where: { id: { in: [...own.keys()] }, mergedIntoId: null, articleCount: { gt: 0 } },
    orderBy: [{ lastPublishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: options.storyLimit + 1,
    select: storySummarySelect,
  });
  const { _count, ...profile } = outlet;
  return {
    ...profile,
    articleCount: _count.articles,
    stories: stories
      .slice(0, options.storyLimit)
      .map((story) => ({ story, ownArticles: own.get(story.id) ?? 0 })),
    moreStories: stories.length > options.storyLimit,
  };
}
