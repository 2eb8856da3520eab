import { logisticProbability, parseLogisticModel, type LogisticModel } from "../logistic-model";
import { FEATURE_NAMES } from "./features";
import fitted from "./span-model.json";

/** A logistic model over FEATURE_NAMES (no intercept): a quote is taken as speech when its probability reaches `threshold`. */
export type SpanModel = LogisticModel;

export const SPAN_MODEL_FILE = "lib/quotes/languages/span-model.json";

/** Checks a model read from JSON: the features it was fitted on must be the ones computed today. */
export function parseSpanModel(raw: unknown, source: string): SpanModel {
  return parseLogisticModel({
    raw,
    source,
    name: "quotation span",
    features: FEATURE_NAMES,
    featuresFile: "lib/quotes/languages/features.ts",
    refit: "npm run fit:quotes",
    withBias: false,
  });
}

let committed: SpanModel | null = null;

/**
 * The committed model, checked on first use (the app checks it at start-up: instrumentation.ts); a stale or
 * corrupt file is an AppError naming it. Fitting (npm run fit:quotes) never needs it.
 */
export function spanModel(): SpanModel {
  committed ??= parseSpanModel(fitted, SPAN_MODEL_FILE);
  return committed;
}

/** The model's probability that a quote with these features is speech. */
export const spanProbability = logisticProbability;
