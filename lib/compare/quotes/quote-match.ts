import type { Quotation } from "../../domain";
import { foldForComparison, words } from "../../text";
import { classifyWordLists } from "./variant";
import { comparisonWords, contentStems, stemOverlap } from "../wording";

/** A quotation as it appears in one article. Offsets point into that article's stored text. */
export interface QuoteInput extends Pick<Quotation, "text" | "start" | "end" | "speaker"> {
  id: string;
  articleId: string;
  outlet: string;
  publishedAt: string | null;
  /** The quote's language (ISO 639-1) when known: quotes in two different languages are never variants. */
  language?: string | null;
}

/** A quote with what matching needs computed once. */
export interface PreparedQuote {
  quote: QuoteInput;
  /** Position in the canonical order (publication, article, offset, id): "first appearance". */
  order: number;
  /** Comparison words (see comparisonWords) and their space-joined key. */
  words: readonly string[];
  wording: string;
  stems: ReadonlySet<string>;
  speakerKey: string | null;
}

export function prepareQuote(quote: QuoteInput, order: number): PreparedQuote {
  const comparison = comparisonWords(quote.text);
  return {
    quote,
    order,
    words: comparison,
    wording: comparison.join(" "),
    stems: new Set(contentStems(quote.text)),
    speakerKey: speakerKey(quote.speaker),
  };
}

/**
 * Speakers are compared by their last name word: "Putin", "Vladimir Putin" and "President Putin" are one
 * speaker. A possessive or a trailing title word ("Jr.") is not a name, so it is dropped first.
 */
export function speakerKey(speaker: string | null): string | null {
  if (speaker === null) return null;
  const nameWords = words(foldForComparison(speaker))
    .map((w) => w.replace(/'s?$/, ""))
    .filter((w) => !/^(jr|sr|ii|iii|iv)$/.test(w) && w !== "");
  return nameWords[nameWords.length - 1] ?? null;
}

/** Shortest fragment that counts as a truncation by itself; shorter ones ("legitimate targets") are too common. */
const MIN_TRUNCATION_WORDS = 4;
/** Content-word matches needed before overlap counts at all, so two short quotes never match on one noun. */
const MIN_SHARED_STEMS = 3;

/**
 * How likely two quotes render one utterance, in [0, 1]. Identical wording scores 1 and a long enough verbatim
 * cut 0.95; otherwise overlap of content-word stems, weighted to containment so a truncated or loosely
 * translated rendering still matches while two different sentences (few shared content words) do not.
 */
export function quoteSimilarity(a: PreparedQuote, b: PreparedQuote): number {
  if (a.wording === b.wording) return a.words.length > 0 ? 1 : 0;
  const overlap = stemOverlap(a.stems, b.stems);
  const smaller = Math.min(a.stems.size, b.stems.size);
  // A verbatim cut has all its content stems in the longer quote; only then is the costlier word check worth it.
  if (overlap.shared === smaller && Math.min(a.words.length, b.words.length) >= MIN_TRUNCATION_WORDS) {
    if (classifyWordLists(a.quote.text, a.words, b.quote.text, b.words) !== "reworded") return 0.95;
  }
  if (overlap.shared < MIN_SHARED_STEMS) return 0;
  return 0.6 * overlap.containment + 0.4 * overlap.dice;
}
