import { ENGLISH_STOPWORDS, foldForComparison, words } from "../text";

/** Words of a text for comparing wordings: case, accents, quote style, punctuation and spacing dropped. */
export function comparisonWords(text: string): string[] {
  return words(foldForComparison(text));
}

/** One key per wording: two texts with the same key differ only in case, punctuation, spacing or quote style. */
export function wordingKey(text: string): string {
  return comparisonWords(text).join(" ");
}

/**
 * A matching key for a content word: possessive dropped, then cut to five letters. Truncation is a crude but
 * robust stemmer, and it also pairs many translation variants ("destruction"/"destroyed", "legal"/"legally").
 */
export function matchingStem(foldedWord: string): string {
  const base = foldedWord.replace(/'s$/, "");
  if (/\d/.test(base)) return base;
  if (base.length > 5) return base.slice(0, 5);
  return base.length > 3 && base.endsWith("s") && !base.endsWith("ss") ? base.slice(0, -1) : base;
}

export function isContentWord(foldedWord: string): boolean {
  if (ENGLISH_STOPWORDS.has(foldedWord)) return false;
  return foldedWord.length > 1 || /\d/.test(foldedWord);
}

/** Stems of the content words of a text, in order (repeats kept). */
export function contentStems(text: string): string[] {
  return comparisonWords(text).filter(isContentWord).map(matchingStem);
}

export interface StemOverlap {
  shared: number;
  /** Shared stems over the smaller set: 1 when one text's content is inside the other's (truncation). */
  containment: number;
  /** Dice coefficient: shared stems over the mean set size. */
  dice: number;
}

export function stemOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): StemOverlap {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared++;
  if (shared === 0) return { shared: 0, containment: 0, dice: 0 };
  return { shared, containment: shared / small.size, dice: (2 * shared) / (a.size + b.size) };
}
