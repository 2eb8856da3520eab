import "server-only";
import { getArticlesWithText, getDb, getStoryRecord } from "@/lib/db";
import type { DiffOp, FramingSignals } from "@/lib/compare";
import { AppError } from "@/lib/errors";
import { iso } from "../shapers/dates";
import { getStoryComparison } from "./story-analysis";
import { quoteGroupViews } from "../shapers/quote-groups";

/** The public JSON export of a story (documented in README.md: keep it backwards compatible). */
export interface StoryExport {
  story: { id: string; title: string; articleCount: number };
  articles: {
    id: string;
    outlet: string;
    title: string;
    url: string | null;
    publishedAt: string | null;
    text: string;
  }[];
  quoteGroups: {
    id: string;
    speaker: string | null;
    variants: { articleId: string; text: string; start: number; end: number }[];
    diffs: { from: string; to: string; ops: DiffOp[] }[];
  }[];
  /** Framing signals per article, with examples as offsets into `articles[].text` (added in version 2). */
  framing: FramingSignals;
  /**
   * Sentence alignment of the story's first articles in publication order (the compare view's default columns,
   * DEFAULT_COMPARED_ARTICLES of them): what each carries, what the others leave out, and figures worded
   * differently (added in version 3).
   */
  alignment: ExportAlignment;
}

export interface ExportAlignment {
  /** The aligned articles, in the order they were compared (the first is the reference for `figures`). */
  articleIds: string[];
  /** One piece of content each, in reading order. */
  rows: {
    key: string;
    /** The sentence each carrying article gives it; `start`/`end` are offsets into that article's `text`. */
    sentences: { articleId: string; text: string; start: number; end: number }[];
    /** Aligned articles that leave the content out. */
    missingFrom: string[];
    /** Quantities the sentences word differently, each against the row's first sentence. */
    figures: { fromArticleId: string; toArticleId: string; from: string; to: string }[];
  }[];
}

export async function exportStory(storyId: string): Promise<StoryExport> {
  const db = await getDb();
  const record = await getStoryRecord(db, storyId);
  if (!record) throw new AppError("NOT_FOUND", `No story with id ${storyId}.`);
  const rows = await getArticlesWithText(
    db,
    record.memberships.map((m) => m.article.id),
  );
  rows.sort(
    (a, b) =>
      (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) ||
      a.id.localeCompare(b.id),
  );
  const comparison = await getStoryComparison(storyId);
  return {
    story: { id: record.id, title: record.title, articleCount: record.articleCount },
    articles: rows.map((r) => ({
      id: r.id,
      outlet: r.outlet.name,
      title: r.title,
      url: r.canonicalUrl ?? r.sourceUrl,
      publishedAt: iso(r.publishedAt),
      text: r.text,
    })),
    quoteGroups: (comparison?.quoteGroups ?? quoteGroupViews(record)).map((g) => ({
      id: g.id,
      speaker: g.speaker,
      variants: g.variants.map((v) => ({ articleId: v.articleId, text: v.text, start: v.start, end: v.end })),
      diffs: g.diffs.map((d) => ({ from: d.from, to: d.to, ops: d.ops })),
    })),
    framing: comparison?.framing ?? emptyFraming(),
    alignment: comparison
      ? {
          articleIds: comparison.defaultCompare.articleIds,
          rows: comparison.defaultCompare.alignment.map((row) => ({
            key: row.key,
            sentences: row.sentences.map((t) => ({
              articleId: t.articleId,
              text: t.text,
              start: t.start,
              end: t.end,
            })),
            missingFrom: row.missingFrom,
            figures: row.figures.map((f) => ({
              fromArticleId: f.fromArticleId,
              toArticleId: f.toArticleId,
              from: f.from,
              to: f.to,
            })),
          })),
        }
      : { articleIds: [], rows: [] },
  };
}

function emptyFraming(): FramingSignals {
  return { lexiconVersion: 0, categories: [], articles: [], actors: [] };
}
