import "server-only";
import type { Db } from "../client";
import { storySummarySelect } from "./story-summary-select";

export interface StoryRow {
  id: string;
  title: string;
  /** The outlet whose headline is the automatic title; null when an editor named the story. */
  titleOutlet: string | null;
  titleByEditor: boolean;
  articleCount: number;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  firstPublishedAtPrecision: string;
  lastPublishedAtPrecision: string;
  /** Every article of the story belongs to the fictional demo corpus. */
  demo: boolean;
  outlets: string[];
  variantGroupCount: number;
  /** Each outlet's country and type, one entry per outlet (the story list's search reads them). */
  outletFacts?: OutletCoverageFacts[];
}

/** What a story's coverage line counts of each outlet ("3 outlets from 2 countries, 1 state-controlled"). */
export interface OutletCoverageFacts {
  country: string | null;
  type: string | null;
}

export interface ListStoriesOptions {
  limit?: number;
  offset?: number;
  /** Words that must appear in the story title or one of its articles' titles. */
  query?: string | null;
}

/** Stories, most recently active first, with their outlets and how many quote groups have several wordings. */
export async function listStoryRows(
  db: Db,
  options: ListStoriesOptions = {},
): Promise<{ rows: StoryRow[]; total: number }> {
  const terms = (options.query ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  const where = {
    articleCount: { gt: 0 },
    AND: terms.map((term) => ({
      OR: [
        { title: { contains: term } },
        { memberships: { some: { article: { title: { contains: term } } } } },
      ],
    })),
  };
  const [total, stories] = await Promise.all([
    db.story.count({ where }),
    db.story.findMany({
      where,
      orderBy: [{ lastPublishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }, { id: "asc" }],
      skip: options.offset ?? 0,
      take: Math.min(options.limit ?? 20, 100),
      select: {
        ...storySummarySelect,
        memberships: { select: { article: { select: { outlet: { select: { name: true } } } } } },
        // Ids, not _count: Prisma counts with a GROUP BY over the whole QuoteGroup table on every page.
        quoteGroups: { where: { variantCount: { gt: 1 } }, select: { id: true } },
      },
    }),
  ]);
  return {
    total,
    rows: stories.map((s) => ({
      id: s.id,
      title: s.title,
      titleOutlet: s.titleOutlet,
      titleByEditor: s.titleByEditor,
      articleCount: s.articleCount,
      firstPublishedAt: s.firstPublishedAt,
      lastPublishedAt: s.lastPublishedAt,
      firstPublishedAtPrecision: s.firstPublishedAtPrecision,
      lastPublishedAtPrecision: s.lastPublishedAtPrecision,
      demo: s.demo,
      outlets: [...new Set(s.memberships.map((m) => m.article.outlet.name))].sort((a, b) =>
        a.localeCompare(b),
      ),
      variantGroupCount: s.quoteGroups.length,
    })),
  };
}
