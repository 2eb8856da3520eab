import type { CharRange } from "../types";
import { firstOpeningIn, strictlyInside } from "./span-index";

/** A quoted stretch of a paragraph: the marks, and the words between them. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark, or the paragraph end when the quote runs on unclosed. */
  close: number;
  /** The words between the marks, trimmed of spaces. */
  inner: CharRange;
  style: "double" | "single";
  /** True when the paragraph ends before a closing mark (a quote that continues in the next paragraph). */
  unclosed: boolean;
  paragraph: CharRange;
}

type Role = "open" | "close" | "either" | "none";

interface Mark {
  index: number;
  role: Role;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DOUBLE_MARKS = new Set(['"', "“", "”", "„", "«", "»"]);
const SINGLE_MARKS = new Set(["'", "‘", "’", "‚"]);
// Words that start with an elided letter: 'em, ’til, ’90s. An apostrophe there opens nothing.
const LEADING_ELISION = /^(?:em|til|cause|n|tis|twas|\d0s|\d\d)\b/i;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Whether a double mark can open or close here, from its glyph first and its neighbours second. */
function doubleRole(text: string, i: number): Role {
  const ch = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  // Sloppy typography sometimes closes with a left mark: `“It's unusual,“ said Noble`.
  if (
    ch === "“" &&
    /[\p{L}\p{N},.!?…]/u.test(before ?? "") &&
    (isSpaceOrEdge(after) || /[.,;:!?)]/.test(after ?? ""))
  )
    return "close";
  if (ch === "“" || ch === "„" || ch === "«") return "open";
  if (ch === "”" || ch === "»") {
    // Sloppy typography sometimes opens with a right mark: ` ”like women`.
    return isSpaceOrEdge(before) && isWordChar(after) ? "either" : "close";
  }
  const leftOpen = isSpaceOrEdge(before) || /[(\[{—–-]/.test(before ?? "");
  const rightClose = isSpaceOrEdge(after) || /[.,;:!?)\]}—–-]/.test(after ?? "");
  if (leftOpen && !rightClose) return "open";
  if (rightClose && !leftOpen) return "close";
  return "either";
}

/** Single marks are mostly apostrophes; only a mark at a word's edge, facing away from it, can be a quote. */
function singleRole(text: string, i: number): Role {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isWordChar(before) && isWordChar(after)) return "none"; // it's, Peskov's
  const opensHere =
    (isSpaceOrEdge(before) || /[(\[{"“—–-]/.test(before ?? "")) && /[\p{L}\p{N}.$£€]/u.test(after ?? "");
  if (opensHere) return LEADING_ELISION.test(text.slice(i + 1, i + 6)) ? "none" : "open";
  const closesHere =
    /[\p{L}\p{N}.,!?…)]/u.test(before ?? "") &&
    (isSpaceOrEdge(after) || /[.,;:!?)\]"”—–-]/.test(after ?? ""));
  return closesHere ? "close" : "none";
}

function trimmedRange(text: string, start: number, end: number, offset: number): CharRange {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e -= 1;
  return { start: offset + s, end: offset + e };
}

function marksOf(text: string, kinds: Set<string>, roleOf: (text: string, i: number) => Role): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (!kinds.has(text[i] ?? "")) continue;
    const role = roleOf(text, i);
    if (role !== "none") marks.push({ index: i, role });
  }
  return marks;
}

/**
 * Double-quoted spans of one paragraph. Marks pair left to right: an opener takes the next mark that can close.
 * An opener left without a closer runs to the paragraph's end: the convention for a quote continued below.
 */
function doubleSpans(text: string, paragraph: CharRange): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const marks = marksOf(text, DOUBLE_MARKS, doubleRole);
  let openAt: number | null = null;
  // The glyph closing a quote nested in the open one, when the two differ in style: `"… “Equal Justice” …"`.
  let nestedClose: string | null = null;
  for (const mark of marks) {
    if (openAt === null) {
      if (mark.role !== "close") openAt = mark.index;
      continue;
    }
    const glyph = text[mark.index];
    if (nestedClose !== null) {
      if (glyph === nestedClose && mark.role !== "open") nestedClose = null;
      continue;
    }
    if (mark.role === "open") {
      const outer = text[openAt];
      if (outer === '"' && glyph === "“") nestedClose = "”";
      else if (outer === "“" && glyph === '"') nestedClose = '"';
      // A second opener of the same style before any closer: the first quote was left open; keep the later one.
      else openAt = mark.index;
      continue;
    }
    const inner = trimmedRange(text, openAt + 1, mark.index, paragraph.start);
    if (inner.end > inner.start) {
      spans.push({
        open: paragraph.start + openAt,
        close: paragraph.start + mark.index + 1,
        inner,
        style: "double",
        unclosed: false,
        paragraph,
      });
    }
    openAt = null;
  }
  if (openAt !== null) {
    const inner = trimmedRange(text, openAt + 1, text.length, paragraph.start);
    if (inner.end - inner.start > 1) {
      spans.push({
        open: paragraph.start + openAt,
        close: paragraph.end,
        inner,
        style: "double",
        unclosed: true,
        paragraph,
      });
    }
  }
  return spans;
}

/**
 * Single-quoted spans outside double quotes (inside them a single pair is a quote within the quote). An opener
 * pairs with the nearest closer; an opener with none is an apostrophe after all.
 */
function singleSpans(text: string, paragraph: CharRange, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const marks = marksOf(text, SINGLE_MARKS, singleRole).filter(
    (m) => !strictlyInside(doubles, paragraph.start + m.index),
  );
  let openAt: number | null = null;
  for (const mark of marks) {
    if (mark.role === "open") {
      openAt = mark.index;
      continue;
    }
    if (openAt === null) continue;
    const from = paragraph.start + openAt;
    const crossesDouble = firstOpeningIn(doubles, from + 1, paragraph.start + mark.index) !== undefined;
    const inner = trimmedRange(text, openAt + 1, mark.index, paragraph.start);
    if (!crossesDouble && inner.end > inner.start) {
      spans.push({
        open: paragraph.start + openAt,
        close: paragraph.start + mark.index + 1,
        inner,
        style: "single",
        unclosed: false,
        paragraph,
      });
    }
    openAt = null;
  }
  return spans;
}

/** Paragraphs of a normalised body: runs of text between blank lines (a single newline also breaks). */
export function paragraphRanges(body: string): CharRange[] {
  const ranges: CharRange[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const range = trimmedRange(m[0], 0, m[0].length, m.index);
    if (range.end > range.start) ranges.push(range);
  }
  return ranges;
}

/**
 * Every quoted span of the body in order of their opening marks. A text quotes in one style: where double marks
 * quote at least as often as single ones, single-quoted stretches are scare quotes, headline quotes or nested
 * quotes, not quotations of their own ('legitimate' targets).
 */
export function findQuoteSpans(body: string): QuoteSpan[] {
  const doubles: QuoteSpan[] = [];
  const singles: QuoteSpan[] = [];
  for (const paragraph of paragraphRanges(body)) {
    const text = body.slice(paragraph.start, paragraph.end);
    const paragraphDoubles = doubleSpans(text, paragraph);
    // One at a time: spreading a paragraph of 200,000 spans into push() overflows the call stack.
    for (const span of paragraphDoubles) doubles.push(span);
    for (const span of singleSpans(text, paragraph, paragraphDoubles)) singles.push(span);
  }
  const spans = doubles.length > 0 && doubles.length >= singles.length ? doubles : [...doubles, ...singles];
  return spans.sort((a, b) => a.open - b.open);
}
