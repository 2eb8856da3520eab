import type { ScoredQuote } from "./evaluate";
import type { CharRange } from "@/lib/quotes/types";
import { FEATURE_NAMES } from "@/lib/quotes/languages/features";
import type { ReadQuote } from "@/lib/quotes/languages/attribute";
import type { SpanModel } from "@/lib/quotes/languages/span-model";

/**
 * One quote the fitting sees: its features, whether a gold direct quotation matches it, and whether its speaker is
 * right too (what end-to-end F1 counts; the weights are fitted to predict this).
 */
export interface Sample {
  x: readonly number[];
  match: 0 | 1;
  y: 0 | 1;
}

/** What fitting needs besides the samples: how many gold quotes the documents hold (the recall denominator). */
export interface FitOptions {
  goldCount: number;
  /** Full-batch gradient steps. Default 3,000. */
  steps?: number;
  /** L2 penalty on the weights (not the bias). Default 0.01 (chosen by 5-fold CV on quotes-german/train: 0.001, 0.003, 0.01, 0.03). */
  l2?: number;
  learningRate?: number;
}

const MIN_JACCARD = 0.5;

function jaccard(a: CharRange, b: CharRange): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return overlap === 0 ? 0 : overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** The samples of one document: each read quote, labelled by whether a gold quote matches its span. */
export function labelledSamples(read: readonly ReadQuote[], gold: readonly ScoredQuote[]): Sample[] {
  return read.map((r) => {
    const match = gold.find((g) => jaccard(g, { start: r.quote.open, end: r.quote.close }) >= MIN_JACCARD);
    const speaker = r.reading.speaker;
    const right =
      match?.speaker != null &&
      speaker !== null &&
      Math.min(match.speaker.end, speaker.end) > Math.max(match.speaker.start, speaker.start);
    return { x: r.features, match: match ? 1 : 0, y: right ? 1 : 0 };
  });
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Logistic regression by full-batch gradient descent from zero weights: the same samples give the same model. */
function fitWeights(samples: readonly Sample[], steps: number, l2: number, rate: number): number[] {
  const n = FEATURE_NAMES.length;
  const w = new Array<number>(n).fill(0);
  if (samples.length === 0) return w;
  for (let step = 0; step < steps; step += 1) {
    const grad = new Array<number>(n).fill(0);
    for (const { x, y } of samples) {
      let z = 0;
      for (let i = 0; i < n; i += 1) z += (w[i] ?? 0) * (x[i] ?? 0);
      const err = sigmoid(z) - y;
      for (let i = 0; i < n; i += 1) grad[i] = (grad[i] ?? 0) + err * (x[i] ?? 0);
    }
    for (let i = 0; i < n; i += 1) {
      const penalty = i === 0 ? 0 : l2 * (w[i] ?? 0);
      w[i] = (w[i] ?? 0) - rate * ((grad[i] ?? 0) / samples.length + penalty);
    }
  }
  return w;
}

/**
 * The probability cut with the best sum of quote F1 and end-to-end F1 on the samples, counting every gold quote no
 * sample reaches as missed: a quote whose speaker would be wrong helps the one and hurts the other.
 */
function bestThreshold(
  probabilities: readonly number[],
  samples: readonly Sample[],
  goldCount: number,
): number {
  const order = probabilities.map((p, i) => ({ p, s: samples[i]! })).sort((a, b) => b.p - a.p);
  let matched = 0;
  let right = 0;
  let best = { score: -1, threshold: 0.5 };
  order.forEach(({ p, s }, i) => {
    matched += s.match;
    right += s.y;
    const next = order[i + 1];
    if (next && next.p === p) return;
    const score = (2 * matched) / (i + 1 + goldCount) + (2 * right) / (i + 1 + goldCount);
    // Halfway to the next probability, so a quote scored like one just accepted is accepted too.
    if (score > best.score) best = { score, threshold: next ? (p + next.p) / 2 : p };
  });
  return Math.min(0.99, Math.max(0.01, best.threshold));
}

/** Fits the span model on labelled samples: weights by logistic regression, the threshold for the best F1s. */
export function fitSpanModel(samples: readonly Sample[], options: FitOptions): SpanModel {
  const weights = fitWeights(
    samples,
    options.steps ?? 3_000,
    options.l2 ?? 0.01,
    options.learningRate ?? 0.5,
  );
  const model = { features: [...FEATURE_NAMES], bias: 0, weights, threshold: 0.5 };
  const probabilities = samples.map((s) => sigmoid(s.x.reduce((z, v, i) => z + v * (weights[i] ?? 0), 0)));
  model.threshold = bestThreshold(
    probabilities,
    samples,
    Math.max(options.goldCount, samples.filter((s) => s.match === 1).length),
  );
  return model;
}
