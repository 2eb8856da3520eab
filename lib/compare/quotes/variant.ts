import { comparisonWords } from "../wording";

/**
 * How a variant words a quotation relative to a reference: the same words, a cut-down (or extended) form of the
 * same words, or different words (a different translation or a paraphrase).
 */
export type VariantKind = "identical" | "truncated" | "reworded";

const ELLIPSIS = /\.{3,}|…|\[\s*(?:\.{3}|…)\s*\]/u;

/**
 * Identical ignores case, punctuation, whitespace and quote style. Truncated: one text's words are a contiguous
 * run of the other's, or (when it marks cuts with an ellipsis) its pieces are such runs, in order. An empty text
 * counts as a truncation of a non-empty one.
 */
export function classifyVariant(reference: string, variant: string): VariantKind {
  return classifyWordLists(reference, comparisonWords(reference), variant, comparisonWords(variant));
}

/** classifyVariant for texts whose comparison words are already known (see comparisonWords). */
export function classifyWordLists(
  reference: string,
  referenceWords: readonly string[],
  variant: string,
  variantWords: readonly string[],
): VariantKind {
  if (sameWords(referenceWords, variantWords)) return "identical";
  const referenceIsShorter = referenceWords.length <= variantWords.length;
  const [shortText, shortWords, longWords] = referenceIsShorter
    ? [reference, referenceWords, variantWords]
    : [variant, variantWords, referenceWords];
  if (shortWords.length === 0 || containsRun(longWords, shortWords)) return "truncated";
  if (ELLIPSIS.test(shortText) && containsPiecesInOrder(longWords, shortText)) return "truncated";
  return "reworded";
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Position just after the first occurrence of `run` in `words` at or after `from`, or -1. */
function findRun(words: readonly string[], run: readonly string[], from: number): number {
  // Words never contain spaces, so matching on space-joined text with sentinels finds whole-word runs only.
  const haystack = ` ${words.slice(from).join(" ")} `;
  const at = haystack.indexOf(` ${run.join(" ")} `);
  if (at < 0) return -1;
  const wordsBefore = at === 0 ? 0 : haystack.slice(1, at + 1).split(" ").length - 1;
  return from + wordsBefore + run.length;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  return findRun(words, run, 0) >= 0;
}

function containsPiecesInOrder(longWords: readonly string[], shortText: string): boolean {
  const pieces = shortText
    .split(new RegExp(ELLIPSIS.source, "gu"))
    .map(comparisonWords)
    .filter((piece) => piece.length > 0);
  let cursor = 0;
  for (const piece of pieces) {
    cursor = findRun(longWords, piece, cursor);
    if (cursor < 0) return false;
  }
  return pieces.length > 0;
}
