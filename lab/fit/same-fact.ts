import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { FEATURE_NAMES, pairFeatures } from "@/lib/compare/same-fact/features";
import { analyseSentence } from "@/lib/compare/same-fact/tokens";
import { readParaphrasePairs } from "../eval/paraphrase/msrp";
import { crossValidate, fitLogistic } from "./logistic";

/*
 * npm run fit:same-fact [-- --data FILE.tsv --folds K --l2 X --out FILE]
 *
 * Fits the same-fact judgement (lib/compare/same-fact/model.json): a logistic regression over the pair features
 * of lib/compare/same-fact/features.ts, on the training part of MSRP only (default
 * ../shared/data/paraphrase-msrp/train.tsv), threshold chosen for accuracy. Prints the K-fold cross-validated
 * figures (each fold's weights and threshold fitted on the other folds); the last line is one JSON object.
 * Deterministic: the same data gives the same file.
 */
const { values } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data/paraphrase-msrp/train.tsv" },
    folds: { type: "string", default: "10" },
    l2: { type: "string", default: "10" },
    out: { type: "string", default: "lib/compare/same-fact/model.json" },
  },
});
const folds = Number(values.folds);
const l2 = Number(values.l2);
const pairs = readParaphrasePairs(values.data);
const rows = pairs.map((p) => pairFeatures(analyseSentence(p.sentence1), analyseSentence(p.sentence2)));
const labels = pairs.map((p) => p.label);
const cv = crossValidate(rows, labels, folds, { l2 });
const model = fitLogistic(rows, labels, { l2 });
const round = (x: number) => Number(x.toPrecision(8));
writeFileSync(
  values.out,
  `${JSON.stringify(
    {
      fittedOn: "MSRP train.tsv (4,076 pairs) by lab/fit/same-fact.ts",
      features: FEATURE_NAMES,
      means: model.means.map(round),
      scales: model.scales.map(round),
      weights: model.weights.map(round),
      bias: round(model.bias),
      threshold: round(model.threshold),
    },
    null,
    1,
  )}\n`,
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
  }),
);
