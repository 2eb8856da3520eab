import "server-only";
import type { DiffOp } from "@/lib/compare";
import type { StoryDetail } from "../types";

/**
 * The story's quotations as CSV, one row per quote variant (one outlet's rendering of one utterance), so a
 * spreadsheet can filter by speaker, outlet or kind of difference. Columns (documented in README.md; only ever
 * added at the end):
 */
export const CSV_COLUMNS = [
  "story_id",
  "story_title",
  "group_id",
  /** 1-based, in the story page's order: groups carried by several outlets first. */
  "group_number",
  "speaker",
  /** How many articles carry this group's utterance. */
  "group_size",
  /** "true" for the reference wording the others are compared with. */
  "is_reference",
  /** reference | identical | truncated | reworded */
  "variant_kind",
  "article_id",
  "outlet",
  "published_at",
  "article_title",
  "article_url",
  "quote",
  /** Character offsets into the article's text, as in the JSON export. */
  "start",
  "end",
  /** The word diff against the reference: "[-removed words] [+added words]", in reading order. */
  "changes_from_reference",
] as const;

/** Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP's CSV-injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks; ends with a line break. */
export function csvLines(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** "[-If any] [+So, if]": the changed words of a word diff, in order. */
export function changeSummary(ops: readonly DiffOp[]): string {
  return ops
    .filter(([op]) => op !== 0)
    .map(([op, text]) => `[${op < 0 ? "-" : "+"}${text.trim()}]`)
    .join(" ");
}

export function storyCsv(story: Pick<StoryDetail, "id" | "title" | "articles" | "quoteGroups">): string {
  const articleById = new Map(story.articles.map((a) => [a.id, a]));
  const rows = story.quoteGroups.flatMap((group, index) => {
    const reference = group.variants[0];
    return group.variants.map((variant) => {
      const diff = group.diffs.find((d) => d.from === reference?.articleId && d.to === variant.articleId);
      const isReference = variant === reference;
      const article = articleById.get(variant.articleId);
      return [
        story.id,
        story.title,
        group.id,
        index + 1,
        group.speaker ?? variant.speaker,
        group.variants.length,
        isReference,
        isReference ? "reference" : (diff?.kind ?? "identical"),
        variant.articleId,
        variant.outlet,
        variant.publishedAt,
        article?.title,
        article?.url,
        variant.text,
        variant.start,
        variant.end,
        diff ? changeSummary(diff.ops) : "",
      ];
    });
  });
  return csvLines([CSV_COLUMNS, ...rows]);
}
