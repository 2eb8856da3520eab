import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateQuotesOnDir, predictedForScoring } from "./runner";

describe("evaluateQuotesOnDir", () => {
  it("scores a PolNeAR-shaped directory with the first annotator's file as gold", async () => {
    const dir = fileURLToPath(new URL("./__fixtures__/polnear-mini", import.meta.url));
    const metrics = await evaluateQuotesOnDir(dir);
    // Gold: Smith's quote. Predicted: Smith's quote and the "called it a stunt" fragment (its whole clause).
    expect(metrics).toMatchObject({ gold: 1, predicted: 2, matched: 1, matchedWithSpeaker: 1 });
    expect(metrics.quotePrecision).toBe(0.5);
    expect(metrics.quoteRecall).toBe(1);
  });

  it("scores split quotes as one attribution spanning both parts", () => {
    const body = '"We are," he said, "an enemy of waste."';
    expect(predictedForScoring(body)).toEqual([
      { start: 0, end: body.length, speaker: { start: 10, end: 12 } },
    ]);
  });
});
