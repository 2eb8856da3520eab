import { foldForComparison, wordSpans } from "../text";
import { isDateLine } from "./dates";
import {
  ADVERT,
  CAPTION_LABEL,
  CAPTION_TAIL,
  COMMENTS_MARKER,
  COPYRIGHT,
  CREDIT_LINE,
  END_MARKER,
  END_MARKER_LABEL,
  POINTER,
  PROMPT_LABEL,
  PROMPT_LINE,
  READER_CALL,
  READER_CALL_TOPIC,
  SHORTCODE,
  SITE_NOTICE,
  TIMESTAMP_LINE,
} from "./patterns";

/**
 * What one line (or paragraph) of page text is. The body finder scores lines by kind; the cleaner drops the
 * furniture kinds. Only short lines can be furniture: a long paragraph that happens to start with "Share" or
 * "Related" is prose.
 */
export type LineKind =
  | "prose" // reads like a paragraph of the article
  | "short" // headline, sub-heading, label, list item: neither prose nor known furniture
  | "advert" // "Advert", "Advertisement", "Story continues below"
  | "end-marker" // starts the page's trailer: "Topics:", "Related articles", "More from X", "Load more"
  | "prompt" // share, follow, newsletter and subscription prompts; "Read more: …" teasers
  | "caption" // image captions and credits
  | "byline" // "By Jane Doe"
  | "date" // a line that is only a date
  | "card-meta"; // the author and date lines of a teaser card or a reader comment (set from context)

/** Kinds that are never part of the article text. */
export const FURNITURE_KINDS: ReadonlySet<LineKind> = new Set([
  "advert",
  "end-marker",
  "prompt",
  "caption",
  "byline",
  "date",
  "card-meta",
]);

const MAX_KEY_CHARS = 2_000;
/** Enough of a long paragraph to count its words and capitals. */
const MAX_PROSE_SAMPLE_CHARS = 3_000;
const MAX_MARKER_CHARS = 60;
const MAX_BYLINE_CHARS = 300;
const MAX_PROMPT_CHARS = 220;
const MAX_CAPTION_CHARS = 400;

/**
 * The line folded for matching: lower case, straight quotes, no surrounding punctuation or symbols. Only the
 * start of a long paragraph counts: two paragraphs that share their first 2,000 characters are the same one.
 */
export function lineKey(line: string): string {
  return foldForComparison(line.slice(0, MAX_KEY_CHARS))
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .trim();
}

const MAX_TIMESTAMP_CHARS = 100;
const MAX_NOTICE_CHARS = 320;

