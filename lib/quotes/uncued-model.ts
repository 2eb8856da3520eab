import { logisticProbability, parseLogisticModel, type LogisticModel } from "./logistic-model";
import fitted from "./uncued-model.json";
import { UNCUED_FEATURES } from "./uncued-features";

/**
 * A logistic model over UNCUED_FEATURES (raw values, no scaling): an uncued stretch is attributed to its
 * sentence's subject when its probability reaches `threshold`. Fitted by lab/fit/uncued-quotes.ts on PolNeAR train.
 */
export type UncuedModel = LogisticModel;

export const UNCUED_MODEL_FILE = "lib/quotes/uncued-model.json";

/** Checks a model read from JSON: the features it was fitted on must be the ones computed today. */
export function parseUncuedModel(raw: unknown, source: string): UncuedModel {
  return parseLogisticModel({
    raw,
    source,
    name: "uncued quotation",
    features: UNCUED_FEATURES,
    featuresFile: "lib/quotes/uncued-features.ts",
    refit: "npm run fit:uncued-quotes",
    withBias: true,
  });
}

let committed: UncuedModel | null = null;

/** The committed model, checked on first use; a stale or corrupt file is an AppError naming it. */
export function uncuedModel(): UncuedModel {
  committed ??= parseUncuedModel(fitted, UNCUED_MODEL_FILE);
  return committed;
}

export const uncuedProbability = logisticProbability;

export function acceptsUncued(model: UncuedModel, x: readonly number[]): boolean {
  return uncuedProbability(model, x) >= model.threshold;
}
