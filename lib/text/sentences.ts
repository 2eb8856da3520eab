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
]);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function endsWithAbbreviation(sentence: string): boolean {
  const m = /([\p{L}.]+)\.\s*$/u.exec(sentence);
  if (!m?.[1]) return false;
  const word = m[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/**
 * Sentences of a text with offsets, never crossing a paragraph break. ICU's segmenter does the work; we only
 * re-join splits after common abbreviations and initials ("Dr. Varga", "J. Smith"), which it breaks on.
 */
export function sentenceSpans(text: string): TextSpan[] {
  const result: TextSpan[] = [];
  for (const paragraph of paragraphSpans(text)) {
    let pending: TextSpan | null = null;
    for (const seg of segmenter.segment(paragraph.text)) {
      const raw = seg.segment;
      const trimmed = raw.trim();
      if (trimmed === "") continue;
      const start = paragraph.start + seg.index + raw.indexOf(trimmed);
      const span: TextSpan = { text: trimmed, start, end: start + trimmed.length };
      if (pending && endsWithAbbreviation(pending.text)) {
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
