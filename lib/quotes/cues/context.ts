import type { CharRange } from "../types";
import type { CueMatch } from "./cues";
import type { AttributionLimits } from "../limits";
import type { QuoteSpan } from "../marks/marks";
import { spanAt } from "../marks/span-index";

/** One paragraph being read: its quotes (sorted, not overlapping), sentence breaks, and the look-up limits. */
export interface ParagraphContext {
  paragraph: CharRange;
  quotes: readonly QuoteSpan[];
  breaks: readonly number[];
  limits: AttributionLimits;
}

/** One way of reading a quote: the cue, its subject, and the attributed stretch that goes with it. */
export interface Candidate {
  cue: CueMatch;
  subject: CharRange | null;
  kind: "direct" | "partial";
  content: CharRange;
}

/** The lemma of the dash that signs a quote with a name: no verb, so no cue in the result. */
export const SIGNATURE_DASH = "signature-dash";
/** The lemma of a colon introducing a quote with no verb (`Clinton: "…"`, `X had a message: "…"`). */
export const INTRO_COLON = "intro-colon";

/** Whether a cue is punctuation standing in for a verb, so no cue verb is reported. */
export function isVerblessCue(cue: CueMatch): boolean {
  return cue.lemma === SIGNATURE_DASH || cue.lemma === INTRO_COLON;
}

export function wordCount(body: string, range: CharRange): number {
  return body
    .slice(range.start, range.end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function isParticiple(cue: CueMatch): boolean {
  return cue.text.endsWith("ing");
}

/** Whether `index` is inside one of the paragraph's quotes, marks included. */
export function insideQuotes(index: number, quotes: readonly QuoteSpan[]): boolean {
  return spanAt(quotes, index) !== undefined;
}

/** The last `maxChars` characters of body[from, to): what a backwards-looking pattern needs to see. */
export function tailOf(body: string, from: number, to: number, maxChars: number): string {
  return body.slice(Math.max(from, to - maxChars), to);
}
