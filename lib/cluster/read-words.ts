import { termOf } from "./terms";

/** A text's words (exactly lib/text `words`) and their index terms (termsOfWords of them), read in one pass. */
export interface ReadWords {
  words: string[];
  /** Index terms in order, repeats kept, words without a term left out. */
  terms: string[];
}

/**
 * Words already read, in an open-addressing table keyed by a hash of their characters: a word of the text is
 * found without cutting it out of the text (no string made, none hashed by the engine), then compared in place
 * (startsWith). News reuses its vocabulary, so most words of an article are found, each with its term.
 * Memory bound: emptied when it reaches MAX_WORDS words.
 */
const MAX_WORDS = 50_000;
/** Slots: a power of two at least twice MAX_WORDS, so probes stay short. */
const SLOTS = 1 << 17;
const slots = new Int32Array(SLOTS);
const wordAt: string[] = [];
const termAt: (string | null)[] = [];

/** [\p{L}\p{N}] for code points past ASCII, remembered per BMP code unit (0 unknown, 1 yes, 2 no). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const bmpClass = new Uint8Array(0x10000);

/**
 * words(text) and termsOfWords of them, in one scan. Matches lib/text's WORD pattern,
 * [\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*, by hand: a run of letters and digits, continued across one
 * apostrophe, full stop or hyphen when a letter or digit follows it.
 */
export function readWords(text: string): ReadWords {
  const words: string[] = [];
  const terms: string[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const width = letterOrDigitWidth(text, i);
    if (width === 0) {
      i += codePointWidth(text, i);
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      while (i < length) {
        const w = letterOrDigitWidth(text, i);
        if (w === 0) break;
        i += w;
      }
      if (i + 1 >= length || !isJoiner(text.charCodeAt(i)) || letterOrDigitWidth(text, i + 1) === 0) break;
      i += 1;
    }
    const entry = entryOf(text, start, i);
    words.push(wordAt[entry] as string);
    const term = termAt[entry];
    if (term !== null && term !== undefined) terms.push(term);
  }
  return { words, terms };
}

/** The table entry of text[start, end), added when new. */
function entryOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  hash ^= hash >>> 15;
  const mask = SLOTS - 1;
  let slot = hash & mask;
  for (;;) {
    const stored = slots[slot] as number;
    if (stored === 0) break;
    const word = wordAt[stored - 1] as string;
    if (word.length === end - start && text.startsWith(word, start)) return stored - 1;
    slot = (slot + 1) & mask;
  }
  if (wordAt.length >= MAX_WORDS) {
    slots.fill(0);
    wordAt.length = 0;
    termAt.length = 0;
    slot = hash & mask;
  }
  // A long slice would keep the whole article alive (V8 slices share their parent): remember a copy.
  const word = end - start >= 13 ? ` ${text.slice(start, end)}`.slice(1) : text.slice(start, end);
  wordAt.push(word);
  termAt.push(termOf(word));
  slots[slot] = wordAt.length;
  return wordAt.length - 1;
}

/** ' ’ . - : they join two runs of letters and digits into one word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** Code units of the letter or digit at i (2 for one beyond the BMP), 0 when there is none. */
function letterOrDigitWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = bmpClass[c] as number;
  if (known === 0) bmpClass[c] = known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** 2 at a surrogate pair, else 1: the pattern's unicode mode steps over whole code points. */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}
