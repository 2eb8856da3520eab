export { diffWords, type DiffOp, type DiffWordsOptions } from "./diff";
export { isNoiseToken } from "./diff-tokens";
export { classifyVariant, type VariantKind } from "./variant";
export type { QuoteInput } from "./quote-match";
export { groupQuotations, type GroupQuotationsOptions } from "./quotes";
export { describeQuoteGroup, type QuoteGroup, type VariantDiff } from "./quote-group";
export {
  alignSentences,
  type ArticleText,
  type AlignedSentence,
  type SentenceAlignment,
  type SentenceAlignmentRow,
  type AlignSentencesOptions,
} from "./align";
export { differingFigures } from "./figures";
export { diffStats, isRewrite, REWRITTEN_BELOW, type DiffStats } from "./diff-stats";
export {
  framingSignals,
  type FramingSignals,
  type FramingArticle,
  type FramingQuotation,
  type FramingOptions,
  type ArticleFraming,
  type CueCount,
  type FramingCategory,
} from "./framing";
export type { FramingExample } from "./framing-example";
export type { TermCount } from "./framing-terms";
export type { ActorLabels, ActorLabel } from "./framing-labels";
export { FRAMING_LEXICON, type FramingLexicon, type LexiconCategory } from "./framing-lexicon";
export { articleDiffMarks, type ArticleDiffMarks } from "./article-diff";
