import {
  MergeLedger,
  StreamingClusterer,
  type ClusterDocument,
  type StreamingClustererOptions,
} from "@/lib/cluster";
import { clusteringScores, type ClusteringScores } from "./bcubed";

/** A benchmark article: a document plus its gold story. */
export interface LabelledDocument extends ClusterDocument {
  gold: string;
}

/**
 * Streams the documents, in the order given, through the StreamingClusterer and scores the final stories
 * (after merges) against the gold ones.
 */
export function evaluateStream(
  docs: Iterable<LabelledDocument>,
  options: StreamingClustererOptions = {},
): { scores: ClusteringScores; storyOf: Map<string, string> } {
  const clusterer = new StreamingClusterer(options);
  const ledger = new MergeLedger();
  const assigned = new Map<string, string>();
  const gold = new Map<string, string>();
  for (const doc of docs) {
    const result = clusterer.add(doc);
    ledger.record(result.storyId, result.merged);
    if (!assigned.has(doc.id)) assigned.set(doc.id, result.storyId);
    gold.set(doc.id, doc.gold);
  }
  const storyOf = new Map([...assigned].map(([id, storyId]) => [id, ledger.resolve(storyId)]));
  return { scores: clusteringScores(storyOf, gold), storyOf };
}
