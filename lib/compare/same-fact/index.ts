export { judgeSameFact, type SameFactJudgement, type SameFactOptions } from "./judge";
export {
  matchSentenceSets,
  DEFAULT_MATCH_LIMITS,
  type SentenceMatch,
  type SentenceMatchOptions,
} from "./match";
export { analyseSentence, MAX_SENTENCE_WORDS, type AnalysedSentence } from "./tokens";
export { SAME_FACT_MODEL, type SameFactModel } from "./model";
export { FEATURE_NAMES, type PairMeasureCache } from "./features";
export {
  judgeSameEvent,
  LEDE_WINDOW,
  SAME_EVENT_MODEL,
  type SameEventJudgement,
  type SameEventModel,
} from "./event";
export { lemmaCandidates } from "./lexicon";
