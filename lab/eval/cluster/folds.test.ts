import { describe, expect, it } from "vitest";
import { bcubedOver, clusteringScores, documentBcubed } from "./bcubed";
import { clusterGroup, crossValidateClustering } from "./folds";

describe("clustering cross-validation", () => {
  it("holds an ECB+ topic's two events out together", () => {
    expect(clusterGroup("28_ecb")).toBe("28");
    expect(clusterGroup("28_ecbplus")).toBe("28");
    expect(clusterGroup("gva-461105")).toBe("gva-461105");
  });

  it("per-document B³ averages to the whole figure", () => {
    const predicted = new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "2"],
    ]);
    const gold = new Map([
      ["a", "x"],
      ["b", "y"],
      ["c", "y"],
    ]);
    expect(bcubedOver(documentBcubed(predicted, gold).values()).b3F1).toBeCloseTo(
      clusteringScores(predicted, gold).b3F1,
    );
  });

  it("scores every document once, under a setting from the grid", () => {
    const text = (topic: string) => `${topic} ${topic} report on the ${topic} event with details and figures`;
    const docs = ["quake", "flood", "fire", "storm"].flatMap((topic) =>
      [1, 2].map((n) => ({
        id: `${topic}${n}`,
        title: `${topic} news`,
        text: text(topic),
        publishedAt: "2024-01-01",
        language: "en",
        gold: topic,
      })),
    );
    const grid = [
      { threshold: 0.145, mergeThreshold: 0.5 },
      { threshold: 0.99, mergeThreshold: 0.5 },
    ];
    const result = crossValidateClustering(docs, 2, {}, grid);
    expect(result.chosen).toHaveLength(2);
    expect(result.b3F1).toBeGreaterThan(0);
    expect(result.b3F1).toBeLessThanOrEqual(1);
  });
});
