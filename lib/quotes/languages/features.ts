import type { LocalQuote } from "./marks";
import type { QuoteContext, Reading } from "./reading";
import type { LanguageRules } from "./types";
import { wordsIn } from "./words";

/**
 * What the span model (./span-model.ts) weighs to tell a quotation from a quoted name, title or scare quote.
 * Every feature means the same in every language; the word lists behind them are each language's own.
 */
export const FEATURE_NAMES = [
  "bias",
  "cueBefore",
  "cueBeforeNear",
  "trailer",
  "according",
  "colon",
  "continuation",
  "hasSpeaker",
  "speakerPronoun",
  "namingBefore",
  "labelBefore",
  "titleNounBefore",
  "determinerBefore",
  "logWords",
  "oneWord",
  "endsWithStop",
  "startsUpper",
  "personalWords",
  "clauseWords",
  "paragraphStart",
  "sentenceStart",
  "parenthesisAfter",
  "unclosed",
  "single",
  "dash",
  "capitalisedShare",
  "digits",
  "viaContinuation",
  "viaSubject",
  "speakerDeterminer",
  "speakerBare",
  "speakerOutside",
  "reported",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** What the reader knows beyond the quote itself: whether the quote before it in the text had a speaker. */
export interface Surroundings {
  continuation: boolean;
  /** The sentence is reported speech by its verbs' mood (German `sei`, `habe`). */
  reported?: boolean;
}

/** The feature vector of one quote, in FEATURE_NAMES order. */
export function quoteFeatures(
  body: string,
  q: LocalQuote,
  ctx: QuoteContext,
  reading: Reading,
  around: Surroundings,
  rules: LanguageRules,
): number[] {
  const inner = wordsIn(body, q.inner.start, q.inner.end);
  const before = wordsIn(body, Math.max(ctx.clauseStart, q.open - 60), q.open).slice(-3);
  const last = before[before.length - 1];
  const lastChar = body.slice(q.inner.end - 1, q.inner.end);
  const speakerWords = reading.speaker ? wordsIn(body, reading.speaker.start, reading.speaker.end) : [];
  const capitalised = inner.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  const values: Record<FeatureName, number> = {
    bias: 1,
    cueBefore: reading.via === "before" ? 1 : 0,
    cueBeforeNear: reading.via === "before" && reading.cueDistance <= 3 ? 1 : 0,
    trailer: reading.via === "trailer" ? 1 : 0,
    according: reading.via === "according" ? 1 : 0,
    colon: reading.via === "colon" ? 1 : 0,
    continuation: reading.via === "none" && around.continuation ? 1 : 0,
    hasSpeaker: reading.speaker ? 1 : 0,
    speakerPronoun:
      reading.speaker &&
      rules.pronouns.has(body.slice(reading.speaker.start, reading.speaker.end).toLowerCase())
        ? 1
        : 0,
    namingBefore: last && rules.namingWords.has(last.lower) ? 1 : 0,
    labelBefore: before.some((w) => rules.labelWords.has(w.lower)) ? 1 : 0,
    titleNounBefore: before.some((w) => rules.titleNouns.has(w.lower)) ? 1 : 0,
    determinerBefore:
      last &&
      q.open - last.end <= 2 &&
      (rules.determiners.has(last.lower) || rules.prepositions.has(last.lower))
        ? 1
        : 0,
    logWords: Math.log1p(inner.length),
    oneWord: inner.length <= 1 ? 1 : 0,
    endsWithStop: /[.!?…]/.test(lastChar) ? 1 : 0,
    startsUpper: /^\p{Lu}/u.test(inner[0]?.text ?? "") ? 1 : 0,
    personalWords: inner.some((w) => rules.personalWords.has(w.lower)) ? 1 : 0,
    clauseWords: inner.some((w) => rules.clauseWords.has(w.lower)) ? 1 : 0,
    paragraphStart: q.open === q.paragraph.start ? 1 : 0,
    sentenceStart: q.open === ctx.sentence.start ? 1 : 0,
    parenthesisAfter: /^\s*\(/.test(body.slice(q.close, q.close + 3)) ? 1 : 0,
    unclosed: q.unclosed ? 1 : 0,
    single: q.kind === "single" ? 1 : 0,
    dash: q.kind === "dash" ? 1 : 0,
    capitalisedShare: inner.length === 0 ? 0 : capitalised / inner.length,
    digits: /^[\d\s.,:%/-]*$/.test(body.slice(q.inner.start, q.inner.end)) ? 1 : 0,
    viaContinuation: reading.via === "continuation" ? 1 : 0,
    viaSubject: reading.via === "subject" ? 1 : 0,
    speakerDeterminer: speakerWords[0] && rules.determiners.has(speakerWords[0].lower) ? 1 : 0,
    speakerBare:
      speakerWords[0] &&
      !rules.determiners.has(speakerWords[0].lower) &&
      !rules.pronouns.has(speakerWords[0].lower)
        ? 1
        : 0,
    speakerOutside:
      reading.speaker &&
      (reading.speaker.end <= ctx.sentence.start || reading.speaker.start >= ctx.sentence.end)
        ? 1
        : 0,
    reported: around.reported ? 1 : 0,
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
