/**
 * The search box's syntax, parsed once in TypeScript and rendered for each database, so that no user input can
 * break FTS5's MATCH grammar or Postgres's tsquery and both databases answer the same question.
 *
 * Accepted: words (all must occur), "quoted phrases", `-word` or `-"phrase"` to exclude, and `OR` (upper case)
 * between two terms. Everything else (`*`, `NEAR(`, `:`, `^`, parentheses, stray quotes) is a separator. Words
 * are runs of letters, digits and combining marks, lower-cased; they never contain a character either engine
 * treats as syntax, and every word is emitted inside double quotes.
 */

export interface SearchTerm {
  /** Alternatives (joined by OR); each is a phrase of one or more words. */
  phrases: string[][];
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

type Token = { kind: "or" } | { kind: "phrase"; words: string[]; negated: boolean };

function wordsOf(text: string, limits: SearchSyntaxLimits): string[] {
  return (text.normalize("NFC").toLowerCase().match(WORD) ?? [])
    .filter((word) => word.length <= limits.maxWordChars)
    .slice(0, limits.maxWordsPerPhrase);
}

function tokenize(input: string, limits: SearchSyntaxLimits): Token[] {
  const text = input.slice(0, limits.maxInputChars);
  const tokens: Token[] = [];
  // A quoted phrase (closed or running to the end), or a bare chunk up to the next space or quote.
  const pattern = /(-?)"([^"]*)"?|(\S+?)(?=\s|"|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const [, dash, quoted, bare] = match;
    if (quoted !== undefined) {
      const words = wordsOf(quoted, limits);
      if (words.length > 0) tokens.push({ kind: "phrase", words, negated: dash === "-" });
      continue;
    }
    if (bare === undefined) continue;
    if (bare === "OR") {
      tokens.push({ kind: "or" });
      continue;
    }
    const negated = bare.startsWith("-");
    // A bare chunk like "U.S.-led" holds several words: each is its own term, as both engines would split it.
    for (const word of wordsOf(bare, limits)) tokens.push({ kind: "phrase", words: [word], negated });
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
    if (joinNext && last && !token.negated) last.phrases.push(token.words);
    else terms.push({ phrases: [token.words], negated: token.negated });
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

const quoted = (words: string[]) => `"${words.join(" ")}"`;

function alternatives(term: SearchTerm): string {
  const parts = term.phrases.map(quoted);
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
    ...positive.map((t) => t.phrases.map(quoted).join(" OR ")),
    ...negative.map((t) => t.phrases.map((p) => `-${quoted(p)}`).join(" ")),
  ].join(" ");
}
