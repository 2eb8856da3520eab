import { createHash } from "node:crypto";
import { FramingMemo, framingSignals } from "@/lib/compare";
import type { StoryRecord } from "@/lib/db";
import type { StoryComparisonPayload } from "../types";
import {
  compareArticles,
  framingArticle,
  membersByPublication,
  type ComparedArticleText,
} from "./compare-articles";
import { selectComparedArticles } from "./compare-selection";
import { quoteGroupViews } from "./quote-groups";

/**
 * Bump when anything in lib/compare (or this payload's shape) changes what a comparison contains: every
 * stored analysis then no longer matches, and is recomputed at the story's next write (read before that, a
 * story's comparison is computed for the page without being stored).
 */
export const COMPARISON_ALGORITHM_VERSION = "comparison-4";
/** Framing of very large stories covers their earliest articles only, so the work stays bounded. */
export const MAX_FRAMING_ARTICLES = 100;

/** The key a stored analysis is filed under: the algorithm version and the newest version id of every member. */
export function comparisonKey(memberVersionIds: readonly string[]): string {
  const ids = [...memberVersionIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256")
    .update(`${COMPARISON_ALGORITHM_VERSION}\n${ids.join("\n")}`)
    .digest("hex");
}

/** The members whose texts a story's comparison reads: its first MAX_FRAMING_ARTICLES in publication order. */
export function framedMembers(record: Pick<StoryRecord, "memberships">): string[] {
  return membersByPublication(record).slice(0, MAX_FRAMING_ARTICLES);
}

/**
 * A story's comparison from its record and the texts of its framed members (framedMembers, in that order):
 * quote groups with diffs, framing signals, and the default compare view's columns.
 */
export function storyComparisonPayload(
  record: StoryRecord,
  framedTexts: readonly ComparedArticleText[],
): StoryComparisonPayload {
  const byId = new Map(framedTexts.map((t) => [t.id, t]));
  const defaultIds = selectComparedArticles(framedTexts.map((t) => t.id)).articleIds;
  // The default columns are members: their own framing signals are reused, only the cross-article parts redone.
  const framingMemo = new FramingMemo();
  return {
    quoteGroups: quoteGroupViews(record),
    framing: framingSignals(framedTexts.map(framingArticle), { memo: framingMemo }),
    defaultCompare: compareArticles(
      record,
      defaultIds.flatMap((id) => byId.get(id) ?? []),
      framingMemo,
    ),
  };
}
