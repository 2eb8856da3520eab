import { sentenceSpans, type TextSpan } from "../../text";

/**
 * One piece of evidence: the words matched (`text === articleText.slice(start, end)`) and the sentence around
 * them (`context === articleText.slice(contextStart, contextStart + context.length)`), so a reader can check it.
 */
export interface FramingExample {
  start: number;
  end: number;
  text: string;
  context: string;
  contextStart: number;
}

/** Context longer than this is cut around the match, on word boundaries where possible. */
const MAX_CONTEXT_CHARS = 240;

/** Finds the sentence around an offset quickly: sentences are computed once per article. */
export class ExampleMaker {
  private readonly sentences: TextSpan[];

  constructor(private readonly text: string) {
    this.sentences = sentenceSpans(text);
  }

  example(start: number, end: number): FramingExample {
    const sentence = this.sentenceAt(start);
    let from = sentence ? Math.min(sentence.start, start) : start;
    let to = sentence ? Math.max(sentence.end, end) : end;
    if (to - from > MAX_CONTEXT_CHARS) {
      const room = Math.max(0, MAX_CONTEXT_CHARS - (end - start));
      from = Math.max(from, start - Math.floor(room / 2));
      to = Math.min(to, end + Math.ceil(room / 2));
      from = this.wordBoundaryAfter(from, start);
      to = this.wordBoundaryBefore(to, end);
    }
    return {
      start,
      end,
      text: this.text.slice(start, end),
      context: this.text.slice(from, to),
      contextStart: from,
    };
  }

  private sentenceAt(offset: number): TextSpan | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (!s) break;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** The first word start at or after `from`, but never past `limit`. */
  private wordBoundaryAfter(from: number, limit: number): number {
    let i = from;
    while (i > 0 && i < limit && !/\s/.test(this.text.charAt(i - 1))) i++;
    return i;
  }

  private wordBoundaryBefore(to: number, limit: number): number {
    let i = to;
    while (i < this.text.length && i > limit && !/\s/.test(this.text.charAt(i))) i--;
    return i;
  }
}
