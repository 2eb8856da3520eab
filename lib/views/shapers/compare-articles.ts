import {
  alignSentences,
  articleDiffMarks,
  differingFigures,
  framingSignals,
  type FramingArticle,
  type FramingMemo,
} from "@/lib/compare";
import type { StoryRecord } from "@/lib/db";
import { quoteGroupViews } from "./quote-groups";
import type { ArticleComparison, CompareAlignmentRow } from "../types";

/** What the comparison of some articles needs of each: its text, headline and quotations with their cues. */
export interface ComparedArticleText {
  id: string;
  title: string;
  outlet: { name: string };
  text: string;
  quotations: {
    id: string;
    start: number;
    end: number;
    speaker: string | null;
    speakerStart: number | null;
    speakerEnd: number | null;
    cue: string | null;
    groupId: string | null;
  }[];
}

/** A story's articles in publication order (undated last), then by id: the order every view uses. */
export function membersByPublication(record: Pick<StoryRecord, "memberships">): string[] {
  return record.memberships
    .map((m) => m.article)
    .sort(
      (a, b) =>
        (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((a) => a.id);
}

export function framingArticle(article: ComparedArticleText): FramingArticle {
  return {
    id: article.id,
    outlet: article.outlet.name,
    title: article.title,
    text: article.text,
    quotations: article.quotations,
  };
}

/**
 * Everything the compare view shows about a choice of articles (given in column order): the quote groups
 * restricted to them, the sentence alignment with figures worded differently, framing signals, and each
 * column's word marks against the first column. Pure: the caller loads the data. `framingMemo` holds the
 * per-article framing of an earlier call over the same texts (the story's members), so it is not worked out again.
 */
export function compareArticles(
  record: Pick<StoryRecord, "quoteGroups">,
  articles: readonly ComparedArticleText[],
  framingMemo?: FramingMemo,
): ArticleComparison {
  const chosen = new Set(articles.map((a) => a.id));
  const quoteGroups = quoteGroupViews({
    quoteGroups: record.quoteGroups.map((g) => ({
      ...g,
      quotations: g.quotations.filter((q) => chosen.has(q.articleId)),
    })),
  });
  const alignment = alignSentences(articles.map((a) => ({ id: a.id, outlet: a.outlet.name, text: a.text })));
  const [reference, ...others] = articles;
  return {
    articleIds: articles.map((a) => a.id),
    quoteGroups,
    alignment: alignment.rows.map((row) => ({
      key: row.key,
      sentences: row.sentences.map((s) => ({
        articleId: s.articleId,
        text: s.text,
        start: s.start,
        end: s.end,
      })),
      missingFrom: row.missingFrom,
      figures: figuresAgainstFirst(row.sentences),
    })),
    framing: framingSignals(articles.map(framingArticle), { memo: framingMemo }),
    columnMarks: reference
      ? others.map((other) => ({
          articleId: other.id,
          referenceId: reference.id,
          ...articleDiffMarks(reference.text, other.text),
        }))
      : [],
  };
}

function figuresAgainstFirst(
  sentences: readonly { articleId: string; text: string }[],
): CompareAlignmentRow["figures"] {
  const [first, ...others] = sentences;
  if (!first) return [];
  return others.flatMap((other) =>
    differingFigures(first.text, other.text).map((f) => ({
      fromArticleId: first.articleId,
      toArticleId: other.articleId,
      from: f.from,
      to: f.to,
    })),
  );
}
