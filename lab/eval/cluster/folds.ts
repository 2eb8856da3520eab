import { CLUSTER_PARAMETERS, type StreamingClustererOptions } from "@/lib/cluster";
import { assignFolds, chooseByFold } from "../folds";
import { bcubedOver, documentBcubed, type DocumentBcubed } from "./bcubed";
import { evaluateStream, type LabelledDocument } from "./evaluate";

/** The settings --folds chooses among: the assignment threshold and the merge rule's similarity. */
export interface ClusterSetting {
  threshold: number;
  mergeThreshold: number;
}

/**
 * A small grid around the committed values (first, so a tie keeps it): 3 × 3 settings, each streamed once over
 * the whole set, so the cross-validation costs nine passes.
 */
export function clusterGrid(): ClusterSetting[] {
  const committed = {
    threshold: CLUSTER_PARAMETERS.threshold,
    mergeThreshold: CLUSTER_PARAMETERS.mergeThreshold,
  };
  const grid = [committed];
  for (const threshold of [0.125, 0.145, 0.165])
    for (const mergeThreshold of [0.4, 0.5, 0.6]) {
      if (threshold === committed.threshold && mergeThreshold === committed.mergeThreshold) continue;
      grid.push({ threshold, mergeThreshold });
    }
  return grid;
}

/**
 * What a document is held out with: its topic on ECB+ (a topic's two look-alike events, "28_ecb" and
 * "28_ecbplus", stay together, since telling them apart is the test), else its gold story (a gun-violence
 * incident, a PAC pair).
 */
export function clusterGroup(gold: string): string {
  return gold.replace(/_ecb(plus)?$/, "");
}

export interface ClusterCrossValidation {
  b3F1: number;
  b3Precision: number;
  b3Recall: number;
  /** The setting each fold was scored with (chosen on the other folds). */
  chosen: ClusterSetting[];
  /** Each setting of the grid with its B³ F1 over all documents. */
  settings: { setting: ClusterSetting; b3F1: number }[];
}

/**
 * K-fold cross-validation of the clustering's chosen settings, grouped by clusterGroup. The whole set is
 * streamed once per setting (clustering reads no labels, and a held-out fold must meet the same crowd of
 * look-alike stories the plain figure does); a fold's setting is the one with the best B³ F1 over the other
 * folds' documents, and the figure is B³ over each fold's documents under its own fold's choice.
 */
export function crossValidateClustering(
  docs: readonly LabelledDocument[],
  k: number,
  options: StreamingClustererOptions = {},
  grid: readonly ClusterSetting[] = clusterGrid(),
): ClusterCrossValidation {
  const folds = assignFolds(
    docs.map((d) => ({ group: clusterGroup(d.gold) })),
    k,
  );
  const gold = new Map(docs.map((d) => [d.id, d.gold]));
  const foldOf = new Map(docs.map((d, i) => [d.id, folds[i] ?? 0]));
  const perDocument = grid.map((setting) =>
    documentBcubed(evaluateStream(docs, { ...options, ...setting }).storyOf, gold),
  );
  const over = (settingIndex: number, on: ReadonlySet<number>): DocumentBcubed[] =>
    [...(perDocument[settingIndex] ?? [])]
      .filter(([id]) => on.has(foldOf.get(id) ?? -1))
      .map(([, figures]) => figures);
  const { chosen } = chooseByFold(
    grid.map((_, i) => i),
    k,
    (i, on) => bcubedOver(over(i, on)).b3F1,
  );
  const heldOut = chosen.flatMap((settingIndex, fold) => over(settingIndex, new Set([fold])));
  const { b3F1, b3Precision, b3Recall } = bcubedOver(heldOut);
  const all = new Set(Array.from({ length: k }, (_, f) => f));
  return {
    b3F1,
    b3Precision,
    b3Recall,
    chosen: chosen.map((i) => grid[i] as ClusterSetting),
    settings: grid.map((setting, i) => ({ setting, b3F1: bcubedOver(over(i, all)).b3F1 })),
  };
}
