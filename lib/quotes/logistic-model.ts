import { AppError } from "../errors";

/** A logistic model read from committed JSON: an item is taken when its probability reaches `threshold`. */
export interface LogisticModel {
  features: readonly string[];
  /** 0 for models fitted without an intercept. */
  bias: number;
  weights: readonly number[];
  threshold: number;
}

export interface ParseLogisticModelOptions {
  raw: unknown;
  /** The file, named in every error. */
  source: string;
  /** What the model is, for the error: "quotation span", "uncued quotation". */
  name: string;
  /** The features computed today, and the file computing them: a model fitted on others is stale. */
  features: readonly string[];
  featuresFile: string;
  /** The command that refits it. */
  refit: string;
  /** Whether the file must carry a finite `bias` (else it is read as 0). */
  withBias: boolean;
}

/** Checks a fitted model; a stale or corrupt one is an AppError naming its file and how to refit it. */
export function parseLogisticModel(options: ParseLogisticModelOptions): LogisticModel {
  const problem = (what: string) =>
    new AppError(
      "INTERNAL",
      `The ${options.name} model ${options.source} is unusable: ${what}. Refit it with ${options.refit}.`,
    );
  const { raw } = options;
  if (typeof raw !== "object" || raw === null) throw problem("not a JSON object");
  const { features, bias, weights, threshold } = raw as Record<string, unknown>;
  if (!Array.isArray(features) || features.join(",") !== options.features.join(","))
    throw problem(`its features are not the ones ${options.featuresFile} computes`);
  if (!Array.isArray(weights) || weights.length !== features.length || !weights.every(Number.isFinite))
    throw problem("it needs one finite weight per feature");
  if (options.withBias && (typeof bias !== "number" || !Number.isFinite(bias)))
    throw problem("its bias must be a finite number");
  if (typeof threshold !== "number" || !(threshold > 0 && threshold < 1))
    throw problem("its threshold must lie between 0 and 1");
  return {
    features: features as string[],
    bias: options.withBias ? (bias as number) : 0,
    weights: weights as number[],
    threshold,
  };
}

/** The model's probability for one item's feature values. */
export function logisticProbability(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i += 1) z += (model.weights[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
