import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { UNCUED_FEATURES } from "./uncued-features";
import { acceptsUncued, parseUncuedModel, uncuedModel } from "./uncued-model";

describe("the uncued quotation model file", () => {
  it("loads the committed model, fitted on today's features", () => {
    expect(uncuedModel().features).toEqual([...UNCUED_FEATURES]);
  });

  it("takes a long quote and leaves a one-word one outside a that-clause", () => {
    const model = uncuedModel();
    expect(acceptsUncued(model, [Math.log(12), 1, 0, 0])).toBe(true);
    expect(acceptsUncued(model, [0, 0, 0, 0])).toBe(false);
  });

  it("refuses a stale or corrupt model with an error naming the file", () => {
    const features = [...UNCUED_FEATURES];
    const weights = features.map(() => 0);
    for (const raw of [
      null,
      { features: ["logWords"], bias: 0, weights: [0], threshold: 0.5 },
      { features, bias: 0, weights: weights.slice(1), threshold: 0.5 },
      { features, bias: "x", weights, threshold: 0.5 },
      { features, bias: 0, weights, threshold: 1 },
    ]) {
      expect(() => parseUncuedModel(raw, "uncued.json")).toThrow(AppError);
      expect(() => parseUncuedModel(raw, "uncued.json")).toThrow(/uncued\.json/);
    }
  });
});
