import { FEATURE_NAMES, pairFeatures } from "@/lib/compare/same-fact/features";
import { analyseSentence, type AnalysedSentence } from "@/lib/compare/same-fact/tokens";
import { readParaphrasePairs } from "../eval/paraphrase/msrp";
import { crossValidate, FIT_OPTIONS, fitLogistic, writeModelFile } from "./logistic";
import { parseCommandLine } from "../command-line";

/*
 * npm run fit:same-fact [-- --data FILE.tsv --folds K --l2 X --out FILE]
 *
 * Fits the same-fact judgement (lib/compare/same-fact/model.json): a logistic regression over the pair features
 * of lib/compare/same-fact/features.ts, on the training part of MSRP only (default
 * ../shared/data/paraphrase-msrp/train.tsv), threshold chosen for accuracy. Prints the K-fold cross-validated
 * figures (each fold's weights and threshold fitted on the other folds); the last line is one JSON object.
 * Deterministic: the same data gives the same file.
 */
const USAGE =
  "usage: npm run fit:same-fact -- [--data FILE.tsv] [--folds K] [--l2 X] [--negatives 0|1] [--out FILE]";
const { values } = parseCommandLine(USAGE, {
  options: {
    data: { type: "string", default: "../shared/data/paraphrase-msrp/train.tsv" },
    ...FIT_OPTIONS,
    out: { type: "string", default: "lib/compare/same-fact/model.json" },
    negatives: { type: "string", default: "1" },
  },
});
const folds = Number(values.folds);
/** Pairs searched for an unrelated negative sharing two words. */
const LOOK_AHEAD = 200;
const l2 = Number(values.l2);
const pairs = readParaphrasePairs(values.data);
const analysed = pairs.map((p) => [analyseSentence(p.sentence1), analyseSentence(p.sentence2)] as const);
const rows = analysed.map(([a, b]) => pairFeatures(a, b));
const labels = pairs.map((p) => p.label);
const negatives = values.negatives === "0" ? analysed.map(() => null) : unrelatedNegatives(analysed);
const cv = crossValidate(rows, labels, folds, { l2, extraNegativeOf: negatives });
const model = fitLogistic(rows, labels, {
  l2,
  extraNegatives: negatives.flatMap((r) => (r ? [r] : [])),
});
writeModelFile(
  values.out,
  { fittedOn: "MSRP train.tsv (4,076 pairs) by lab/fit/same-fact.ts", features: FEATURE_NAMES },
  model,
);
FEATURE_NAMES.forEach((name, i) => console.error(`${name.padEnd(18)} ${(model.weights[i] ?? 0).toFixed(3)}`));
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
console.log(
  JSON.stringify({
    folds,
    cvAccuracy: r4(cv.metrics.accuracy),
    cvPrecision: r4(cv.metrics.precision),
    cvRecall: r4(cv.metrics.recall),
    cvF1: r4(cv.metrics.f1),
    threshold: r4(model.threshold),
    pairs: pairs.length,
    unrelatedNegatives: negatives.filter((r) => r !== null).length,
  }),
);

/**
 * MSRP's pairs were chosen for their overlap, but in a comparison most candidate pairs are two sentences
 * about other things that share a word or two. So that the model learns what those look like, each pair
 * lends its first sentence to an unrelated negative: paired with the second sentence of a later pair (of
 * another event) sharing at least two content words. They join the weight fit only: thresholds and
 * cross-validated figures are chosen and measured on MSRP's own pairs.
 */
function unrelatedNegatives(
  sentences: readonly (readonly [AnalysedSentence, AnalysedSentence])[],
): (number[] | null)[] {
  const stems = sentences.map(([, b]) => new Set(b.tokens.filter((t) => t.content).map((t) => t.stem)));
  return sentences.map(([a], i) => {
    const own = new Set(a.tokens.filter((t) => t.content).map((t) => t.stem));
    for (let step = 1; step <= LOOK_AHEAD; step++) {
      const j = (i + step * 37) % sentences.length;
      let shared = 0;
      for (const stem of stems[j] ?? []) if (own.has(stem)) shared++;
      if (shared >= 2)
        return pairFeatures(a, (sentences[j] as readonly [AnalysedSentence, AnalysedSentence])[1]);
    }
    return null;
  });
}
