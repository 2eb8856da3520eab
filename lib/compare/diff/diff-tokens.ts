import { wordSpans } from "../../text";

/**
 * Splits a text into diff tokens: words (as lib/text defines them), runs of whitespace, and single other
 * characters (punctuation, symbols). Concatenating the tokens gives the text back exactly.
 */
export function diffTokens(text: string): string[] {
  const tokens: string[] = [];
  let cursor = 0;
  for (const word of wordSpans(text)) {
    pushGapTokens(text.slice(cursor, word.start), tokens);
    tokens.push(word.text);
    cursor = word.end;
  }
  pushGapTokens(text.slice(cursor), tokens);
  return tokens;
}

const WHITESPACE_RUN = /\s+|[^\s]/gu;

function pushGapTokens(gap: string, tokens: string[]): void {
  if (gap === "") return;
  // Whitespace runs stay whole so "a  b" vs "a b" is one change; other characters go one by one (by code point,
  // so an emoji or astral letter is never split into surrogate halves).
  for (const m of gap.matchAll(WHITESPACE_RUN)) tokens.push(m[0]);
}

/** True for text that is only whitespace and punctuation: it carries no wording of its own. */
export function isNoiseToken(text: string): boolean {
  return /^[\s\p{P}]+$/u.test(text);
}

/** Code points usable as token stand-ins: 1..0xD7FF and 0xE000..0xFFFF (surrogates would break strings). */
export const MAX_DISTINCT_TOKENS = 0xd7ff + (0xffff - 0xe000 + 1);
