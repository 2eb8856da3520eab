import type { CharRange } from "@/lib/quotes";

/** A span scored against gold: the quote range and the speaker mention range, if any. */
export interface ScoredQuote {
  start: number;
  end: number;
  speaker: CharRange | null;
}

export interface QuoteMetrics {
  quotePrecision: number;
  quoteRecall: number;
  quoteF1: number;
  /** Share of matched quotes whose predicted speaker mention overlaps the gold source. */
  speakerAccuracy: number;
  endToEndF1: number;
  gold: number;
  predicted: number;
  matched: number;
  matchedWithSpeaker: number;
}

/** Raw counts of one document, so a corpus score sums counts before dividing. */
export interface QuoteCounts {
  gold: number;
  predicted: number;
  matched: number;
  matchedWithSpeaker: number;
}

const MIN_JACCARD = 0.5;

export function overlapLength(a: CharRange, b: CharRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function jaccard(a: CharRange, b: CharRange): number {
  const overlap = overlapLength(a, b);
  if (overlap === 0) return 0;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return overlap / union;
}

export function speakerIsRight(gold: ScoredQuote, predicted: ScoredQuote): boolean {
  return (
    gold.speaker !== null && predicted.speaker !== null && overlapLength(gold.speaker, predicted.speaker) > 0
  );
}

/** The one-to-one pairs (gold index, predicted index) of a document, greedy by largest overlap (Jaccard ≥ 0.5). */
export function matchPairs(
  gold: readonly ScoredQuote[],
  predicted: readonly ScoredQuote[],
): { g: number; p: number }[] {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (jaccard(g, p) >= MIN_JACCARD) candidates.push({ g: gi, p: pi, overlap: overlapLength(g, p) });
    });
  });
  // Ties broken by position so the result never depends on sort stability.
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const goldUsed = new Set<number>();
  const predictedUsed = new Set<number>();
  const pairs: { g: number; p: number }[] = [];
  for (const { g, p } of candidates) {
    if (goldUsed.has(g) || predictedUsed.has(p)) continue;
    goldUsed.add(g);
    predictedUsed.add(p);
    pairs.push({ g, p });
  }
  return pairs;
}

/** Matches one document's predictions to its gold one-to-one, greedily by largest overlap (Jaccard ≥ 0.5). */
export function countMatches(gold: readonly ScoredQuote[], predicted: readonly ScoredQuote[]): QuoteCounts {
  const pairs = matchPairs(gold, predicted);
  let matchedWithSpeaker = 0;
  for (const { g, p } of pairs) {
    const goldQuote = gold[g];
    const predictedQuote = predicted[p];
    if (goldQuote && predictedQuote && speakerIsRight(goldQuote, predictedQuote)) matchedWithSpeaker += 1;
  }
  return { gold: gold.length, predicted: predicted.length, matched: pairs.length, matchedWithSpeaker };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Corpus metrics from per-document counts (micro-averaged: counts summed over all documents). */
export function metricsFromCounts(counts: readonly QuoteCounts[]): QuoteMetrics {
  const total = counts.reduce(
    (sum, c) => ({
      gold: sum.gold + c.gold,
      predicted: sum.predicted + c.predicted,
      matched: sum.matched + c.matched,
      matchedWithSpeaker: sum.matchedWithSpeaker + c.matchedWithSpeaker,
    }),
    { gold: 0, predicted: 0, matched: 0, matchedWithSpeaker: 0 },
  );
  const quotePrecision = ratio(total.matched, total.predicted);
  const quoteRecall = ratio(total.matched, total.gold);
  const endToEndPrecision = ratio(total.matchedWithSpeaker, total.predicted);
  const endToEndRecall = ratio(total.matchedWithSpeaker, total.gold);
  return {
    quotePrecision,
    quoteRecall,
    quoteF1: f1(quotePrecision, quoteRecall),
    speakerAccuracy: ratio(total.matchedWithSpeaker, total.matched),
    endToEndF1: f1(endToEndPrecision, endToEndRecall),
    ...total,
  };
}

/** Metrics of a set of documents, each given as its gold and predicted quotes. */
export function evaluateQuotes(
  documents: readonly { gold: readonly ScoredQuote[]; predicted: readonly ScoredQuote[] }[],
): QuoteMetrics {
  return metricsFromCounts(documents.map((d) => countMatches(d.gold, d.predicted)));
}
