export { diffWords, type DiffOp, type DiffWordsOptions } from "./diff";
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
