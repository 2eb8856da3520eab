import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { FEATURE_NAMES } from "./features";
import { parseSpanModel, spanModel } from "./span-model";

describe("the span model file", () => {
  it("loads the committed model, fitted on today's features", () => {
    expect(spanModel().features).toEqual([...FEATURE_NAMES]);
  });

  it("refuses a stale or corrupt model with an error naming the file", () => {
    const weights = FEATURE_NAMES.map(() => 0);
    for (const raw of [
      null,
      { features: ["bias"], weights: [0], threshold: 0.5 },
      { features: [...FEATURE_NAMES], weights: weights.slice(1), threshold: 0.5 },
      { features: [...FEATURE_NAMES], weights, threshold: 2 },
    ]) {
      expect(() => parseSpanModel(raw, "model.json")).toThrow(AppError);
      expect(() => parseSpanModel(raw, "model.json")).toThrow(/model\.json/);
    }
  });
});
