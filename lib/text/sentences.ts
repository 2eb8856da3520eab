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

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function endsWithAbbreviation(sentence: string): boolean {
  const m = /([\p{L}.]+)\.\s*$/u.exec(sentence);
  if (!m?.[1]) return false;
  const word = m[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/** Characters the segmenter is given at once: its iteration slows more than linearly on long strings. */
const SEGMENT_CHUNK = 2_000;

/**
 * A paragraph in pieces of at most SEGMENT_CHUNK characters (more only when no space allows a cut), each cut
 * after a sentence end and its space where the piece has one, else at its last space. A cut inside a sentence
 * splits that sentence, which happens only in text with no sentence end for 2,000 characters.
 */
function segmenterChunks(paragraph: TextSpan): TextSpan[] {
  const chunks: TextSpan[] = [];
  const text = paragraph.text;
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > SEGMENT_CHUNK) {
      const window = text.slice(start, start + SEGMENT_CHUNK);
      let cut = 0;
      for (const m of window.matchAll(/[.!?]["”’)\]]*\s+/g)) cut = m.index + m[0].length;
      if (cut === 0) cut = window.lastIndexOf(" ") + 1;
      end = cut > 0 ? start + cut : start + SEGMENT_CHUNK;
    }
    chunks.push({ text: text.slice(start, end), start: paragraph.start + start, end: paragraph.start + end });
    start = end;
  }
  return chunks;
}

/**
 * Sentences of a text with offsets, never crossing a paragraph break. ICU's segmenter does the work; we only
 * re-join splits after common abbreviations and initials ("Dr. Varga", "J. Smith"), which it breaks on.
 */
export function sentenceSpans(text: string): TextSpan[] {
  const result: TextSpan[] = [];
  for (const paragraph of paragraphSpans(text)) {
    let pending: TextSpan | null = null;
    for (const chunk of segmenterChunks(paragraph))
      for (const seg of segmenter.segment(chunk.text)) {
        const raw = seg.segment;
        const trimmed = raw.trim();
        if (trimmed === "") continue;
        const start = chunk.start + seg.index + raw.indexOf(trimmed);
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
