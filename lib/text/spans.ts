/** A piece of a text with its character offsets: text === source.slice(start, end). */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trim();
    if (trimmed === "") continue;
    const start = m.index + m[0].indexOf(trimmed);
    spans.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return spans;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Words (letters and digits, with inner apostrophes, hyphens and dots kept) in order, with offsets. */
export function wordSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    spans.push({ text: m[0], start, end: start + m[0].length });
  }
  return spans;
}

/** The words of wordSpans without offsets (cheaper: no span objects). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
