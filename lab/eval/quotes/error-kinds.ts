import { matchPairs, overlapLength, speakerIsRight, type ScoredQuote } from "./evaluate";

export type ErrorKind =
  | "missed" // a gold quote no prediction touches
  | "merged" // a gold quote whose only touching prediction matched another gold quote (two joined in one)
  | "spurious" // a prediction that touches no gold quote
  | "boundary" // a gold quote, or a prediction, that overlaps the other below the matching threshold
  | "extra" // a prediction overlapping only gold quotes already matched (a piece of a split quote, a repeat)
  | "no-speaker" // matched, the gold names a source, we name none
  | "no-gold-speaker" // matched, the gold has no source
  | "wrong-speaker"; // matched, both name a source, they do not overlap

export interface QuoteError {
  kind: ErrorKind;
  /** Where the error is (the gold quote's start, or the prediction's). */
  at: number;
  gold?: ScoredQuote;
  predicted?: ScoredQuote;
}

/** One document's errors, by the matching the metric uses (so they add up to what the metric counts). */
export function classifyErrors(
  gold: readonly ScoredQuote[],
  predicted: readonly ScoredQuote[],
): QuoteError[] {
  const pairs = matchPairs(gold, predicted);
  const goldMatched = new Set(pairs.map((x) => x.g));
  const predictedMatched = new Set(pairs.map((x) => x.p));
  const errors: QuoteError[] = [];
  for (const { g, p } of pairs) {
    const gq = gold[g];
    const pq = predicted[p];
    if (!gq || !pq || speakerIsRight(gq, pq)) continue;
    const kind =
      gq.speaker === null ? "no-gold-speaker" : pq.speaker === null ? "no-speaker" : "wrong-speaker";
    errors.push({ kind, at: gq.start, gold: gq, predicted: pq });
  }
  gold.forEach((gq, g) => {
    if (goldMatched.has(g)) return;
    const touching = predicted.find((pq, p) => !predictedMatched.has(p) && overlapLength(gq, pq) > 0);
    const taken = predicted.find((pq, p) => predictedMatched.has(p) && overlapLength(gq, pq) > 0);
    const kind = touching ? "boundary" : taken ? "merged" : "missed";
    errors.push({ kind, at: gq.start, gold: gq, predicted: touching ?? taken });
  });
  predicted.forEach((pq, p) => {
    if (predictedMatched.has(p)) return;
    // A prediction overlapping an unmatched gold quote is that quote's boundary error, counted once there.
    if (gold.some((gq, g) => !goldMatched.has(g) && overlapLength(gq, pq) > 0)) return;
    const touchesMatched = gold.some((gq) => overlapLength(gq, pq) > 0);
    errors.push({ kind: touchesMatched ? "extra" : "spurious", at: pq.start, predicted: pq });
  });
  return errors.sort((a, b) => a.at - b.at);
}
