/** Figures of a predicted clustering against a gold one, over the documents both label. */
export interface ClusteringScores {
  b3Precision: number;
  b3Recall: number;
  b3F1: number;
  pairwisePrecision: number;
  pairwiseRecall: number;
  pairwiseF1: number;
  /** Predicted clusters among the scored documents. */
  clusters: number;
  goldClusters: number;
  docs: number;
}

/**
 * B-cubed and pairwise scores (see ../shared/data/clustering-dev/README.md). For each document d with predicted
 * cluster C(d) and gold cluster G(d): precision(d) = |C(d) ∩ G(d)| / |C(d)|, recall(d) = |C(d) ∩ G(d)| / |G(d)|;
 * B³ precision and recall are their means, F1 their harmonic mean. Pairwise figures count the document pairs
 * placed together. Only documents in `gold` are scored; a document missing from `predicted` counts as alone.
 */
export function clusteringScores(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): ClusteringScores {
  const ids = [...gold.keys()];
  // A document the prediction does not place is a cluster of its own (the NUL prefix cannot clash with a label).
  const predictedOf = (id: string): string => predicted.get(id) ?? `\u0000${id}`;
  const predictedSizes = countBy(ids, predictedOf);
  const goldSizes = countBy(ids, (id) => gold.get(id) ?? "");
  const jointSizes = countBy(ids, (id) => `${predictedOf(id)}\u0000${gold.get(id) ?? ""}`);

  const { b3Precision, b3Recall, b3F1, docs } = bcubedOver(documentBcubed(predicted, gold).values());
  const pairs = (sizes: ReadonlyMap<string, number>): number => {
    let sum = 0;
    for (const size of sizes.values()) sum += (size * (size - 1)) / 2;
    return sum;
  };
  const truePairs = pairs(jointSizes);
  const predictedPairs = pairs(predictedSizes);
  const goldPairs = pairs(goldSizes);
  // With no pairs on a side, that side made no mistakes.
  const pairwisePrecision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const pairwiseRecall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  return {
    b3Precision,
    b3Recall,
    b3F1,
    pairwisePrecision,
    pairwiseRecall,
    pairwiseF1: harmonic(pairwisePrecision, pairwiseRecall),
    clusters: predictedSizes.size,
    goldClusters: goldSizes.size,
    docs,
  };
}

/** One document's B³ precision and recall (see clusteringScores), for figures over a subset of documents. */
export interface DocumentBcubed {
  precision: number;
  recall: number;
}

/** Each gold-labelled document's B³ precision and recall within the whole predicted clustering. */
export function documentBcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): Map<string, DocumentBcubed> {
  const ids = [...gold.keys()];
  const predictedOf = (id: string): string => predicted.get(id) ?? `\u0000${id}`;
  const predictedSizes = countBy(ids, predictedOf);
  const goldSizes = countBy(ids, (id) => gold.get(id) ?? "");
  const jointSizes = countBy(ids, (id) => `${predictedOf(id)}\u0000${gold.get(id) ?? ""}`);
  return new Map(
    ids.map((id) => {
      const joint = jointSizes.get(`${predictedOf(id)}\u0000${gold.get(id) ?? ""}`) ?? 0;
      return [
        id,
        {
          precision: joint / (predictedSizes.get(predictedOf(id)) ?? 1),
          recall: joint / (goldSizes.get(gold.get(id) ?? "") ?? 1),
        },
      ];
    }),
  );
}

/** B³ precision, recall and F1 over some documents' own figures (means, then the harmonic mean). */
export function bcubedOver(figures: Iterable<DocumentBcubed>): {
  b3Precision: number;
  b3Recall: number;
  b3F1: number;
  docs: number;
} {
  let precision = 0;
  let recall = 0;
  let docs = 0;
  for (const f of figures) {
    precision += f.precision;
    recall += f.recall;
    docs += 1;
  }
  const b3Precision = docs === 0 ? 0 : precision / docs;
  const b3Recall = docs === 0 ? 0 : recall / docs;
  return { b3Precision, b3Recall, b3F1: harmonic(b3Precision, b3Recall), docs };
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

function countBy(ids: readonly string[], key: (id: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const k = key(id);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
