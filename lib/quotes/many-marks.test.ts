import { describe, expect, it } from "vitest";
import { withCpuTime } from "@/lib/testing/cpu-time";
import { findQuotations } from "./index";
import { findQuoteSpans } from "./marks/marks";

/*
 * Issue 15: a paragraph of `"a" "a" …` made attribution quadratic (40,000 quotations held a server for 14 s) and
 * 400,000 marks overflowed the call stack. Both are one paragraph and one sentence, the worst case for the
 * look-ups that are per paragraph or per sentence.
 */
describe("a paragraph made of quotation marks", () => {
  it("finds the spans of 400,000 marks in one paragraph without overflowing the stack", () => {
    const spans = findQuoteSpans('"a" '.repeat(200_000));
    expect(spans).toHaveLength(200_000);
    expect(spans[199_999]).toMatchObject({ open: 799_996, close: 799_999, style: "double" });
  });

  it("attributes 40,000 uncued quotations of one sentence in linear time", () => {
    // Generous: about half a second here; the quadratic version took minutes.
    const { result, ms } = withCpuTime(() => findQuotations('"a" '.repeat(40_000)));
    expect(result).toEqual([]);
    expect(ms).toBeLessThan(4_000);
  });

  it("a trailing cue still claims every fragment of its sentence, however many", () => {
    const fragments = Array.from({ length: 2_000 }, (_, i) => `"w${i}"`).join(" and ");
    const quotes = findQuotations(`Guns are ${fragments}, Dean said.`, { maxQuotations: 5_000 });
    expect(quotes).toHaveLength(2_000);
    expect(quotes.every((q) => q.speaker === "Dean" && q.kind === "partial")).toBe(true);
  });
});
