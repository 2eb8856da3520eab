import type { CharRange } from "../types";
import type { LocalQuote } from "./marks";
import type { LanguageRules } from "./types";

// A stop with a space before a capital, or glued to one after a lower-case word (`sagte Merkel.Als …`).
const BREAK =
  /[.!?…]+[“”"»«’‘‹›)]*[\s\u00a0]+(?=[„“"«»‚‹¿¡—–(\p{Lu}\p{N}])|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu;

/**
 * Where the writer's sentences of a paragraph start (its own start first). A full stop inside a quote does not end
 * the writer's sentence; nor does one after an abbreviation, an initial or a number ("am 5. August", "Dr. Weber").
 */
export function sentenceStarts(
  body: string,
  paragraph: CharRange,
  quotes: readonly LocalQuote[],
  rules: LanguageRules,
): number[] {
  const text = body.slice(paragraph.start, paragraph.end);
  const starts = [paragraph.start];
  // Quotes are sorted and apart, breaks come in order: one pointer walks both.
  let qi = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    // Judged at the last mark before the space: a closing quote mark there ends the sentence, a stop inside does not.
    const at = paragraph.start + m.index + m[0].trimEnd().length - 1;
    while (qi < quotes.length && (quotes[qi]?.close ?? 0) - 1 <= at) qi += 1;
    const q = quotes[qi];
    if (q && q.open < at) continue;
    const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
    // `des Modells 3. Ein Sprecher …`: a number before an article ends the sentence (`am 3. Juli` does not).
    const nextWord = /^[\p{L}]+/u.exec(text.slice(m.index + m[0].length))?.[0] ?? "";
    const articleAfterNumber = /^\d+$/.test(word) && rules.determiners.has(nextWord.toLowerCase());
    if (
      text[m.index] === "." &&
      !articleAfterNumber &&
      (rules.abbreviations.has(word.toLowerCase()) || /^(?:\p{L}|\d+)$/u.test(word))
    )
      continue;
    starts.push(paragraph.start + m.index + m[0].length);
  }
  return starts;
}

/** The sentence holding `index`, given the paragraph's sentence starts. */
export function sentenceAt(index: number, starts: readonly number[], paragraph: CharRange): CharRange {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? Infinity) <= index) lo = mid + 1;
    else hi = mid;
  }
  return { start: starts[lo - 1] ?? paragraph.start, end: starts[lo] ?? paragraph.end };
}
