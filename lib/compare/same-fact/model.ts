import { AppError } from "../../errors";
import { FEATURE_NAMES } from "./features";
import fitted from "./model.json";

/** A logistic regression over standardised features, as lab/fit/same-fact.ts writes it. */
export interface SameFactModel {
  features: readonly string[];
  /** Each feature's range in training: inputs are clamped to it, so the model never extrapolates. */
  mins: readonly number[];
  maxs: readonly number[];
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
  const lengths = [model.mins, model.maxs, model.means, model.scales, model.weights].map((l) => l.length);
  if (lengths.some((length) => length !== n)) {
    throw new AppError("INVALID_INPUT", "same-fact model: one mean, scale and weight per feature");
  }
  return model;
}

export const SAME_FACT_MODEL: SameFactModel = checkedModel(fitted);

/** The parts of a fitted logistic regression that score a row of features. */
export type LinearModel = Pick<SameFactModel, "mins" | "maxs" | "means" | "scales" | "weights" | "bias">;

/** Probability that a pair with these features states the same fact (or, with another model, what it models). */
export function sameFactProbability(features: readonly number[], model: LinearModel): number {
  let z = model.bias;
  features.forEach((raw, i) => {
    const x = Math.min(model.maxs[i] ?? raw, Math.max(model.mins[i] ?? raw, raw));
    const scale = model.scales[i] || 1;
    z += (model.weights[i] ?? 0) * ((x - (model.means[i] ?? 0)) / scale);
  });
  return 1 / (1 + Math.exp(-z));
}
