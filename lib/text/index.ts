export { normalizeText, normalizeLinesAsParagraphs, foldForComparison } from "./normalize";
export { paragraphSpans, wordSpans, words, type TextSpan } from "./spans";
export { sentenceSpans } from "./sentences";
export { contentHash } from "./hash";
export { ENGLISH_STOPWORDS } from "./stopwords";
export { detectLanguage, detectLatinLanguage } from "./language";
export {
  canonicalEncoding,
  decodeText,
  detectCharset,
  type CharsetHints,
  type DocumentKind,
} from "./charset";
export { scriptLanguage } from "./script-language";
export { cleanLabel } from "./label";
