import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { findAttributions } from "@/lib/quotes";
import {
  countMatches,
  metricsFromCounts,
  type QuoteCounts,
  type QuoteMetrics,
  type ScoredQuote,
} from "./evaluate";
import { parseGoldQuotes, pickGoldAnnotationFile } from "./polnear";

export type Metrics = QuoteMetrics;

/**
 * What the extractor claims for PolNeAR scoring: one span per attribution, first to last character of its
 * content (split quotes and the prose clause around a fragment included, as the annotators marked them).
 */
export function predictedForScoring(body: string): ScoredQuote[] {
  return findAttributions(body).map((a) => ({
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
): Promise<{ metrics: Metrics; predictions: Record<string, QuotePrediction[]> }> {
  const predictions: Record<string, QuotePrediction[]> = {};
  const annotationFiles = await readdir(path.join(dir, "attributions"));
  const filesByArticle = new Map<string, string[]>();
  for (const file of annotationFiles) {
    const article = file.replace(/_[0-9a-f]+\.ann$/, "");
    if (article === file) continue;
    filesByArticle.set(article, [...(filesByArticle.get(article) ?? []), file]);
  }
  const counts: QuoteCounts[] = [];
  for (const article of [...filesByArticle.keys()].sort()) {
    const goldFile = pickGoldAnnotationFile(filesByArticle.get(article) ?? []);
    if (!goldFile) continue;
    const [body, ann] = await Promise.all([
      readFile(path.join(dir, "text", `${article}.txt`), "utf8"),
      readFile(path.join(dir, "attributions", goldFile), "utf8"),
    ]);
    const gold: ScoredQuote[] = parseGoldQuotes(ann).map((g) => ({
      start: g.start,
      end: g.end,
      speaker: g.source,
    }));
    counts.push(countMatches(gold, predictedForScoring(body)));
    predictions[article] = findAttributions(body).map((a) => ({
      start: a.content.start,
      end: a.content.end,
      speakerStart: a.speaker?.mention.start ?? null,
      speakerEnd: a.speaker?.mention.end ?? null,
      speaker: a.speaker?.speaker ?? null,
    }));
  }
  return { metrics: metricsFromCounts(counts), predictions };
}
