import { writeFileSync } from "node:fs";
import { analyseSentence, judgeSameFact } from "@/lib/compare/same-fact";
import { pairFeatures } from "@/lib/compare/same-fact/features";
import { binaryMetrics, crossValidate } from "../../fit/logistic";
import { readParaphrasePairs } from "./msrp";
import { parseCommandLine } from "../../command-line";

/*
 * npm run eval:paraphrase -- --data FILE.tsv [--out FILE] [--folds K]
 *
 * The same-fact judgement (lib/compare/same-fact) on sentence pairs in the MSRP format
 * (../shared/data/paraphrase-msrp/README.md): accuracy, and precision, recall and F1 of "same fact". --out
 * writes `id1<TAB>id2<TAB>0|1` per pair. --folds K also reports the K-fold cross-validated figures of
 * refitting the model on FILE (meaningful on training data only). The last line is one JSON object.
 */
const USAGE = "usage: npm run eval:paraphrase -- --data FILE.tsv [--out FILE] [--folds K]";
const { values } = parseCommandLine(USAGE, {
  options: { data: { type: "string" }, out: { type: "string" }, folds: { type: "string" } },
});
if (!values.data) {
  console.error(USAGE);
  process.exit(2);
}
const folds = values.folds === undefined ? 0 : Number(values.folds);
if (values.folds !== undefined && (!Number.isInteger(folds) || folds < 2)) {
  console.error("--folds must be an integer of 2 or more");
  process.exit(2);
}

const pairs = readParaphrasePairs(values.data);
const labels = pairs.map((p) => p.label);
// CPU time, not wall time: the figure should not depend on what else the machine is running.
const started = process.cpuUsage();
const predicted = pairs.map((p) => (judgeSameFact(p.sentence1, p.sentence2).same ? 1 : 0));
const used = process.cpuUsage(started);
const seconds = (used.user + used.system) / 1e6;
if (values.out) {
  writeFileSync(values.out, pairs.map((p, i) => `${p.id1}\t${p.id2}\t${predicted[i]}\n`).join(""));
}
const metrics = binaryMetrics(predicted, labels);
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const result: Record<string, number> = {
  accuracy: round(metrics.accuracy),
  precision: round(metrics.precision),
  recall: round(metrics.recall),
  f1: round(metrics.f1),
  pairs: pairs.length,
  pairsPerSecond: Math.round(pairs.length / Math.max(seconds, 1e-9)),
};
if (folds >= 2) {
  const rows = pairs.map((p) => pairFeatures(analyseSentence(p.sentence1), analyseSentence(p.sentence2)));
  const cv = crossValidate(rows, labels, folds, { l2: 10 });
  console.error(
    `${folds}-fold cross-validation: the model refitted on ${folds - 1} folds predicts the other`,
  );
  Object.assign(result, {
    folds,
    cvAccuracy: round(cv.metrics.accuracy),
    cvPrecision: round(cv.metrics.precision),
    cvRecall: round(cv.metrics.recall),
    cvF1: round(cv.metrics.f1),
  });
}
console.error(
  `${pairs.length} pairs, ${predicted.filter((p) => p === 1).length} judged the same fact; ` +
    `pairsPerSecond is per CPU-second, reading included`,
);
console.log(JSON.stringify(result));
