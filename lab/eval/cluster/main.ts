import { writeFileSync } from "node:fs";
import { evaluateStream } from "./evaluate";
import { crossValidateClustering } from "./folds";
import { parseFolds } from "../folds";
import type { ClusteringScores } from "./bcubed";
import { loadClusterSet } from "./load";
import { parseCommandLine } from "../../command-line";

/*
 * npm run eval:cluster -- --data FILE.jsonl [--out FILE] [--folds K]
 * FILE.jsonl holds one article a line, { id, title, text, date, cluster, source, url }, in arrival order (see
 * ../shared/data/clustering-dev/README.md). Streams them through the app's clustering engine and prints B³ and
 * pairwise figures; the last line is one JSON object. --out writes "id<TAB>story" lines. With --folds K also
 * the K-fold cross-validated figure (the assignment and merge thresholds chosen on K−1 folds of topics or
 * incidents, scored on the held-out one; see ./folds.ts) as `cv`.
 */
const USAGE = "usage: npm run eval:cluster -- --data FILE.jsonl [--out FILE] [--folds K (2 or more)]";
const { values } = parseCommandLine(USAGE, {
  options: { data: { type: "string" }, out: { type: "string" }, folds: { type: "string" } },
});
const { folds, valid } = parseFolds(values.folds);
if (!values.data || !valid) {
  console.error(USAGE);
  process.exit(2);
}
const docs = loadClusterSet(values.data);

const started = performance.now();
const { scores, storyOf } = evaluateStream(docs);
const seconds = (performance.now() - started) / 1000;

if (values.out) writeFileSync(values.out, [...storyOf].map(([id, story]) => `${id}\t${story}\n`).join(""));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
console.error(
  `${scores.docs} articles, ${scores.clusters} stories (gold ${scores.goldClusters}); pairwise precision ${round(scores.pairwisePrecision)}, recall ${round(scores.pairwiseRecall)}`,
);
const figures = (s: ClusteringScores) => ({
  b3F1: round(s.b3F1),
  b3Precision: round(s.b3Precision),
  b3Recall: round(s.b3Recall),
  pairwiseF1: round(s.pairwiseF1),
  clusters: s.clusters,
});
let cv: { b3F1: number; b3Precision: number; b3Recall: number } | null = null;
if (folds !== null) {
  const cvStarted = performance.now();
  const result = crossValidateClustering(docs, folds);
  cv = { b3F1: round(result.b3F1), b3Precision: round(result.b3Precision), b3Recall: round(result.b3Recall) };
  console.error(
    `${folds}-fold cross-validated B³ F1 ${cv.b3F1} (P ${cv.b3Precision}, R ${cv.b3Recall}) beside plain ${round(scores.b3F1)}; ` +
      `thresholds chosen per fold: ${result.chosen.map((c) => `${c.threshold}/${c.mergeThreshold}`).join(" ")} ` +
      `(${Math.round((performance.now() - cvStarted) / 100) / 10} s); whole set under each: ` +
      result.settings
        .map(({ setting, b3F1 }) => `${setting.threshold}/${setting.mergeThreshold} ${round(b3F1)}`)
        .join(", "),
  );
}
console.log(
  JSON.stringify({
    ...figures(scores),
    docs: scores.docs,
    articlesPerSecond: Math.round((docs.length / seconds) * 10) / 10,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(cv ? { folds, cv } : {}),
  }),
);
