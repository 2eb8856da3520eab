import { expect } from "vitest";
import type { Quotation } from "./types";
import { findAttributions } from "./attributions";

/** What must hold for every result of findQuotations, whatever the body. */
export function expectValidQuotations(body: string, quotes: readonly Quotation[]): void {
  let previousStart = -1;
  for (const q of quotes) {
    expect(body.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.start).toBeLessThan(q.end);
    expect(q.end).toBeLessThanOrEqual(body.length);
    expect(q.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = q.start;
    expect(q.speakerStart === null).toBe(q.speakerEnd === null);
    if (q.speakerStart !== null && q.speakerEnd !== null) {
      expect(q.speakerStart).toBeGreaterThanOrEqual(0);
      expect(q.speakerStart).toBeLessThan(q.speakerEnd);
      expect(q.speakerEnd).toBeLessThanOrEqual(body.length);
      const overlaps = q.speakerStart < q.end && q.start < q.speakerEnd;
      expect(overlaps).toBe(false);
    }
    if (q.cue !== null) expect(q.cue).toBe(q.cue.toLowerCase());
  }
}

/** The attributed stretch (as PolNeAR's annotators mark content) and the speaker mention of each attribution. */
export function stretches(body: string): { content: string; speaker: string | null }[] {
  return findAttributions(body).map((a) => ({
    content: body.slice(a.content.start, a.content.end),
    speaker: a.speaker ? body.slice(a.speaker.mention.start, a.speaker.mention.end) : null,
  }));
}
