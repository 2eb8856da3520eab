import { pairMeasures, type PairMeasureCache } from "./features";
import { SAME_FACT_MODEL, sameFactProbability, type SameFactModel } from "./model";
import { analyseSentence, type AnalysedSentence } from "./tokens";

export interface SameFactOptions {
  /** Probability needed to call the pair the same fact; default the fitted model's threshold. */
  threshold?: number;
  /** Another fitted model (the fitting script and its cross-validation pass their own). */
  model?: SameFactModel;
  /** Measures of pairs already judged, to reuse (the caller's, for the length of one comparison). */
  cache?: PairMeasureCache;
}

export interface SameFactJudgement {
  same: boolean;
  /** The model's probability that the two sentences state the same fact. */
  probability: number;
  /** Specificity-weighted share of the more-covered sentence's content that the other states (0..1). */
  sharedShare: number;
  /** Specificity of the words the two share (sum over matched words of their inverse sentence frequency). */
  sharedWeight: number;
}

/**
 * Whether two sentences (from two reports of one event) state the same fact, in whatever words: names and
 * their short forms, numbers written differently, synonyms and inflections, reported speech or narration,
 * clauses in another order. A logistic regression over word-alignment features (lib/compare/same-fact/
 * model.json, fitted by lab/fit/same-fact.ts). Symmetric and deterministic; linear in the sentences' length
 * (each is read up to MAX_SENTENCE_WORDS words).
 */
export function judgeSameFact(
  a: string | AnalysedSentence,
  b: string | AnalysedSentence,
  options: SameFactOptions = {},
): SameFactJudgement {
  const model = options.model ?? SAME_FACT_MODEL;
  const threshold = options.threshold ?? model.threshold;
  const measures = pairMeasures(
    typeof a === "string" ? analyseSentence(a) : a,
    typeof b === "string" ? analyseSentence(b) : b,
    options.cache,
  );
  const probability = sameFactProbability(measures.features, model);
  return {
    same: probability >= threshold,
    probability,
    sharedShare: measures.share,
    sharedWeight: measures.weight,
  };
}
