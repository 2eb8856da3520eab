import type { CharRange } from "../types";
import type { QuoteSpan } from "./marks";
import { cueLemma } from "../cues/cues";
import { firstOpeningFrom } from "./span-index";

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|No|vs|etc|Inc|Ltd|Co|Corp|U\.S|U\.K|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b\p{Lu})\.$/u;

/** Inside a quote's words: after its opening mark and before its closing one. */
function insideQuote(index: number, quotes: readonly QuoteSpan[]): boolean {
  const q = quotes[firstOpeningFrom(quotes, index) - 1];
  return q !== undefined && index < q.close - 1;
}

const TRAILER_SUBJECT_WORD = /^(?:\p{Lu}[\p{L}\-’'.]*|the|a|an|[\p{Ll}]+['’]s)$/u;
const MAX_TRAILER_SUBJECT_WORDS = 5;
// What may follow the cue of a trailer: the sentence's end, or an adverbial ("in a statement", "on Tuesday"),
// or a short object ("told reporters."); never a clause of its own ("He said the plan…").
export const TRAILER_REST =
  /^(?:\s*[.,;:!?]|\s+(?:to|in|on|at|during|after|before|via|from|with|while|when|as|by|about|later|earlier|afterward|afterwards|again|also|then|[\p{L}]+ly)\b|\s+(?:[\p{L}’'.-]+\s+){0,2}?[\p{L}’'.-]+[.,])/u;

/**
 * Whether the text after a quotation's closing mark is the writer's attribution of it, `He said.` or `Senator
 * Jane Doe told reporters on Monday.`: capitalised like a new sentence, but grammatically the quote's own.
 */
function isAttributionTrailer(after: string): boolean {
  // `after` is the next 200 characters at most: a trailer is short.
  const head = after;
  const re = /\S+/g;
  let count = 0;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const word = m[0].replace(/[,.]$/, "");
    if (count > 0 && word === word.toLowerCase() && cueLemma(word) !== null) {
      const rest = head.slice(m.index + word.length);
      return TRAILER_REST.test(rest) && !/["“”]/.test(rest.split(/[.!?]/, 1)[0] ?? "");
    }
    count += 1;
    if (count > MAX_TRAILER_SUBJECT_WORDS || !TRAILER_SUBJECT_WORD.test(word)) return false;
  }
  return false;
}

/**
 * Sentence breaks of a paragraph that fall outside quotations: a quotation's own full stops do not end the
 * writer's sentence ("We are," he said. "We…" is two sentences; "I came. I saw," he said is one).
 */
export function sentenceBreaks(body: string, paragraph: CharRange, quotes: readonly QuoteSpan[]): number[] {
  const breaks: number[] = [];
  // A closing mark may stand apart from the stop it closes (`glitch. ” Ms. Tavenner said`), as in tokenised copy;
  // only a curly one, since a straight mark after a space opens the next quote as often as it closes this one.
  const re = /[.!?…]+(?:["”’']|\s[”"])?\s+(?=["“‘'(\[\p{Lu}\p{N}])/gu;
  const text = body.slice(paragraph.start, paragraph.end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // `said. " We`: a straight mark standing apart closes a quote only if the quotes say so; else it opens the next.
    const spaced = /^[.!?…]+\s"/.exec(m[0]);
    if (spaced && !closesQuote(paragraph.start + m.index + spaced[0].length, quotes)) {
      breaks.push(paragraph.start + m.index + spaced[0].length - 1);
      continue;
    }
    // Judged at the last mark before the space: a closing quote mark there ends the sentence, a stop inside does not.
    const at = paragraph.start + m.index + m[0].trimEnd().length - 1;
    if (insideQuote(at, quotes)) continue;
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    if (
      /["”’']\s*$/.test(m[0]) &&
      isAttributionTrailer(text.slice(m.index + m[0].length, m.index + m[0].length + 200))
    )
      continue;
    breaks.push(paragraph.start + m.index + m[0].length);
  }
  return breaks;
}

/** Whether a quote of the paragraph closes with the mark just before `end`. */
function closesQuote(end: number, quotes: readonly QuoteSpan[]): boolean {
  const q = quotes[firstOpeningFrom(quotes, end) - 1];
  return q !== undefined && q.close === end;
}

/** The writer's sentence holding `index`: from the last break at or before it to the next break. */
export function sentenceAround(index: number, paragraph: CharRange, breaks: readonly number[]): CharRange {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((breaks[mid] ?? Number.POSITIVE_INFINITY) <= index) lo = mid + 1;
    else hi = mid;
  }
  return { start: breaks[lo - 1] ?? paragraph.start, end: breaks[lo] ?? paragraph.end };
}
