import { diffWords, type DiffWordsOptions } from "./diff";
import { diffStats, isRewrite, type DiffStats } from "./diff-stats";
import { isNoiseToken } from "./diff-tokens";

/** Where one article's wording departs from a reference article's, as ranges of its own text. */
export interface ArticleDiffMarks {
  stats: DiffStats;
  /** So little is shared that word marks would cover nearly everything: show the two side by side instead. */
  rewritten: boolean;
  /** Ranges of the article's text (`[start, end)`) with words the reference lacks, in order. */
  added: [number, number][];
  /** Offsets in the article's text where words of the reference are missing, with how many words. */
  removed: { at: number; words: number }[];
}

/**
 * Word-level marks for showing an article beside a reference: its own text stays whole, insertions become
 * ranges of it and deletions become points. Ranges of only whitespace or punctuation are dropped.
 */
export function articleDiffMarks(
  reference: string,
  text: string,
  options: DiffWordsOptions = {},
): ArticleDiffMarks {
  const ops = diffWords(reference, text, options);
  const added: [number, number][] = [];
  const removed: { at: number; words: number }[] = [];
  let offset = 0;
  for (const [kind, piece] of ops) {
    if (kind === -1) {
      const count = diffStats([[-1, piece]]).removedWords;
      if (count > 0) removed.push({ at: offset, words: count });
      continue;
    }
    if (kind === 1 && !isNoiseToken(piece)) {
      // Trim surrounding whitespace so a mark covers words, not the spaces around them.
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      added.push([offset + lead, offset + piece.length - trail]);
    }
    offset += piece.length;
  }
  const stats = diffStats(ops);
  return { stats, rewritten: isRewrite(stats), added, removed };
}
