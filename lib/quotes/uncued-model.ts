import { AppError } from "../errors";
import fitted from "./uncued-model.json";
import { UNCUED_FEATURES } from "./uncued-features";

/**
 * A logistic model over UNCUED_FEATURES (raw values, no scaling): an uncued stretch is attributed to its
 * sentence's subject when its probability reaches `threshold`. Fitted by lab/fit/uncued-quotes.ts on PolNeAR train.
 */
export interface UncuedModel {
  features: readonly string[];
  bias: number;
  weights: readonly number[];
  threshold: number;
}

export const UNCUED_MODEL_FILE = "lib/quotes/uncued-model.json";

/** Checks a model read from JSON: the features it was fitted on must be the ones computed today. */
export function parseUncuedModel(raw: unknown, source: string): UncuedModel {
  const problem = (what: string) =>
    new AppError(
      "INTERNAL",
      `The uncued quotation model ${source} is unusable: ${what}. Refit it with npm run fit:uncued-quotes.`,
    );
  if (typeof raw !== "object" || raw === null) throw problem("not a JSON object");
  const { features, bias, weights, threshold } = raw as Record<string, unknown>;
  if (!Array.isArray(features) || features.join(",") !== UNCUED_FEATURES.join(","))
    throw problem("its features are not the ones lib/quotes/uncued-features.ts computes");
  if (!Array.isArray(weights) || weights.length !== features.length || !weights.every(Number.isFinite))
    throw problem("it needs one finite weight per feature");
  if (typeof bias !== "number" || !Number.isFinite(bias)) throw problem("its bias must be a finite number");
  if (typeof threshold !== "number" || !(threshold > 0 && threshold < 1))
    throw problem("its threshold must lie between 0 and 1");
  return { features: features as string[], bias, weights: weights as number[], threshold };
}

let committed: UncuedModel | null = null;

/** The committed model, checked on first use; a stale or corrupt file is an AppError naming it. */
export function uncuedModel(): UncuedModel {
  committed ??= parseUncuedModel(fitted, UNCUED_MODEL_FILE);
  return committed;
}

export function uncuedProbability(model: UncuedModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i += 1) z += (model.weights[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export function acceptsUncued(model: UncuedModel, x: readonly number[]): boolean {
  return uncuedProbability(model, x) >= model.threshold;
}
