import type { Quotation } from "../../domain";
import { foldForComparison, words } from "../../text";
import { classifyWordLists } from "./variant";
import { comparisonWords, contentStems, isContentWord, stemOverlap } from "../wording";

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
  /** Its runs of words that vouch for one utterance when another quote shares one (see sharedRuns). */
  runs: ReadonlySet<string>;
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
    runs: sharedRuns(comparison),
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

/**
 * Words in a row two renderings must share to be one utterance: four holding two content words, or five holding
 * one. Two sentences of one letter or speech share a speaker, a topic and many content words ("executive
 * agreement", "build the wall") but seldom such a run; a translation or a trimmed rendering of one sentence nearly
 * always does.
 */
const SHARED_RUNS: readonly { words: number; contentWords: number }[] = [
  { words: 4, contentWords: 2 },
  { words: 5, contentWords: 1 },
];

/**
 * The runs (see SHARED_RUNS) of a quote's comparison words, so that a shared run of function words ("that it is
 * the") vouches for nothing. A quote shorter than a run has none: a scare quote or a label ("heartbeat", "white
 * power") never forms a group on its own. A contraction some texts print apart ("we ’ll") is joined to its word
 * first, so it reads as the same word printed whole ("we'll").
 */
export function sharedRuns(comparison: readonly string[]): Set<string> {
  const joined: string[] = [];
  for (const word of comparison) {
    const last = joined.length - 1;
    if (last >= 0 && CONTRACTION_TAIL.test(word)) joined[last] = `${joined[last]}'${word}`;
    else joined.push(word);
  }
  const content = joined.map(isContentWord);
  const runs = new Set<string>();
  for (const { words: length, contentWords } of SHARED_RUNS) {
    for (let i = 0; i + length <= joined.length; i += 1) {
      if (content.slice(i, i + length).filter(Boolean).length >= contentWords) {
        runs.add(joined.slice(i, i + length).join(" "));
      }
    }
  }
  return runs;
}

/** What is left of a contraction printed apart from its word once punctuation is dropped ("’ll" → "ll"). */
const CONTRACTION_TAIL = /^(?:s|ll|re|ve|d|m)$/;

function shareRun(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const run of small) if (large.has(run)) return true;
  return false;
}

/** Shortest fragment that counts as a truncation by itself; shorter ones ("legitimate targets") are too common. */
const MIN_TRUNCATION_WORDS = 4;
/** Content-word matches needed before overlap counts at all, so two short quotes never match on one noun. */
const MIN_SHARED_STEMS = 3;

/**
 * How likely two quotes render one utterance, in [0, 1]. Zero unless they share a run of words (see
 * SHARED_RUNS). Identical wording scores 1 and a long enough verbatim cut 0.95; otherwise overlap of
 * content-word stems, weighted to containment so a truncated or loosely translated rendering still matches while
 * two different sentences (few shared content words) do not.
 */
export function quoteSimilarity(a: PreparedQuote, b: PreparedQuote): number {
  if (!shareRun(a.runs, b.runs)) return 0;
  if (a.wording === b.wording) return 1;
  const overlap = stemOverlap(a.stems, b.stems);
  const smaller = Math.min(a.stems.size, b.stems.size);
  // A verbatim cut has all its content stems in the longer quote; only then is the costlier word check worth it.
  if (overlap.shared === smaller && Math.min(a.words.length, b.words.length) >= MIN_TRUNCATION_WORDS) {
    if (classifyWordLists(a.quote.text, a.words, b.quote.text, b.words) !== "reworded") return 0.95;
  }
  if (overlap.shared < MIN_SHARED_STEMS) return 0;
  return 0.6 * overlap.containment + 0.4 * overlap.dice;
}
