import { normalizeHighlights, paragraphRanges } from "@/components/article/segments";
import type { QuotationView } from "@/lib/views";

/** Whether a sentence's content is in every compared article, in some, or only in this one. */
export type SentenceStatus = "shared" | "partial" | "only";

export interface ColumnSentenceInput {
  rowKey: string;
  status: SentenceStatus;
  start: number;
  end: number;
}

/** A stretch of text with one set of marks: which quotation (if any), speaker name, words the reference lacks. */
export interface ColumnPiece {
  start: number;
  end: number;
  text: string;
  quote: QuotationView | null;
  /** This piece holds the quotation's start: where its anchor id goes. */
  quoteFirst: boolean;
  speaker: boolean;
  added: boolean;
  /** This piece holds the start of an added range: where its "+" marker goes. */
  addedFirst: boolean;
  /** Words of the reference missing just before this piece (0 for none). */
  removedBefore: number;
}

/** An aligned sentence (rowKey set) or the text between sentences (rowKey null). */
export interface ColumnSentence {
  rowKey: string | null;
  status: SentenceStatus | null;
  start: number;
  end: number;
  pieces: ColumnPiece[];
}

export interface ColumnParagraph {
  start: number;
  end: number;
  sentences: ColumnSentence[];
}

interface Range {
  start: number;
  end: number;
}

/** The range of sorted, disjoint `ranges` that covers `offset`, or undefined. */
function covering<T extends Range>(ranges: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (!r) break;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/**
 * An article's text for a compare column: paragraphs, each split into its aligned sentences (and the gaps
 * between them), each split into pieces at every quotation, speaker and added-words boundary. Defensive like
 * segmentParagraphs: bad or overlapping ranges are clipped; concatenating everything gives each paragraph's text.
 */
export function columnParagraphs(
  text: string,
  input: {
    sentences: readonly ColumnSentenceInput[];
    quotations: readonly QuotationView[];
    added: readonly (readonly [number, number])[];
    /** Points where words of the reference are missing, with how many. */
    removed?: readonly { at: number; words: number }[];
  },
): ColumnParagraph[] {
  const sentences = normalizeHighlights(
    text.length,
    input.sentences.map((s) => ({ start: s.start, end: s.end, data: s })),
  );
  const quotes = normalizeHighlights(
    text.length,
    input.quotations.map((q) => ({ start: q.start, end: q.end, data: q })),
  );
  const speakers = normalizeHighlights(
    text.length,
    input.quotations.flatMap((q) =>
      q.speakerStart !== null && q.speakerEnd !== null
        ? [{ start: q.speakerStart, end: q.speakerEnd, data: q }]
        : [],
    ),
  );
  const added = normalizeHighlights(
    text.length,
    input.added.map(([start, end]) => ({ start, end, data: null })),
  );
  const quoteStart = new Map(input.quotations.map((q) => [q.id, q.start]));
  const boundaries = new Set<number>();
  for (const r of [...quotes, ...speakers, ...added]) {
    boundaries.add(r.start);
    boundaries.add(r.end);
  }
  const removedAt = new Map<number, number>();
  for (const r of input.removed ?? []) {
    if (r.at < 0 || r.at >= text.length || r.words <= 0) continue;
    removedAt.set(r.at, (removedAt.get(r.at) ?? 0) + r.words);
    boundaries.add(r.at);
  }

  const piecesOf = (from: number, to: number): ColumnPiece[] => {
    const cuts = [from, ...[...boundaries].filter((b) => b > from && b < to).sort((a, b) => a - b), to];
    const pieces: ColumnPiece[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i] ?? from;
      const end = cuts[i + 1] ?? to;
      if (end <= start) continue;
      const quote = covering(quotes, start)?.data ?? null;
      const addedRange = covering(added, start);
      pieces.push({
        start,
        end,
        text: text.slice(start, end),
        quote,
        quoteFirst: quote !== null && quoteStart.get(quote.id) === start,
        speaker: covering(speakers, start) !== undefined,
        added: addedRange !== undefined,
        addedFirst: addedRange?.start === start,
        removedBefore: removedAt.get(start) ?? 0,
      });
    }
    return pieces;
  };

  return paragraphRanges(text).map((paragraph) => {
    const out: ColumnSentence[] = [];
    let cursor = paragraph.start;
    const gap = (to: number) => {
      if (to > cursor) {
        out.push({ rowKey: null, status: null, start: cursor, end: to, pieces: piecesOf(cursor, to) });
      }
    };
    for (const s of sentences) {
      const start = Math.max(s.start, paragraph.start);
      const end = Math.min(s.end, paragraph.end);
      if (end <= start || start < cursor) continue;
      gap(start);
      out.push({ rowKey: s.data.rowKey, status: s.data.status, start, end, pieces: piecesOf(start, end) });
      cursor = end;
    }
    gap(paragraph.end);
    return { start: paragraph.start, end: paragraph.end, sentences: out };
  });
}
