import "server-only";
import { alignSentences, differingFigures } from "@/lib/compare";
import { getArticlesWithText, getDb, getStoryRecord } from "@/lib/db";
import { iso } from "./dates";
import { quoteGroupViews } from "./stories";
import type { CompareAlignmentRow, CompareArticleView, CompareData } from "./types";

export const MAX_COMPARED_ARTICLES = 6;

/**
 * Two or more of a story's articles side by side: their texts and quotations, the quote groups restricted to
 * them, and which sentences some of them leave out. Without a selection, the story's first four articles.
 */
export async function getCompareData(storyId: string, articleIds?: string[]): Promise<CompareData | null> {
  const db = await getDb();
  const record = await getStoryRecord(db, storyId);
  if (!record) return null;
  const members = record.memberships
    .map((m) => m.article)
    .sort(
      (a, b) =>
        (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) ||
        a.id.localeCompare(b.id),
    );
  const memberIds = new Set(members.map((a) => a.id));
  const requested = (articleIds ?? []).filter((id) => memberIds.has(id));
  const chosen = (
    requested.length > 0 ? [...new Set(requested)] : members.map((a) => a.id).slice(0, 4)
  ).slice(0, MAX_COMPARED_ARTICLES);
  const rows = await getArticlesWithText(db, chosen);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const articles: CompareArticleView[] = chosen.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        title: row.title,
        outlet: row.outlet,
        byline: row.byline,
        publishedAt: iso(row.publishedAt),
        url: row.canonicalUrl ?? row.sourceUrl,
        text: row.text,
        quotations: row.quotations.map(({ articleId: _articleId, ...q }) => q),
      },
    ];
  });
  const chosenSet = new Set(chosen);
  const quoteGroups = quoteGroupViews({
    quoteGroups: record.quoteGroups.map((g) => ({
      ...g,
      quotations: g.quotations.filter((q) => chosenSet.has(q.articleId)),
    })),
  });
  const alignment = alignSentences(articles.map((a) => ({ id: a.id, outlet: a.outlet.name, text: a.text })));
  return {
    story: { id: record.id, title: record.title },
    articles,
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
