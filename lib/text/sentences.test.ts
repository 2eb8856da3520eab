import { describe, expect, it } from "vitest";
import { withCpuTime } from "@/lib/testing/cpu-time";
import { segmentsOf, sentenceSpans } from "./sentences";

/** Sentences joined by spaces, `count` of them. */
function paragraph(count: number, sentence: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => sentence(i)).join(" ");
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

describe("sentence segments of long paragraphs", () => {
  it("finds the same boundaries as one pass of the segmenter, window by window", () => {
    const text = paragraph(1_100, (i) =>
      i % 7 === 0 ? `"We act now," said Name${i}.` : `Dr. Varga met ${i} people on Tuesday?`,
    );
    const whole = [...segmenter.segment(text)].map((s) => ({ segment: s.segment, index: s.index }));
    expect([...segmentsOf(text)]).toEqual(whole);
  });

  it("cuts a sentence longer than a window at a space, and covers the text exactly", () => {
    const text = `${"word ".repeat(10_000)}end. And more.`;
    const segments = [...segmentsOf(text)];
    expect(segments.map((s) => s.segment).join("")).toBe(text);
    for (const s of segments) expect(text.slice(s.index, s.index + s.segment.length)).toBe(s.segment);
    expect(segments.length).toBeGreaterThan(2);
  });

  it("segments a 300,000-character paragraph of short sentences in linear time", () => {
    // One pass of V8's segmenter over it took about a minute (20 s at 140,000 characters).
    const text = paragraph(6_500, (i) => `"We will act now," said Name${i} Surname${i}.`);
    const { result, ms } = withCpuTime(() => sentenceSpans(text));
    expect(result.length).toBeGreaterThan(6_000);
    expect(result[result.length - 1]?.end).toBe(text.length);
    expect(ms).toBeLessThan(5_000);
  });

  it("reads a 400,000-letter paragraph without a space in linear time", () => {
    // The abbreviation check backtracked through every letter of the run: quadratic in each 16k window, 5 s here.
    const text = "abcdefghijklmnopqrstuvwxyz".repeat(16_000);
    const { result, ms } = withCpuTime(() => sentenceSpans(text));
    expect(result.map((s) => s.text).join("")).toBe(text);
    expect(ms).toBeLessThan(1_000);
  });

  it("still joins a split after an abbreviation or an initial", () => {
    const text = "Dr. Varga met J. Smith in St. Louis. They talked.";
    expect(sentenceSpans(text).map((s) => s.text)).toEqual([
      "Dr. Varga met J. Smith in St. Louis.",
      "They talked.",
    ]);
  });
});

describe("sentences around state abbreviations and titles", () => {
  const sentences = (text: string) => sentenceSpans(text).map((s) => s.text);

  it("does not end a sentence at a state's abbreviation before a title or a name", () => {
    expect(
      sentences("Prominent Republicans are calling for Ariz. Sen. Jeff Flake to step down. He refused."),
    ).toEqual(["Prominent Republicans are calling for Ariz. Sen. Jeff Flake to step down.", "He refused."]);
    expect(sentences("The U.S. Senate voted. Then it adjourned.")).toEqual([
      "The U.S. Senate voted.",
      "Then it adjourned.",
    ]);
  });

  it("joins a state that is also a word only before a title or a lower-case word", () => {
    expect(sentences("He met Mass. Sen. Ed Markey and Wash. Gov. Jay Inslee. Then he left.")).toEqual([
      "He met Mass. Sen. Ed Markey and Wash. Gov. Jay Inslee.",
      "Then he left.",
    ]);
    expect(sentences("She lives in Pa. state now. Fine.")).toEqual(["She lives in Pa. state now.", "Fine."]);
    // "Mass." ends a sentence when a new one begins: the church service, not the state.
    expect(sentences("They went to Mass. The priest spoke.")).toEqual([
      "They went to Mass.",
      "The priest spoke.",
    ]);
  });
});
