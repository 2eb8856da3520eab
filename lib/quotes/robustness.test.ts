import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { findQuotations, type Quotation } from "./index";
import { expectValidQuotations } from "./test-invariants";
import { withCpuTime } from "@/lib/testing/cpu-time";

function timed(body: string): { quotes: Quotation[]; ms: number } {
  const { result: quotes, ms } = withCpuTime(() => findQuotations(body));
  expectValidQuotations(body, quotes);
  return { quotes, ms };
}

const PARAGRAPH =
  'Vladimir Putin spoke in Moscow on Monday. "We will not back down," he said, adding that the West was "playing with fire." Kremlin spokesperson Dmitry Peskov told reporters: "Nothing has changed." Critics called the plan a "disaster" in the making.';

function words(count: number, paragraphSeparator: string): string {
  const perParagraph = PARAGRAPH.split(/\s+/).length;
  return Array.from({ length: Math.ceil(count / perParagraph) }, () => PARAGRAPH).join(paragraphSeparator);
}

describe("bounded time on large and hostile bodies", () => {
  it("reads a 100,000-word body in bounded time, linear in its length, paragraphs or one block", () => {
    for (const separator of ["\n\n", " "]) {
      const tenth = timed(words(10_000, separator));
      const { quotes, ms } = timed(words(100_000, separator));
      // Ten times the words costs about ten times the CPU (quadratic work would cost a hundred times); the
      // absolute bound holds on a loaded CI machine too (about 1.1 s on a quiet one).
      expect(ms).toBeLessThan(Math.max(tenth.ms, 20) * 25);
      expect(ms).toBeLessThan(5_000);
      expect(quotes).toHaveLength(500); // maxQuotations
      expect(quotes[0]).toMatchObject({ text: "We will not back down", speaker: "Vladimir Putin" });
    }
  });

  it("thousands of unmatched or ambiguous quote marks stay fast and give no garbage", () => {
    const bodies = [
      Array.from({ length: 5_000 }, (_, i) => `word “ ${i} said`).join(" "),
      Array.from({ length: 10_000 }, () => 'a " b').join(" "),
      Array.from({ length: 10_000 }, () => "the 'odd word and").join(" "),
      "”".repeat(20_000),
      '"'.repeat(20_000),
    ];
    for (const body of bodies) {
      const { quotes, ms } = timed(body);
      expect(ms).toBeLessThan(1_000);
      for (const q of quotes) expect(q.text.trim().length).toBeGreaterThan(0);
    }
  });

  it("a body that is one long quotation is one quotation", () => {
    const inner = Array.from({ length: 100_000 }, (_, i) => `word${i % 50}`).join(" ");
    const { quotes, ms } = timed(`Anna Weiss said: "${inner}."`);
    expect(ms).toBeLessThan(2_000);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: "Anna Weiss", cue: "said" });
  });

  it("an unclosed quote runs to its paragraph's end and no further", () => {
    const body = 'Olga Ivanova said: "We will not leave\n\nThe ministry declined to comment.';
    const { quotes } = timed(body);
    expect(quotes.map((q) => q.text)).toEqual(["We will not leave"]);
  });

  it("mixed scripts neither crash nor slow it down", () => {
    const body = Array.from(
      { length: 2_000 },
      () => '«Мы не отступим», — сказал Путин. 他说：“我们不会退缩。” "We won\'t," Anna Weiss said. 🙂',
    ).join("\n\n");
    const { quotes, ms } = timed(body);
    expect(ms).toBeLessThan(2_000);
    expect(quotes.some((q) => q.text === "We won't" && q.speaker === "Anna Weiss")).toBe(true);
  });

  it("rejects look-up limits that are not whole positive numbers", () => {
    expect(() => findQuotations('"A," he said.', { limits: { maxCueGap: 0 } })).toThrow(AppError);
    expect(() => findQuotations('"A," he said.', { limits: { maxTrailerGap: 1.5 } })).toThrow(AppError);
  });

  it("a cue further from its quote than maxCueGap is not its cue", () => {
    const body = `Anna Weiss said that the plan, ${"which was long and costly, ".repeat(6)}would be "a disaster for everyone".`;
    expect(findQuotations(body)).toMatchObject([{ speaker: "Anna Weiss", cue: "said" }]);
    // Out of the cue's reach the quote may still be the subject's by the uncued reading, but never by "said".
    expect(findQuotations(body, { limits: { maxCueGap: 60 } }).map((q) => q.cue)).not.toContain("said");
  });
});
