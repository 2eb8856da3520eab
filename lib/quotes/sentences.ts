import type { CharRange } from "./types";
import type { QuoteSpan } from "./marks";

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|No|vs|etc|Inc|Ltd|Co|Corp|U\.S|U\.K|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b\p{Lu})\.$/u;

function insideQuote(index: number, quotes: readonly QuoteSpan[]): boolean {
  return quotes.some((q) => index > q.open && index < q.close - 1);
}

/**
 * Sentence breaks of a paragraph that fall outside quotations: a quotation's own full stops do not end the
 * writer's sentence ("We are," he said. "We…" is two sentences; "I came. I saw," he said is one).
 */
export function sentenceBreaks(body: string, paragraph: CharRange, quotes: readonly QuoteSpan[]): number[] {
  const breaks: number[] = [];
  const re = /[.!?…]+["”’']?\s+(?=["“‘'(\[\p{Lu}\p{N}])/gu;
  const text = body.slice(paragraph.start, paragraph.end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Judged at the last mark before the space: a closing quote mark there ends the sentence, a stop inside does not.
    const at = paragraph.start + m.index + m[0].trimEnd().length - 1;
    if (insideQuote(at, quotes)) continue;
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    breaks.push(paragraph.start + m.index + m[0].length);
  }
  return breaks;
}

/** The writer's sentence holding `index`: from the last break at or before it to the next break. */
export function sentenceAround(index: number, paragraph: CharRange, breaks: readonly number[]): CharRange {
  let start = paragraph.start;
  let end = paragraph.end;
  for (const b of breaks) {
    if (b <= index) start = b;
    else {
      end = b;
      break;
    }
  }
  return { start, end };
}
