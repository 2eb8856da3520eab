import { describe, expect, it } from "vitest";
import type { QuotationView } from "@/lib/views";
import { columnParagraphs } from "./column-segments";

const text = 'First sentence here. "We will win," she said.\n\nSecond paragraph only here.';
const quoteStart = text.indexOf('"We');
const quotation: QuotationView = {
  id: "q1",
  text: '"We will win,"',
  start: quoteStart,
  end: quoteStart + '"We will win,"'.length,
  speaker: "Ilse Varga",
  speakerStart: text.indexOf("she"),
  speakerEnd: text.indexOf("she") + 3,
  cue: "said",
  groupId: "g1",
};

describe("columnParagraphs", () => {
  const paragraphs = columnParagraphs(text, {
    sentences: [
      { rowKey: "r1", status: "shared", start: 0, end: 20 },
      { rowKey: "r2", status: "partial", start: 21, end: text.indexOf("\n") },
      { rowKey: "r3", status: "only", start: text.indexOf("Second"), end: text.length },
    ],
    quotations: [quotation],
    added: [[text.indexOf("will"), text.indexOf("she") + 3]],
    removed: [{ at: text.indexOf("Second"), words: 4 }],
  });

  it("keeps every character, in order, in paragraphs of sentences of pieces", () => {
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) {
      const joined = p.sentences.flatMap((s) => s.pieces.map((x) => x.text)).join("");
      expect(joined).toBe(text.slice(p.start, p.end));
    }
    expect(paragraphs.flatMap((p) => p.sentences.map((s) => s.rowKey))).toEqual(["r1", null, "r2", "r3"]);
  });

  it("marks the quotation, its speaker and the added words, with first pieces flagged", () => {
    const pieces = paragraphs[0]!.sentences.flatMap((s) => s.pieces);
    const quoted = pieces.filter((p) => p.quote?.id === "q1");
    expect(quoted.map((p) => p.text).join("")).toBe('"We will win,"');
    expect(quoted.filter((p) => p.quoteFirst)).toHaveLength(1);
    expect(pieces.filter((p) => p.speaker).map((p) => p.text)).toEqual(["she"]);
    const added = pieces.filter((p) => p.added);
    expect(added.map((p) => p.text).join("")).toBe('will win," she');
    expect(added.filter((p) => p.addedFirst)).toHaveLength(1);
    // The added range crosses the quotation's end: it is split there, both pieces still added.
    expect(added.length).toBeGreaterThan(1);
  });

  it("puts a removal point at the start of the piece it precedes", () => {
    const pieces = paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.pieces));
    const marked = pieces.filter((p) => p.removedBefore > 0);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.text.startsWith("Second")).toBe(true);
    expect(marked[0]?.removedBefore).toBe(4);
  });

  it("survives ranges out of bounds or reversed", () => {
    const out = columnParagraphs("Short.", {
      sentences: [{ rowKey: "x", status: "only", start: 3, end: 1 }],
      quotations: [],
      added: [[-5, 100]],
    });
    expect(out[0]?.sentences.flatMap((s) => s.pieces.map((p) => p.text)).join("")).toBe("Short.");
    expect(out[0]?.sentences[0]?.pieces[0]?.added).toBe(true);
  });
});
