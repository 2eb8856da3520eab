/**
 * The search box's syntax, parsed once in TypeScript and rendered for each database, so that no user input can
 * break FTS5's MATCH grammar or Postgres's tsquery and both databases answer the same question.
 *
 * Accepted: words (all must occur), "quoted phrases", `-word` or `-"phrase"` to exclude, and `OR` (upper case)
 * between two terms. Everything else (`*`, `NEAR(`, `:`, `^`, parentheses, stray quotes) is text, never syntax:
 * for FTS5 only runs of letters, digits and combining marks are kept, each phrase inside double quotes; for
 * Postgres each phrase goes inside double quotes with quotes and operator characters blanked, and
 * websearch_to_tsquery never raises a syntax error.
 */

/**
 * A phrase as each engine needs it: `words` for FTS5 (split as its unicode61 tokenizer splits text), `text` for
 * Postgres (the typed text, so its own parser splits "1.1" or "U.S." exactly as it did when indexing).
 */
export interface SearchPhrase {
  words: string[];
  text: string;
}

export interface SearchTerm {
  /** Alternatives (joined by OR). */
  phrases: SearchPhrase[];
  negated: boolean;
}

export interface ParsedSearch {
  terms: SearchTerm[];
}

export interface SearchSyntaxLimits {
  /** Characters of input read; the rest is ignored. */
  maxInputChars: number;
  /** Terms kept (positive and negated); the rest are dropped. */
  maxTerms: number;
  maxWordsPerPhrase: number;
  /** Longer "words" (hashes, run-together junk) are dropped: Postgres would not index them anyway. */
  maxWordChars: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchSyntaxLimits = {
  maxInputChars: 500,
  maxTerms: 12,
  maxWordsPerPhrase: 12,
  maxWordChars: 64,
};

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

type Token = { kind: "or" } | { kind: "phrase"; phrase: SearchPhrase; negated: boolean };

/** Characters Postgres's websearch syntax or parser could read as more than text: replaced by spaces. */
const PG_SPECIAL = /["\\()*:&|!<>^~\u0000-\u001f\u007f]/gu;

/** The phrase in `text`, at most maxWordsPerPhrase words of at most maxWordChars; null when it has no word. */
function phraseOf(raw: string, limits: SearchSyntaxLimits): SearchPhrase | null {
  const text = raw.normalize("NFC").toLowerCase();
  const words: string[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    if (words.length === limits.maxWordsPerPhrase) break;
    end = (match.index ?? 0) + match[0].length;
    if (match[0].length <= limits.maxWordChars) words.push(match[0]);
  }
  if (words.length === 0) return null;
  const pgText = text.slice(0, end).replace(PG_SPECIAL, " ").replace(/\s+/g, " ").trim();
  return { words, text: pgText.replace(/^-+/, "") };
}

function tokenize(input: string, limits: SearchSyntaxLimits): Token[] {
  const text = input.slice(0, limits.maxInputChars);
  const tokens: Token[] = [];
  // A quoted phrase (closed or running to the end), or a bare chunk up to the next space or quote.
  const pattern = /(-?)"([^"]*)"?|(\S+?)(?=\s|"|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const [, dash, quoted, bare] = match;
    if (quoted !== undefined) {
      const phrase = phraseOf(quoted, limits);
      if (phrase) tokens.push({ kind: "phrase", phrase, negated: dash === "-" });
      continue;
    }
    if (bare === undefined) continue;
    if (bare === "OR") {
      tokens.push({ kind: "or" });
      continue;
    }
    // A bare chunk like "U.S.-led" is one phrase: both engines index its words next to each other.
    const phrase = phraseOf(bare, limits);
    if (phrase) tokens.push({ kind: "phrase", phrase, negated: bare.startsWith("-") });
  }
  return tokens;
}

/** Parses search-box input into AND-ed terms; input with no usable word gives no terms. Never throws. */
export function parseSearch(input: string, limits: SearchSyntaxLimits = DEFAULT_SEARCH_LIMITS): ParsedSearch {
  const terms: SearchTerm[] = [];
  let joinNext = false;
  for (const token of tokenize(input, limits)) {
    if (token.kind === "or") {
      const last = terms[terms.length - 1];
      joinNext = last !== undefined && !last.negated;
      continue;
    }
    const last = terms[terms.length - 1];
    if (joinNext && last && !token.negated) last.phrases.push(token.phrase);
    else terms.push({ phrases: [token.phrase], negated: token.negated });
    joinNext = false;
  }
  const seen = new Set<string>();
  const unique = terms.filter((term) => {
    const key = JSON.stringify(term);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { terms: unique.slice(0, limits.maxTerms) };
}

/** A search matches something only if it has a positive term: "-word" alone would mean "everything but". */
export function isSearchable(parsed: ParsedSearch): boolean {
  return parsed.terms.some((term) => !term.negated);
}

const ftsPhrase = (phrase: SearchPhrase) => `"${phrase.words.join(" ")}"`;
const pgPhrase = (phrase: SearchPhrase) => `"${phrase.text}"`;

function alternatives(term: SearchTerm): string {
  const parts = term.phrases.map(ftsPhrase);
  return parts.length === 1 ? (parts[0] ?? "") : `(${parts.join(" OR ")})`;
}

/** The FTS5 MATCH expression, or null when the search has no positive term. */
export function toFts5Match(parsed: ParsedSearch): string | null {
  if (!isSearchable(parsed)) return null;
  const positive = parsed.terms.filter((t) => !t.negated).map(alternatives);
  let expression = positive.length === 1 ? (positive[0] ?? "") : `(${positive.join(" AND ")})`;
  for (const term of parsed.terms.filter((t) => t.negated))
    expression = `(${expression} NOT ${alternatives(term)})`;
  return expression;
}

/** The input for Postgres's websearch_to_tsquery (which never raises a syntax error), or null. */
export function toWebsearch(parsed: ParsedSearch): string | null {
  if (!isSearchable(parsed)) return null;
  const positive = parsed.terms.filter((t) => !t.negated);
  const negative = parsed.terms.filter((t) => t.negated);
  return [
    ...positive.map((t) => t.phrases.map(pgPhrase).join(" OR ")),
    ...negative.map((t) => t.phrases.map((p) => `-${pgPhrase(p)}`).join(" ")),
  ].join(" ");
}
