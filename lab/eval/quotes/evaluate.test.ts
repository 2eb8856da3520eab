import { describe, expect, it } from "vitest";
import { countMatches, evaluateQuotes, metricsFromCounts, type ScoredQuote } from "./evaluate";

function quote(start: number, end: number, speaker: [number, number] | null = null): ScoredQuote {
  return { start, end, speaker: speaker ? { start: speaker[0], end: speaker[1] } : null };
}

describe("countMatches", () => {
  it("matches at Jaccard 0.5 and not below", () => {
    // [0,100) vs [0,50): overlap 50, union 100 → 0.5, a match.
    expect(countMatches([quote(0, 100)], [quote(0, 50)]).matched).toBe(1);
    // [0,100) vs [0,49): 0.49, no match.
    expect(countMatches([quote(0, 100)], [quote(0, 49)]).matched).toBe(0);
    // Touching ranges do not overlap.
    expect(countMatches([quote(0, 10)], [quote(10, 20)]).matched).toBe(0);
  });

  it("is one-to-one, greedy by largest overlap", () => {
    // Gold A [0,100), gold B [60,160); prediction P [40,140) overlaps A by 60 (J=0.43) and B by 80 (J=0.67).
    // Prediction Q [0,90) overlaps A by 90 (J=0.9). Greedy: Q–A (90) first, then P–B (80).
    const counts = countMatches([quote(0, 100), quote(60, 160)], [quote(40, 140), quote(0, 90)]);
    expect(counts).toEqual({ gold: 2, predicted: 2, matched: 2, matchedWithSpeaker: 0 });
    // Two predictions on one gold: only one is matched.
    expect(countMatches([quote(0, 100)], [quote(0, 100), quote(0, 90)]).matched).toBe(1);
  });

  it("counts a speaker as right only when the mention overlaps the gold source", () => {
    const gold = [quote(0, 100, [110, 115]), quote(200, 300, [310, 320]), quote(400, 500, null)];
    const predicted = [quote(0, 100, [112, 113]), quote(200, 300, [320, 325]), quote(400, 500, [510, 515])];
    expect(countMatches(gold, predicted)).toEqual({
      gold: 3,
      predicted: 3,
      matched: 3,
      matchedWithSpeaker: 1,
    });
  });
});

describe("metrics", () => {
  it("sums counts over documents before dividing", () => {
    const metrics = evaluateQuotes([
      // 2 gold, 3 predicted, 2 matched, 1 with the right speaker.
      {
        gold: [quote(0, 10, [20, 25]), quote(30, 40, [50, 55])],
        predicted: [quote(0, 10, [20, 22]), quote(30, 40, [0, 5]), quote(60, 70)],
      },
      // 2 gold, 0 predicted.
      { gold: [quote(0, 10), quote(30, 40)], predicted: [] },
    ]);
    expect(metrics).toMatchObject({ gold: 4, predicted: 3, matched: 2, matchedWithSpeaker: 1 });
    expect(metrics.quotePrecision).toBeCloseTo(2 / 3, 10);
    expect(metrics.quoteRecall).toBeCloseTo(0.5, 10);
    expect(metrics.quoteF1).toBeCloseTo(4 / 7, 10); // 2·(2/3)·(1/2) / (2/3 + 1/2)
    expect(metrics.speakerAccuracy).toBeCloseTo(0.5, 10);
    expect(metrics.endToEndF1).toBeCloseTo(2 / 7, 10); // P 1/3, R 1/4
  });

  it("is all zeros, not NaN, with nothing to score", () => {
    expect(metricsFromCounts([])).toEqual({
      quotePrecision: 0,
      quoteRecall: 0,
      quoteF1: 0,
      speakerAccuracy: 0,
      endToEndF1: 0,
      gold: 0,
      predicted: 0,
      matched: 0,
      matchedWithSpeaker: 0,
    });
  });
});