/** "By Jane Doe", "By Jane Doe and John Roe, BBC News", "Posted by admin": a name line, not a sentence. */
const BYLINE = /^(?:(?:written|posted|reported|words|story|text) )?by:?\s+(\S.{0,118})$/i;
/** "Von Jana Köhler", "Par Claire Dubois", "Por Ana Ruiz", "Door Eva de Vries": a name must follow, capitalised. */
const FOREIGN_BYLINE = /^(?:[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|DOOR):?\s+(\p{Lu}.{0,118})$/u;

/** Sentence-ending punctuation, allowing closing quotes and brackets after it. */
const TERMINAL = /[.!?…。！？]["'”’»)\]]*$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A name-like byline remainder: mostly capitalised words, no sentence punctuation. */
function looksLikeNames(rest: string): boolean {
  const cut = rest.split(/\s[|–—•·]\s|,\s(?=\d)/)[0] ?? rest;
  if (/[.!?]["'”’]?$/.test(cut.trim()) && !/\b\p{Lu}\.$/u.test(cut.trim())) return false;
  const wordsInName = wordSpans(cut).map((w) => w.text);
  if (wordsInName.length === 0 || wordsInName.length > 12) return false;
  const connectors = new Set([
    "and",
    "de",
    "van",
    "von",
    "der",
    "da",
    "di",
    "del",
    "la",
    "le",
    "in",
    "at",
    "for",
  ]);
  const capitalised = wordsInName.filter((w) => /^\p{Lu}/u.test(w) || /^\d/.test(w)).length;
  const lowercaseOther = wordsInName.filter(
    (w) => !/^\p{Lu}/u.test(w) && !connectors.has(w.toLowerCase()),
  ).length;
  return capitalised >= 1 && lowercaseOther <= 1;
}

/** " on Monday, November 18th, 2019 at 11:08 a.m.", " - 11/18/19 11:04 PM EST": a date after the names. */
const TRAILING_DATE =
  /\s*(?:,|\s[-–—|]|\s(?:on|at|published|updated|posted))\s+(?=(?:on\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)).*$/i;

/** A month name glued to the name before it ("Carrie ArnoldNovember 15, 2019"), as text extraction leaves it. */
const GLUED_MONTH =
  /(?<=\p{Ll})(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u;

/** "Associated Press November 19, 2019": a date written straight after the names. */
const SPACED_DATE = /\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*$/i;

/**
 * A byline reduced to its names: "by Jane Doe - 2019-04-12" → "Jane Doe", "By Carrie ArnoldNovember 15, 2019"
 * → "Carrie Arnold". Metadata and page text both go through it.
 */
export function cleanByline(value: string): string | null {
  const names = value
    .slice(0, MAX_BYLINE_CHARS)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^by:?\s+/i, "")
    .replace(/^(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]oor):?\s+(?=\p{Lu})/u, "")
    .replace(GLUED_MONTH, "")
    .replace(SPACED_DATE, "")
    .replace(TRAILING_DATE, "")
    .split(/\s[|–—•·]\s/)[0]
    ?.replace(/\s*(?:,\s*)?(?:on\s+)?(?:updated|published|posted)\b.*$/i, "")
    .replace(/\s+,/g, ",")
    .replace(/[\s,;:|–—-]+$/, "")
    .trim();
  return names ? names : null;
}

export function parseBylineLine(line: string): string | null {
  if (line.length > 120) return null;
  const rest = BYLINE.exec(line.trim())?.[1] ?? FOREIGN_BYLINE.exec(line.trim())?.[1];
  if (!rest) return null;
  const names = cleanByline(rest);
  return names && looksLikeNames(names) ? names : null;
}

/** Word count, letters per word and the like: enough to tell a paragraph from a label. */
export function looksLikeProse(line: string): boolean {
  const text = line.trim();
  const sample = text.slice(0, MAX_PROSE_SAMPLE_CHARS);
  if (CJK.test(sample)) return text.length >= 30 && (TERMINAL.test(text) || text.length >= 120);
  const words = wordSpans(sample);
  if (words.length >= 30) return true;
  if (words.length < 7 || !TERMINAL.test(text)) return false;
  // A run of Title Case Words ending in "!" or "?" is a headline, not a sentence.
  const lettersOnly = words.filter((w) => /^\p{L}/u.test(w.text));
  const capitalised = lettersOnly.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return capitalised <= lettersOnly.length * 0.6;
}

/**
 * Whole-line patterns (an advert marker, "Topics:") match the line without its surrounding punctuation, so
 * "— Advertisement —" is an advert. Patterns for how a line starts ("Read more: …", "Sign up …") match the line
 * as written, so a quotation that starts with "Get" or "Read" is never mistaken for a prompt.
 */
export function classifyLine(line: string): LineKind {
  const text = line.trim();
  // Every furniture pattern is for short lines; a long paragraph is only ever prose or not.
  if (text.length > MAX_CAPTION_CHARS) return looksLikeProse(text) ? "prose" : "short";
  const key = lineKey(text);
  const folded = foldForComparison(text);
  if (text.length <= MAX_MARKER_CHARS) {
    if (ADVERT.test(key)) return "advert";
    if (END_MARKER.test(key) || COMMENTS_MARKER.test(key)) return "end-marker";
  }
  if (text.length <= MAX_PROMPT_CHARS) {
    if (END_MARKER_LABEL.test(folded)) return "end-marker";
    if (PROMPT_LINE.test(key) || PROMPT_LABEL.test(folded)) return "prompt";
    if (CAPTION_LABEL.test(folded)) return "caption";
    if (READER_CALL.test(folded) && READER_CALL_TOPIC.test(folded)) return "prompt";
    if (POINTER.test(folded) || COPYRIGHT.test(folded) || SHORTCODE.test(folded)) return "prompt";
    if (CREDIT_LINE.test(folded) || parseBylineLine(text)) return "byline";
    if (isDateLine(text)) return "date";
  }
  if (text.length <= MAX_TIMESTAMP_CHARS && TIMESTAMP_LINE.test(folded)) return "date";
  if (text.length <= MAX_NOTICE_CHARS && SITE_NOTICE.test(folded)) return "prompt";
  if (text.length <= MAX_CAPTION_CHARS && CAPTION_TAIL.test(folded)) return "caption";
  return looksLikeProse(text) ? "prose" : "short";
}
