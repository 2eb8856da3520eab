import type { CharRange } from "@/lib/quotes";

/** One gold direct quotation of a PolNeAR article: the attribution's content and source spans. */
export interface GoldQuote {
  /** First to last character of the Content span (discontinuous pieces are bridged). */
  start: number;
  end: number;
  /** The Source span (first to last character), null when the attribution has no source. */
  source: CharRange | null;
}

interface BratSpan {
  label: string;
  range: CharRange;
  text: string;
}

// PolNeAR counts a quotation as direct when its content carries any kind of double quotation mark.
const DOUBLE_QUOTE_MARK = /["“”„«»]/;

/** `s e;s e` → the range from the first start to the last end; null when malformed. */
function parseRanges(ranges: string): CharRange | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of ranges.split(";")) {
    const [s, e] = piece.trim().split(/\s+/).map(Number);
    if (s === undefined || e === undefined || !Number.isInteger(s) || !Number.isInteger(e) || e < s)
      return null;
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  return Number.isFinite(start) ? { start, end } : null;
}

function parseTextBound(line: string): [string, BratSpan] | null {
  const [id, labelAndRanges, text = ""] = line.split("\t");
  if (!id || !labelAndRanges) return null;
  const spaceAt = labelAndRanges.indexOf(" ");
  if (spaceAt < 0) return null;
  const range = parseRanges(labelAndRanges.slice(spaceAt + 1));
  return range ? [id, { label: labelAndRanges.slice(0, spaceAt), range, text }] : null;
}

/** Role → T-id of an `E<n>\tAttribution:T4 Content:T3 Cue:T2 Source:T1` line (and "id" → `E<n>`). */
function parseEvent(line: string): Map<string, string> {
  const roles = new Map<string, string>();
  const [id = "", args = ""] = line.split("\t");
  roles.set("id", id);
  for (const arg of args.trim().split(/\s+/)) {
    const [role, ref] = arg.split(":");
    if (role && ref) roles.set(role, ref);
  }
  return roles;
}

/**
 * Gold direct quotations of one brat .ann text, in content order: by default the attributions whose content holds
 * a double quotation mark; `isDirect` decides instead where a corpus types its attributions (quotes-german).
 */
export function parseGoldQuotes(ann: string, isDirect?: (attributionId: string) => boolean): GoldQuote[] {
  const spans = new Map<string, BratSpan>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith("T")) {
      const parsed = parseTextBound(line);
      if (parsed) spans.set(parsed[0], parsed[1]);
    } else if (line.startsWith("E")) {
      events.push(parseEvent(line));
    }
  }
  const quotes: GoldQuote[] = [];
  for (const roles of events) {
    const content = spans.get(roles.get("Content") ?? "");
    if (!content) continue;
    if (isDirect ? !isDirect(roles.get("id") ?? "") : !DOUBLE_QUOTE_MARK.test(content.text)) continue;
    const source = spans.get(roles.get("Source") ?? "");
    quotes.push({ start: content.range.start, end: content.range.end, source: source ? source.range : null });
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Of an article's annotation files, the gold one: the alphabetically first name. */
export function pickGoldAnnotationFile(fileNames: readonly string[]): string | null {
  return [...fileNames].sort()[0] ?? null;
}
