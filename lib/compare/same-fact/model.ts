import { AppError } from "../../errors";
import { FEATURE_NAMES } from "./features";
import fitted from "./model.json";

/** A logistic regression over standardised features, as lab/fit/same-fact.ts writes it. */
export interface SameFactModel {
  features: readonly string[];
  means: readonly number[];
  scales: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Probability at or above which two sentences are judged to state the same fact. */
  threshold: number;
}

export function checkedModel(model: SameFactModel): SameFactModel {
  const n = FEATURE_NAMES.length;
  const names = model.features.join(",");
  if (names !== FEATURE_NAMES.join(",")) {
    throw new AppError("INVALID_INPUT", `same-fact model features (${names}) do not match the code's`);
  }
  if (model.means.length !== n || model.scales.length !== n || model.weights.length !== n) {
    throw new AppError("INVALID_INPUT", "same-fact model: one mean, scale and weight per feature");
  }
  return model;
}

export const SAME_FACT_MODEL: SameFactModel = checkedModel(fitted);

/** Probability that a pair with these features states the same fact. */
export function sameFactProbability(features: readonly number[], model: SameFactModel): number {
  let z = model.bias;
  features.forEach((x, i) => {
    const scale = model.scales[i] || 1;
    z += (model.weights[i] ?? 0) * ((x - (model.means[i] ?? 0)) / scale);
  });
  return 1 / (1 + Math.exp(-z));
}
