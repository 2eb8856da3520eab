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

/** Where a fitted model lives and how to make it again: named in the error when it is unusable. */
export interface ModelSource {
  file: string;
  refit: string;
  features: readonly string[];
}

/**
 * Checks a fitted logistic regression read from JSON before anything uses it: the features it was fitted on
 * must be the ones the code computes, with one finite number of each kind per feature and thresholds between 0
 * and 1. A missing file fails the build or the start naming it; a corrupt one fails here, naming it and the
 * command that refits it.
 */
export function checkedModel<M extends LinearModel & { features: readonly string[] }>(
  model: M,
  source: ModelSource,
  thresholds: readonly number[],
): M {
  const problem = (what: string) =>
    new AppError("INTERNAL", `The model ${source.file} is unusable: ${what}. Refit it with ${source.refit}.`);
  if (!Array.isArray(model.features) || model.features.join(",") !== source.features.join(","))
    throw problem("its features are not the ones the code computes");
  const columns = [model.mins, model.maxs, model.means, model.scales, model.weights];
  const n = source.features.length;
  if (
    columns.some((column) => !Array.isArray(column) || column.length !== n || !column.every(Number.isFinite))
  )
    throw problem("it needs one finite minimum, maximum, mean, scale and weight per feature");
  if (!Number.isFinite(model.bias)) throw problem("its bias is not a number");
  if (!thresholds.every((t) => typeof t === "number" && t > 0 && t < 1))
    throw problem("its thresholds must lie between 0 and 1");
  return model;
}

export const SAME_FACT_MODEL: SameFactModel = checkedModel(
  fitted,
  { file: "lib/compare/same-fact/model.json", refit: "npm run fit:same-fact", features: FEATURE_NAMES },
  [fitted.threshold],
);

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
