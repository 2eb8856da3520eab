import { attributionsAndUncued, type Attribution } from "@/lib/quotes/attributions";
import { UNCUED_FEATURES } from "@/lib/quotes/uncued-features";
import { uncuedModel, uncuedProbability, type UncuedModel } from "@/lib/quotes/uncued-model";
import { readForeignQuotes } from "@/lib/quotes/multilingual";
import { matchPairs, overlapLength, speakerIsRight, type ScoredQuote } from "../eval/quotes/evaluate";
import type { EvalDocument } from "../eval/quotes/sets";
import { fitLogistic } from "./logistic";

/*
 * The fit behind `npm run fit:uncued-quotes` (lab/fit/uncued-quotes.ts), as a function, so that eval:quotes --folds
 * can refit it on K−1 folds of articles and score the held-out one. The model decides which double-quoted
 * stretches no cue claims are taken as their sentence subject's words (lib/quotes/uncued.ts).
 */

/** One uncued stretch the fit sees: its features; whether it matches a gold quote the cued reading missed; and
 * whether its speaker is right too. */
export interface UncuedSample {
  x: number[];
  match: 0 | 1;
  right: 0 | 1;
}

/** The samples of some documents and what the cue rules alone score on them (the baseline the threshold beats). */
export interface UncuedData {
  samples: UncuedSample[];
  gold: number;
  predicted: number;
  matched: number;
  right: number;
}

/** L2 penalty on the standardised weights. Chosen by 5-fold CV on PolNeAR train among 0.1, 1, 10, 100. */
export const UNCUED_L2 = 10;

const scored = (a: Attribution): ScoredQuote => ({
  start: a.content.start,
  end: a.content.end,
  speaker: a.speaker ? a.speaker.mention : null,
});

function jaccard(a: ScoredQuote, b: ScoredQuote): number {
  const overlap = overlapLength(a, b);
  return overlap === 0 ? 0 : overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

export function uncuedData(documents: readonly EvalDocument[]): UncuedData {
  const data: UncuedData = { samples: [], gold: 0, predicted: 0, matched: 0, right: 0 };
  for (const d of documents) {
    // The English reader's model: articles in the other languages are read by their own rules.
    if (readForeignQuotes(d.body).foreign) continue;
    const { found, uncued } = attributionsAndUncued(d.body);
    const predicted = found.map(scored);
    const pairs = matchPairs(d.gold, predicted);
    data.gold += d.gold.length;
    data.predicted += predicted.length;
    data.matched += pairs.length;
    for (const { g, p } of pairs)
      if (speakerIsRight(d.gold[g] as ScoredQuote, predicted[p] as ScoredQuote)) data.right += 1;
    const taken = new Set(pairs.map((x) => x.g));
    for (const c of uncued) {
      const s = scored(c.attribution);
      const g = d.gold.find((gq, i) => !taken.has(i) && jaccard(gq, s) >= 0.5);
      data.samples.push({
        x: c.features,
        match: g ? 1 : 0,
        right: g && speakerIsRight(g, s) ? 1 : 0,
      });
    }
  }
  return data;
}

/**
 * The cut with the best sum of quote F1 and end-to-end F1 over the documents when the stretches scoring at least
 * it are added to the cue rules' attributions.
 */
function bestThreshold(probabilities: readonly number[], data: UncuedData): number {
  const order = probabilities
    .map((p, i) => ({ p, s: data.samples[i] as UncuedSample }))
    .sort((a, b) => b.p - a.p);
  const score = (added: number, m: number, r: number) =>
    (2 * (data.matched + m)) / (data.predicted + added + data.gold) +
    (2 * (data.right + r)) / (data.predicted + added + data.gold);
  let m = 0;
  let r = 0;
  let best = { score: score(0, 0, 0), threshold: 0.99 };
  order.forEach(({ p, s }, i) => {
    m += s.match;
    r += s.right;
    const next = order[i + 1];
    if (next && next.p === p) return;
    const value = score(i + 1, m, r);
    if (value > best.score) best = { score: value, threshold: next ? (p + next.p) / 2 : p };
  });
  return Math.min(0.99, Math.max(0.01, best.threshold));
}

/**
 * Logistic regression on the half-and-half label (matched, speaker right), then the cut for the best F1s; the
 * committed model when the documents hold no English uncued stretch (a German set).
 */
export function fitUncuedModel(data: UncuedData, l2 = UNCUED_L2): UncuedModel {
  if (data.samples.length === 0) return uncuedModel();
  const rows = data.samples.map((s) => s.x);
  const labels = data.samples.map((s) => (s.match + s.right) / 2);
  const fit = fitLogistic(rows, labels, { l2 });
  // Raw-feature weights, so the library needs no scaling: w·(x−mean)/scale = (w/scale)·x − w·mean/scale.
  const weights = fit.weights.map((w, j) => w / (fit.scales[j] ?? 1));
  const bias = fit.weights.reduce(
    (b, w, j) => b - (w * (fit.means[j] ?? 0)) / (fit.scales[j] ?? 1),
    fit.bias,
  );
  const model: UncuedModel = { features: [...UNCUED_FEATURES], bias, weights, threshold: 0.5 };
  model.threshold = bestThreshold(
    data.samples.map((s) => uncuedProbability(model, s.x)),
    data,
  );
  return model;
}
