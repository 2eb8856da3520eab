/**
 * Splits an article's text into paragraphs and each paragraph into plain and highlighted segments, from
 * character offsets into the whole text. Pure and defensive: offsets out of range or reversed are dropped,
 * overlapping highlights are clipped (the earlier one wins), and a highlight that crosses a paragraph break is
 * split into one piece per paragraph. Concatenating a paragraph's segments gives text.slice(start, end).
 */
export interface Highlight<T> {
  start: number;
  end: number;
  data: T;
}

export interface Segment<T> {
  text: string;
  start: number;
  end: number;
  /** The highlight covering this segment, or null for plain text. */
  data: T | null;
  /** True on the piece that contains the highlight's start (where an anchor id belongs). */
  first: boolean;
}

export interface Paragraph<T> {
  start: number;
  end: number;
  segments: Segment<T>[];
}

export interface TextRange {
  start: number;
  end: number;
}

/** Paragraph ranges: blocks separated by a blank line (two or more line breaks), trimmed, empty ones skipped. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const breaks = /\n[ \t\r\f\v]*\n\s*/g;
  let cursor = 0;
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) ranges.push({ start, end });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(cursor, m.index);
    cursor = m.index + m[0].length;
  }
  push(cursor, text.length);
  return ranges;
}

/** Valid highlights, sorted by start (longer first on ties), with overlaps clipped away. */
export function normalizeHighlights<T>(
  textLength: number,
  highlights: readonly Highlight<T>[],
): Highlight<T>[] {
  const valid = highlights
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end))
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(textLength, h.end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight<T>[] = [];
  let reached = 0;
  for (const h of valid) {
    const start = Math.max(h.start, reached);
    if (start >= h.end) continue;
    // A clipped highlight keeps its data but only its uncovered tail; it is no longer "first" at its own start.
    out.push({ ...h, start });
    reached = h.end;
  }
  return out;
}

/** Segments of text[range.start, range.end) given normalised highlights. */
export function segmentRange<T>(
  text: string,
  range: TextRange,
  highlights: readonly Highlight<T>[],
  originalStarts?: ReadonlyMap<Highlight<T>, number>,
): Segment<T>[] {
  const segments: Segment<T>[] = [];
  let cursor = range.start;
  for (const h of highlights) {
    if (h.end <= range.start || h.start >= range.end) continue;
    const start = Math.max(h.start, range.start);
    const end = Math.min(h.end, range.end);
    if (start > cursor)
      segments.push({ text: text.slice(cursor, start), start: cursor, end: start, data: null, first: false });
    const origin = originalStarts?.get(h) ?? h.start;
    segments.push({ text: text.slice(start, end), start, end, data: h.data, first: start === origin });
    cursor = end;
  }
  if (cursor < range.end)
    segments.push({
      text: text.slice(cursor, range.end),
      start: cursor,
      end: range.end,
      data: null,
      first: false,
    });
  return segments;
}

/** The whole pipeline: paragraphs, each with its plain and highlighted segments. */
export function segmentParagraphs<T>(text: string, highlights: readonly Highlight<T>[]): Paragraph<T>[] {
  const normal = normalizeHighlights(text.length, highlights);
  // Remember where each highlight really started so a clipped one does not claim the anchor.
  const originalStarts = new Map<Highlight<T>, number>();
  const byData = new Map<T, number>();
  for (const h of highlights) if (!byData.has(h.data)) byData.set(h.data, h.start);
  for (const h of normal) originalStarts.set(h, byData.get(h.data) ?? h.start);
  return paragraphRanges(text).map((range) => ({
    start: range.start,
    end: range.end,
    segments: segmentRange(text, range, normal, originalStarts),
  }));
}
