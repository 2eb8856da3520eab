import { paragraphSpans, type TextSpan } from "./spans";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "approx",
  "dept",
  "est",
  "fig",
  "mt",
  "ft",
  // US states as news abbreviates them ("Sen. Mark Kelly, D-Ariz."); only those that are not also words.
  ...[
    "ala",
    "ariz",
    "ark",
    "calif",
    "colo",
    "conn",
    "fla",
    "kan",
    "kans",
    "ky",
    "md",
    "mich",
    "minn",
    "mont",
  ],
  ...[
    "neb",
    "nev",
    "okla",
    "penn",
    "tenn",
    "tex",
    "vt",
    "wis",
    "wyo",
    "n.h",
    "n.j",
    "n.m",
    "n.y",
    "s.c",
    "r.i",
  ],
]);

/**
 * AP-style state abbreviations that are also words ("Mass.", "Wash.", "Ill."): written with a capital, they end no
 * sentence when the next one starts in lower case or with a title ("for Mass. Sen. Ed Markey", "in Wash. state").
 */
const STATE_WORDS = new Set([
  "del",
  "ga",
  "ill",
  "ind",
  "la",
  "mass",
  "miss",
  "mo",
  "ore",
  "pa",
  "va",
  "wash",
  "w.va",
]);

/** A title written before a name: the sentence before it did not end at a state's abbreviation. */
const TITLE_START =
  /^(?:Sen|Sens|Rep|Reps|Gov|Lt|Atty|Gen|Mayor|Attorney|Democrat|Democratic|Republican|Secretary|Speaker|state|county)\b/u;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** "… for Mass." followed by "Sen. Ed Markey …" or "… state": the state word did not end the sentence. */
function endsWithStateWord(sentence: string, next: string): boolean {
  const m = /(?<![\p{L}.])(\p{Lu}[\p{L}.]*)\.\s*$/u.exec(sentence);
  if (!m?.[1] || !STATE_WORDS.has(m[1].toLowerCase())) return false;
  return /^\p{Ll}/u.test(next) || TITLE_START.test(next);
}

function endsWithAbbreviation(sentence: string): boolean {
  // The lookbehind makes the word start where a run of letters does: without it every position inside a long run
  // is tried and backtracked, quadratic in a 16,000-letter "sentence".
  const m = /(?<![\p{L}.])([\p{L}.]+)\.\s*$/u.exec(sentence);
  if (!m?.[1]) return false;
  const word = m[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/**
 * ICU's segmenter, as V8 runs it, slows down sharply on long strings: a paragraph of 140,000 characters took 20 s
 * and one of 200,000 took 40 s, where 100,000 took half a second. So a paragraph is segmented in windows of at
 * most this many characters.
 */
const MAX_WINDOW_CHARS = 16_384;

/**
 * The sentence segments of a paragraph, `index` relative to it, segmented a window at a time. A window's last
 * segment may be cut short by the window's end, so the next window starts again at that segment: every boundary
 * is one ICU finds with the sentence around it in view. A single sentence longer than a window is cut at its
 * last space (or at the window's end when it has none), the only boundaries ICU did not choose.
 */
export function* segmentsOf(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (text.length - from > MAX_WINDOW_CHARS) {
    const window = text.slice(from, from + MAX_WINDOW_CHARS);
    let last: Intl.SegmentData | null = null;
    for (const seg of segmenter.segment(window)) {
      if (last) yield { segment: last.segment, index: from + last.index };
      last = seg;
    }
    const lastStart = last?.index ?? 0;
    if (lastStart > 0) {
      from += lastStart;
      continue;
    }
    const cut = longSentenceCut(window);
    yield { segment: window.slice(0, cut), index: from };
    from += cut;
  }
  for (const seg of segmenter.segment(text.slice(from)))
    yield { segment: seg.segment, index: from + seg.index };
}

/** Where a window holding one unfinished sentence is cut: after its last space, never inside a surrogate pair. */
function longSentenceCut(window: string): number {
  const space = window.search(/\s\S*$/);
  if (space > window.length / 2) return space + 1;
  const end = window.length;
  const code = window.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/**
 * Sentences of a text with offsets, never crossing a paragraph break. ICU's segmenter does the work; we only
 * re-join splits after common abbreviations and initials ("Dr. Varga", "J. Smith"), which it breaks on.
 */
export function sentenceSpans(text: string): TextSpan[] {
  const result: TextSpan[] = [];
  for (const paragraph of paragraphSpans(text)) {
    let pending: TextSpan | null = null;
    for (const seg of segmentsOf(paragraph.text)) {
      const raw = seg.segment;
      const trimmed = raw.trim();
      if (trimmed === "") continue;
      const start = paragraph.start + seg.index + raw.indexOf(trimmed);
      const span: TextSpan = { text: trimmed, start, end: start + trimmed.length };
      if (pending && (endsWithAbbreviation(pending.text) || endsWithStateWord(pending.text, trimmed))) {
        pending = { text: text.slice(pending.start, span.end), start: pending.start, end: span.end };
      } else {
        if (pending) result.push(pending);
        pending = span;
      }
    }
    if (pending) result.push(pending);
  }
  return result;
}
