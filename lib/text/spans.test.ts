import { describe, expect, it } from "vitest";
import { sentenceSpans } from "./sentences";
import { paragraphSpans, wordSpans, words } from "./spans";

describe("paragraphSpans", () => {
  it("gives each paragraph with offsets into the text", () => {
    const text = "Alpha beta.\n\n  Gamma.  \n\nDelta";
    const spans = paragraphSpans(text);
    expect(spans.map((s) => s.text)).toEqual(["Alpha beta.", "Gamma.", "Delta"]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("wordSpans", () => {
  it("keeps inner apostrophes, hyphens and dots, and drops punctuation", () => {
    expect(words("We're post-war U.S. allies, aren't we? 26%")).toEqual([
      "We're",
      "post-war",
      "U.S",
      "allies",
      "aren't",
      "we",
      "26",
    ]);
  });

  it("offsets point at the words", () => {
    const text = "“Legitimate targets,” he said.";
    for (const s of wordSpans(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("sentenceSpans", () => {
  it("splits sentences without crossing paragraphs and keeps offsets", () => {
    const text = "Dr. Varga spoke first. She left.\n\nA new paragraph";
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(["Dr. Varga spoke first.", "She left.", "A new paragraph"]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not break after an initial", () => {
    expect(sentenceSpans("J. Smith arrived. He sat.").map((s) => s.text)).toEqual([
      "J. Smith arrived.",
      "He sat.",
    ]);
  });
});
