import { describe, expect, it } from "vitest";
import { clusteringScores } from "./bcubed";

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("clusteringScores", () => {
  it("scores a hand-computed case", () => {
    // Gold: {a,b,c} {d,e}. Predicted: {a,b} {c,d,e}.
    const gold = map({ a: "G1", b: "G1", c: "G1", d: "G2", e: "G2" });
    const predicted = map({ a: "P1", b: "P1", c: "P2", d: "P2", e: "P2" });
    const s = clusteringScores(predicted, gold);
    // precision per doc: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15
    expect(s.b3Precision).toBeCloseTo(11 / 15, 10);
    // recall per doc: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15
    expect(s.b3Recall).toBeCloseTo(11 / 15, 10);
    expect(s.b3F1).toBeCloseTo(11 / 15, 10);
    // Pairs predicted together: ab, cd, ce, de (4), of which ab and de are gold pairs; gold pairs: ab ac bc de (4).
    expect(s.pairwisePrecision).toBeCloseTo(0.5, 10);
    expect(s.pairwiseRecall).toBeCloseTo(0.5, 10);
    expect(s.pairwiseF1).toBeCloseTo(0.5, 10);
    expect(s).toMatchObject({ clusters: 2, goldClusters: 2, docs: 5 });
  });

  it("gives 1 for a perfect clustering whatever the labels, and the README's extremes", () => {
    const gold = map({ a: "x", b: "x", c: "y" });
    expect(clusteringScores(map({ a: "1", b: "1", c: "2" }), gold)).toMatchObject({
      b3F1: 1,
      pairwiseF1: 1,
    });
    // All singletons: precision 1, recall (1/2 + 1/2 + 1) / 3 = 2/3.
    const singletons = clusteringScores(map({ a: "1", b: "2", c: "3" }), gold);
    expect(singletons.b3Precision).toBe(1);
    expect(singletons.b3Recall).toBeCloseTo(2 / 3, 10);
    expect(singletons.pairwiseRecall).toBe(0);
    // One big cluster: recall 1, precision (2/3 + 2/3 + 1/3) / 3 = 5/9.
    const lumped = clusteringScores(map({ a: "1", b: "1", c: "1" }), gold);
    expect(lumped.b3Recall).toBe(1);
    expect(lumped.b3Precision).toBeCloseTo(5 / 9, 10);
  });

  it("counts a document the prediction misses as a cluster of its own and ignores unlabelled ones", () => {
    const gold = map({ a: "x", b: "x" });
    const s = clusteringScores(map({ a: "1", z: "1" }), gold);
    expect(s).toMatchObject({ b3Precision: 1, b3Recall: 0.5, clusters: 2, docs: 2 });
    expect(clusteringScores(new Map(), new Map())).toMatchObject({ b3F1: 0, docs: 0 });
  });
});
