import { describe, expect, it } from "vitest";
import { aggregatePageScores, benchmarkTokens, scorePage } from "./benchmark-metric";

describe("benchmarkTokens", () => {
  it("finds word characters in any script, like Python's \\w+", () => {
    expect(benchmarkTokens("Putin's 26 «troops» — 日本 snake_case!")).toEqual([
      "Putin",
      "s",
      "26",
      "troops",
      "日本",
      "snake_case",
    ]);
  });
});

describe("scorePage", () => {
  it("scores a perfect extraction as all true positives", () => {
    expect(scorePage("a b c d e", "a b c d e")).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
  });

  it("counts extra and missing shingles, normalised per page", () => {
    // truth shingles: "a b c d", "b c d e"; predicted: "a b c d", "b c d x" → tp 1, fp 1, fn 1
    const s = scorePage("a b c d x", "a b c d e");
    expect(s).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3, exact: false });
  });

  it("treats a text of under four tokens as one shingle", () => {
    expect(scorePage("a b", "a b").tp).toBe(1);
    expect(scorePage("a b", "a c").tp).toBe(0);
  });
});

describe("aggregatePageScores", () => {
  it("averages precision and recall over pages and takes F1 of the means", () => {
    const figures = aggregatePageScores([
      scorePage("a b c d e", "a b c d e"),
      scorePage("a b c d x", "a b c d e"),
    ]);
    expect(figures.precision).toBeCloseTo(0.75);
    expect(figures.recall).toBeCloseTo(0.75);
    expect(figures.f1).toBeCloseTo(0.75);
    expect(figures.accuracy).toBe(0.5);
    expect(figures.pages).toBe(2);
  });

  it("counts an empty prediction of an empty truth as right", () => {
    expect(aggregatePageScores([scorePage("", "")])).toMatchObject({ f1: 1, precision: 1, recall: 1 });
  });
});
