import fitted from "./event-model.json";
import { FEATURE_NAMES, pairMeasures } from "./features";
import {
  checkedModel,
  SAME_FACT_MODEL,
  sameFactProbability,
  type LinearModel,
  type SameFactModel,
} from "./model";
import { analyseSentence, type AnalysedSentence } from "./tokens";

/**
 * Whether two sentences report the same event, though each tells it with other details: "Biden said Thursday
 * he will sign a resolution overriding the District's crime law" and "Democrats laid into Biden after he
 * announced he would back legislation overriding a Washington crime bill". Looser than the same fact: it is
 * asked only of two reports' ledes, which both lead with the event the story is about. Measures: the same-fact
 * probability, how specific the shared words are, the shares of each sentence's content the other states, and
 * the names and numbers both give.
 */
/** A lede is compared with the other report's opening: its first this many sentences (fitted by lab/fit/same-event.ts). */
export const LEDE_WINDOW: number = fitted.ledeWindow;

export const EVENT_FEATURE_NAMES = [
  "sameFactLogit",
  "sharedWeight",
  "weightedMin",
  "weightedMax",
  "sharedNames",
  "sharedNumbers",
] as const;

/** A logistic regression as lab/fit/same-event.ts writes it, with the opening length it was fitted for. */
export type SameEventModel = LinearModel & {
  features: readonly string[];
  threshold: number;
  ledeWindow: number;
  /** Lower: the probability at which a lede states another's event, so its article has not left it out. */
  statesThreshold: number;
};

export const SAME_EVENT_MODEL: SameEventModel = checkedModel(
  fitted,
  {
    file: "lib/compare/same-fact/event-model.json",
    refit: "npm run fit:same-event",
    features: EVENT_FEATURE_NAMES,
  },
  [fitted.threshold, fitted.statesThreshold],
);

const WEIGHTED_MIN = FEATURE_NAMES.indexOf("weightedMin");
/** The same-fact probability is read as a log-odds within these bounds (beyond, a pair is plainly one or the other). */
const MAX_LOGIT = 8;

/** The inputs of the same-event model for a pair (see EVENT_FEATURE_NAMES); symmetric in the two. */
export function eventFeatures(
  a: AnalysedSentence,
  b: AnalysedSentence,
  sameFact: SameFactModel = SAME_FACT_MODEL,
): number[] {
  const measures = pairMeasures(a, b);
  const p = sameFactProbability(measures.features, sameFact);
  const logit = Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, Math.log(p / (1 - p))));
  return [
    logit,
    Math.log1p(measures.weight),
    measures.features[WEIGHTED_MIN] ?? 0,
    measures.share,
    Math.log1p(sharedCount(nameWords(a), nameWords(b))),
    Math.log1p(sharedCount(numbers(a), numbers(b))),
  ];
}

export interface SameEventJudgement {
  /** The two report the same event: enough to put two ledes in one row. */
  same: boolean;
  /** Enough to say that one states the other's event (a lower bar): neither has left it out. */
  states: boolean;
  probability: number;
}

/** Whether two ledes report the same event (lib/compare/same-fact/event-model.json, fitted by lab/fit/same-event.ts). */
export function judgeSameEvent(
  a: string | AnalysedSentence,
  b: string | AnalysedSentence,
  model: SameEventModel = SAME_EVENT_MODEL,
): SameEventJudgement {
  const features = eventFeatures(
    typeof a === "string" ? analyseSentence(a) : a,
    typeof b === "string" ? analyseSentence(b) : b,
  );
  const probability = sameFactProbability(features, model);
  return { same: probability >= model.threshold, states: probability >= model.statesThreshold, probability };
}

function nameWords(sentence: AnalysedSentence): Set<string> {
  return new Set(sentence.names.flatMap((name) => name.words));
}

function numbers(sentence: AnalysedSentence): Set<string> {
  return new Set(sentence.tokens.flatMap((t) => (t.value === null ? [] : [t.key])));
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}
