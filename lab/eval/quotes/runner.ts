import type { Attribution } from "@/lib/quotes/attributions";
import { countMatches, metricsFromCounts, type QuoteMetrics, type ScoredQuote } from "./evaluate";
import { loadQuoteSet } from "./sets";
import { findAttributionsInAnyLanguage, type MultilingualOptions } from "@/lib/quotes/multilingual";

export type Metrics = QuoteMetrics;

/**
 * What the extractor claims for PolNeAR scoring: one span per attribution, first to last character of its
 * content (split quotes and the prose clause around a fragment included, as the annotators marked them).
 */
export function predictedForScoring(body: string, options: MultilingualOptions = {}): ScoredQuote[] {
  return scored(findAttributionsInAnyLanguage(body, options));
}

function scored(attributions: readonly Attribution[]): ScoredQuote[] {
  return attributions.map((a) => ({
    start: a.content.start,
    end: a.content.end,
    speaker: a.speaker ? a.speaker.mention : null,
  }));
}

/** One predicted quotation as `eval:quotes --out` writes it. */
export interface QuotePrediction {
  start: number;
  end: number;
  speakerStart: number | null;
  speakerEnd: number | null;
  speaker: string | null;
}

/** Scores the extractor on a PolNeAR split directory (`text/`, `attributions/`). */
export async function evaluateQuotesOnDir(dir: string): Promise<Metrics> {
  return (await evaluateQuotesWithPredictions(dir)).metrics;
}

/** The metrics, and every article's predictions keyed by article name. */
export async function evaluateQuotesWithPredictions(
  dir: string,
  options: MultilingualOptions = {},
): Promise<{ metrics: Metrics; predictions: Record<string, QuotePrediction[]> }> {
  const predictions: Record<string, QuotePrediction[]> = {};
  const counts = [];
  for (const { name, body, gold } of await loadQuoteSet(dir)) {
    const found = findAttributionsInAnyLanguage(body, options);
    counts.push(countMatches(gold, scored(found)));
    predictions[name] = found.map((a) => ({
      start: a.content.start,
      end: a.content.end,
      speakerStart: a.speaker?.mention.start ?? null,
      speakerEnd: a.speaker?.mention.end ?? null,
      speaker: a.speaker?.speaker ?? null,
    }));
  }
  return { metrics: metricsFromCounts(counts), predictions };
}
