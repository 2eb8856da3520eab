import { foldForComparison } from "../text";

const ASCII = /^[\x20-\x7e]*$/;

/**
 * foldForComparison for one word, with a fast path: plain ASCII needs only lower-casing, and clustering folds
 * every word of every article.
 */
export function foldWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : foldForComparison(word);
}
