import { parseArgs } from "node:util";
import { CLUSTER_PARAMETERS, MergeLedger, StreamingClusterer, type ScoreParts } from "@/lib/cluster";
import { assignFolds } from "../eval/folds";
import { bcubedOver, documentBcubed, type DocumentBcubed } from "../eval/cluster/bcubed";
import { evaluateStream, type LabelledDocument } from "../eval/cluster/evaluate";
import { clusterGroup, crossValidateClustering } from "../eval/cluster/folds";
import { loadClusterSet } from "../eval/cluster/load";
import { fitLogistic, probability } from "./logistic";

/*
 * npm run fit:cluster-accept -- --data FILE.jsonl [--data FILE2.jsonl …] [--folds 5] [--l2 10]
 * Issue 16.3's experiment on clustering's assignment threshold: instead of "join the best story when its score
 * reaches 0.145", a logistic model over the parts of that score (term cosine, name cosine, time factor, undated,
 * story size) decides. One model for all the sets given, as the app has one rule: for each of K folds (of
 * topics or incidents, per set) it is fitted on rows of the other folds' articles of every set (the best
 * candidate each article met while the committed rule streamed its set, labelled by whether that story's main
 * gold story is the article's), and each set is streamed again with it; each set's held-out B³ is compared with
 * the threshold chosen the same way (eval:cluster --folds).
 * Nothing is written: the figures decide whether the model is worth committing.
 */
const { values } = parseArgs({
  options: {
    data: { type: "string", multiple: true },
    folds: { type: "string", default: "5" },
    l2: { type: "string", default: "10" },
  },
});
const k = Number(values.folds);
const l2 = Number(values.l2);
if (!values.data?.length || !Number.isInteger(k) || k < 2 || !(l2 >= 0)) {
  console.error("usage: npm run fit:cluster-accept -- --data FILE.jsonl [--data …] [--folds K] [--l2 X]");
  process.exit(2);
}

const ACCEPT_FEATURES = ["score", "termCosine", "entityCosine", "timeFactor", "undated", "logStorySize"];

function featureRow(parts: ScoreParts): number[] {
  return [
    parts.score,
    parts.termCosine,
    parts.entityCosine,
    parts.timeFactor,
    parts.undated,
    Math.log1p(parts.storyDocuments),
  ];
}

/** The best candidate each article met under the committed rule, with its label, in stream order. */
function acceptanceRows(docs: readonly LabelledDocument[]): { doc: number; row: number[]; label: number }[] {
  const clusterer = new StreamingClusterer({
    accept: (parts, storyId) => {
      const counts = goldCounts.get(ledger.resolve(storyId));
      let main = "";
      let most = 0;
      for (const [gold, count] of counts ?? []) if (count > most) [main, most] = [gold, count];
      rows.push({ doc: current, row: featureRow(parts), label: main === docs[current]?.gold ? 1 : 0 });
      return parts.score >= CLUSTER_PARAMETERS.threshold;
    },
  });
  const ledger = new MergeLedger();
  const goldCounts = new Map<string, Map<string, number>>();
  const rows: { doc: number; row: number[]; label: number }[] = [];
  let current = 0;
  docs.forEach((doc, i) => {
    current = i;
    const result = clusterer.add(doc);
    ledger.record(result.storyId, result.merged);
    const story = ledger.resolve(result.storyId);
    const counts = goldCounts.get(story) ?? new Map<string, number>();
    for (const merged of result.merged) {
      for (const [gold, count] of goldCounts.get(merged) ?? [])
        counts.set(gold, (counts.get(gold) ?? 0) + count);
      goldCounts.delete(merged);
    }
    if (result.status !== "duplicate") counts.set(doc.gold, (counts.get(doc.gold) ?? 0) + 1);
    goldCounts.set(story, counts);
  });
  return rows;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const started = performance.now();
const sets = values.data.map((file) => {
  const docs = loadClusterSet(file);
  const folds = assignFolds(
    docs.map((d) => ({ group: clusterGroup(d.gold) })),
    k,
  );
  return { file, docs, folds, rows: acceptanceRows(docs), gold: new Map(docs.map((d) => [d.id, d.gold])) };
});
// One model for every set (as the app has one rule): fold k's model is fitted on the other folds of all sets.
const heldOut = sets.map(() => [] as DocumentBcubed[]);
const weights: number[][] = [];
for (let fold = 0; fold < k; fold += 1) {
  const train = sets.flatMap((set) => set.rows.filter((r) => set.folds[r.doc] !== fold));
  const model = fitLogistic(
    train.map((r) => r.row),
    train.map((r) => r.label),
    { l2 },
  );
  weights.push(model.weights.map(round));
  sets.forEach((set, s) => {
    const { storyOf } = evaluateStream(set.docs, {
      accept: (parts) => probability(model, featureRow(parts)) >= model.threshold,
    });
    const perDocument = documentBcubed(storyOf, set.gold);
    set.docs.forEach((d, i) => {
      const figures = perDocument.get(d.id);
      if (set.folds[i] === fold && figures) heldOut[s]?.push(figures);
    });
  });
}
const figures = (f: { b3F1: number; b3Precision: number; b3Recall: number }) => ({
  b3F1: round(f.b3F1),
  b3Precision: round(f.b3Precision),
  b3Recall: round(f.b3Recall),
});
sets.forEach((set, s) => {
  console.log(
    JSON.stringify({
      file: set.file,
      rows: set.rows.length,
      positives: set.rows.filter((r) => r.label === 1).length,
      ruleCv: figures(crossValidateClustering(set.docs, k)),
      modelCv: figures(bcubedOver(heldOut[s] ?? [])),
    }),
  );
});
console.log(
  JSON.stringify({
    features: ACCEPT_FEATURES,
    weights,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }),
);
