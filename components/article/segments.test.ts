import { describe, expect, it } from "vitest";
import { normalizeHighlights, paragraphRanges, segmentParagraphs, type Highlight } from "./segments";

const joinParagraph = (p: { segments: { text: string }[] }) => p.segments.map((s) => s.text).join("");

describe("paragraphRanges", () => {
  it("splits on blank lines and trims each paragraph", () => {
    const text = "  First one.\n\nSecond\nline.\n \n\n\nThird.  ";
    const ranges = paragraphRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["First one.", "Second\nline.", "Third."]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(paragraphRanges("")).toEqual([]);
    expect(paragraphRanges(" \n\n \n")).toEqual([]);
  });

  it("handles CRLF blank lines", () => {
    const text = "One.\r\n\r\nTwo.";
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(["One.", "Two."]);
  });
});

describe("segmentParagraphs", () => {
  const text = 'He said "we are ready" today.\n\nShe replied "not at any price" later.';

  it("splits paragraphs into plain and highlighted segments that rebuild the text", () => {
    const a = text.indexOf("we are ready");
    const b = text.indexOf("not at any price");
    const paragraphs = segmentParagraphs(text, [
      { start: a, end: a + "we are ready".length, data: "q1" },
      { start: b, end: b + "not at any price".length, data: "q2" },
    ]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map(joinParagraph)).toEqual(text.split("\n\n"));
    expect(paragraphs[0]?.segments.map((s) => [s.text, s.data])).toEqual([
      ['He said "', null],
      ["we are ready", "q1"],
      ['" today.', null],
    ]);
    expect(paragraphs[1]?.segments.find((s) => s.data === "q2")).toMatchObject({
      text: "not at any price",
      first: true,
    });
  });

  it("splits a highlight across a paragraph break and marks only the first piece", () => {
    const start = text.indexOf("ready");
    const end = text.indexOf("She replied") + "She".length;
    const paragraphs = segmentParagraphs(text, [{ start, end, data: "long" }]);
    const pieces = paragraphs.flatMap((p) => p.segments.filter((s) => s.data === "long"));
    expect(pieces.map((s) => [s.text, s.first])).toEqual([
      ['ready" today.', true],
      ["She", false],
    ]);
    expect(paragraphs.map(joinParagraph)).toEqual(text.split("\n\n"));
  });

  it("drops invalid offsets and clips overlaps (earlier highlight wins)", () => {
    const highlights: Highlight<string>[] = [
      { start: 3, end: 12, data: "a" },
      { start: 8, end: 15, data: "b" },
      { start: 20, end: 10, data: "reversed" },
      { start: -5, end: 2, data: "clamped" },
      { start: 500, end: 600, data: "outside" },
      { start: 1.5, end: 4, data: "fraction" },
    ];
    const normal = normalizeHighlights(text.length, highlights);
    expect(normal.map((h) => [h.data, h.start, h.end])).toEqual([
      ["clamped", 0, 2],
      ["a", 3, 12],
      ["b", 12, 15],
    ]);
    const paragraphs = segmentParagraphs(text, highlights);
    expect(paragraphs.map(joinParagraph)).toEqual(text.split("\n\n"));
    const b = paragraphs[0]?.segments.find((s) => s.data === "b");
    expect(b).toMatchObject({ start: 12, end: 15, first: false });
  });

  it("keeps a highlight nested inside another out (no double marking)", () => {
    const paragraphs = segmentParagraphs("abcdefghij", [
      { start: 0, end: 8, data: "outer" },
      { start: 2, end: 4, data: "inner" },
    ]);
    expect(paragraphs[0]?.segments.map((s) => [s.text, s.data])).toEqual([
      ["abcdefgh", "outer"],
      ["ij", null],
    ]);
  });

  it("returns plain paragraphs when there are no highlights", () => {
    const paragraphs = segmentParagraphs("One.\n\nTwo.", []);
    expect(paragraphs.map((p) => p.segments)).toEqual([
      [{ text: "One.", start: 0, end: 4, data: null, first: false }],
      [{ text: "Two.", start: 6, end: 10, data: null, first: false }],
    ]);
  });
});
