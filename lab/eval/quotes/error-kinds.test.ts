import { describe, expect, it } from "vitest";
import { classifyErrors } from "./error-kinds";
import { countMatches } from "./evaluate";

const q = (start: number, end: number, speaker: [number, number] | null = null) => ({
  start,
  end,
  speaker: speaker ? { start: speaker[0], end: speaker[1] } : null,
});

describe("classifyErrors", () => {
  it("sorts a document's errors by kind, adding up to what the metric misses", () => {
    const gold = [
      q(0, 100, [110, 115]),
      q(200, 300, [310, 315]),
      q(400, 500, [510, 515]),
      q(600, 700),
      q(800, 900),
    ];
    const predicted = [
      q(0, 100, [110, 115]), // right
      q(200, 300, [320, 325]), // wrong speaker
      q(400, 430), // too short a piece of the third: boundary
      q(600, 700), // the gold has no source
      q(1000, 1050), // nothing there: spurious
    ];
    const kinds = classifyErrors(gold, predicted).map((e) => e.kind);
    expect(kinds.sort()).toEqual(["boundary", "missed", "no-gold-speaker", "spurious", "wrong-speaker"]);
    const counts = countMatches(gold, predicted);
    expect(counts.gold - counts.matched).toBe(2); // the boundary and the missed one
  });

  it("tells two gold quotes joined in one prediction from a missed one", () => {
    const kinds = classifyErrors([q(0, 100), q(105, 130)], [q(0, 130)]).map((e) => e.kind);
    expect(kinds).toContain("merged");
    expect(kinds).not.toContain("missed");
  });
});
