import { AppError } from "../../errors";
import { FEATURE_NAMES } from "./features";
import fitted from "./span-model.json";

/** A logistic model over FEATURE_NAMES: a quote is taken as speech when its probability reaches `threshold`. */
export interface SpanModel {
  features: readonly string[];
  weights: readonly number[];
  threshold: number;
}

export const SPAN_MODEL_FILE = "lib/quotes/languages/span-model.json";

/** Checks a model read from JSON: the features it was fitted on must be the ones computed today. */
export function parseSpanModel(raw: unknown, source: string): SpanModel {
  const problem = (what: string) =>
    new AppError(
      "INTERNAL",
      `The quotation span model ${source} is unusable: ${what}. Refit it with npm run fit:quotes.`,
    );
  if (typeof raw !== "object" || raw === null) throw problem("not a JSON object");
  const { features, weights, threshold } = raw as Record<string, unknown>;
  if (!Array.isArray(features) || features.join(",") !== FEATURE_NAMES.join(","))
    throw problem("its features are not the ones lib/quotes/languages/features.ts computes");
  if (!Array.isArray(weights) || weights.length !== features.length || !weights.every(Number.isFinite))
    throw problem("it needs one finite weight per feature");
  if (typeof threshold !== "number" || !(threshold > 0 && threshold < 1))
    throw problem("its threshold must lie between 0 and 1");
  return { features: features as string[], weights: weights as number[], threshold };
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
export function spanProbability(model: SpanModel, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i += 1) z += (model.weights[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
