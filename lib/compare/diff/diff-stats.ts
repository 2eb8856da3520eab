import { words } from "../../text";
import type { DiffOp } from "./diff";

export interface DiffStats {
  unchangedWords: number;
  removedWords: number;
  addedWords: number;
  /** Share of the longer side's words that are unchanged: near 0 means the text was rewritten, not edited. */
  unchangedShare: number;
}

/** Below this share of unchanged words an inline diff is mostly marks; side by side reads better. */
export const REWRITTEN_BELOW = 0.35;

export function diffStats(ops: readonly DiffOp[]): DiffStats {
  let unchangedWords = 0;
  let removedWords = 0;
  let addedWords = 0;
  for (const [kind, text] of ops) {
    const count = words(text).length;
    if (kind === 0) unchangedWords += count;
    else if (kind === -1) removedWords += count;
    else addedWords += count;
  }
  const longer = Math.max(unchangedWords + removedWords, unchangedWords + addedWords);
  return {
    unchangedWords,
    removedWords,
    addedWords,
    unchangedShare: longer === 0 ? 1 : unchangedWords / longer,
  };
}

/** Whether two texts share so little that showing them side by side beats an inline diff. */
export function isRewrite(stats: DiffStats): boolean {
  return stats.unchangedShare < REWRITTEN_BELOW;
}
