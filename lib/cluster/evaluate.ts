import { clusteringScores, type ClusteringScores } from "./bcubed";
import { StreamingClusterer, type StreamingClustererOptions } from "./streaming";
import type { ClusterDocument } from "./types";

/** A benchmark article: a document plus its gold story. */
export interface LabelledDocument extends ClusterDocument {
  gold: string;
}

/**
 * Follows merges: when stories are folded into another, their articles belong to it, and so on down a chain.
 * Path-halving keeps lookups short however many merges pile up.
 */
export class MergeLedger {
  private readonly parent = new Map<string, string>();

  record(into: string, absorbed: readonly string[]): void {
    for (const storyId of absorbed) if (storyId !== into) this.parent.set(storyId, into);
  }

  resolve(storyId: string): string {
    let current = storyId;
    for (;;) {
      const next = this.parent.get(current);
      if (next === undefined) return current;
      const grand = this.parent.get(next);
      if (grand !== undefined) this.parent.set(current, grand);
      current = next;
    }
  }
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
