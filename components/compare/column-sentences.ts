import type { CompareAlignmentRow } from "@/lib/views";
import type { ColumnSentenceInput } from "./column-segments";

/** Each article's aligned sentences with their status: in every compared article, in some, or only in it. */
export function columnSentences(
  rows: readonly CompareAlignmentRow[],
  articleCount: number,
): Map<string, ColumnSentenceInput[]> {
  const byArticle = new Map<string, ColumnSentenceInput[]>();
  for (const row of rows) {
    // By who carries the row, not by missingFrom: a row two of four articles carry leaves nobody out.
    const status =
      row.sentences.length >= articleCount
        ? "shared"
        : row.sentences.length === 1 && articleCount > 1
          ? "only"
          : "partial";
    for (const s of row.sentences) {
      const list = byArticle.get(s.articleId) ?? [];
      list.push({ rowKey: row.key, status, start: s.start, end: s.end });
      byArticle.set(s.articleId, list);
    }
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);
  return byArticle;
}
