export { diffWords, type DiffOp, type DiffWordsOptions } from "./diff/diff";
export { isNoiseToken } from "./diff/diff-tokens";
export { classifyVariant, type VariantKind } from "./quotes/variant";
export type { QuoteInput } from "./quotes/quote-match";
export { groupQuotations, type GroupQuotationsOptions } from "./quotes/quotes";
export { describeQuoteGroup, type QuoteGroup, type VariantDiff } from "./quotes/quote-group";
export {
  alignSentences,
  type ArticleText,
  type AlignedSentence,
  type SentenceAlignment,
  type SentenceAlignmentRow,
  type AlignSentencesOptions,
} from "./align/align";
export { differingFigures } from "./align/figures";
export { diffStats, isRewrite, REWRITTEN_BELOW, type DiffStats } from "./diff/diff-stats";
export {
  framingSignals,
  FramingMemo,
  type FramingSignals,
  type FramingArticle,
  type FramingQuotation,
  type FramingOptions,
  type ArticleFraming,
  type CueCount,
  type FramingCategory,
} from "./framing/framing";
export type { FramingExample } from "./framing/framing-example";
export type { TermCount } from "./framing/framing-terms";
export type { ActorLabels, ActorLabel } from "./framing/framing-labels";
export {
  FRAMING_LEXICON,
  type FramingLexicon,
  type LexiconCategory,
  type LexiconKind,
} from "./framing/framing-lexicon";
export { headlineCharge } from "./framing/headline-charge";
export { articleDiffMarks, type ArticleDiffMarks } from "./diff/article-diff";
