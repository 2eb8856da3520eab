import data from "./word-weights.json";
import type { FactToken } from "./tokens";

const frequency: Readonly<Record<string, number>> = data.frequency;
const rarest = Math.log((data.documents + 1) / 1);

/**
 * How specific a word is: the inverse of how many news sentences hold it (lib/compare/same-fact/
 * word-weights.json, counted by lab/fit/same-fact-weights.ts). Numbers and unseen words count as rarest.
 */
export function specificity(token: FactToken): number {
  if (token.value !== null) return rarest;
  const n = frequency[token.stem];
  return n === undefined ? rarest : Math.log((data.documents + 1) / (n + 1));
}
