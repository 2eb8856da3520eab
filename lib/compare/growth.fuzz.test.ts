import { describe, expect, it } from "vitest";
import { superLinearSteps } from "@/lib/testing/growth";
import { alignSentences, diffWords, groupQuotations, type QuoteInput } from "./index";

/* Issue 15: every analysis stage linear in its input, on the bodies an attacker would send (lib/testing/growth.ts). */

/** Another outlet's version of a body: the same shape with a few letters changed. */
const variant = (body: string) => body.replace(/a/g, "e");

/**
 * A body as one article's quotations: QUOTES_PER_ARTICLE equal pieces. The count is fixed, as grouping compares
 * quotations pairwise up to its cap of 2,000; what grows is their length.
 */
const QUOTES_PER_ARTICLE = 50;

function quoteInputs(articleId: string, body: string): QuoteInput[] {
  const length = Math.ceil(body.length / QUOTES_PER_ARTICLE);
  return Array.from({ length: QUOTES_PER_ARTICLE }, (_, i) => ({
    id: `${articleId}-${i}`,
    articleId,
    outlet: articleId,
    publishedAt: null,
    text: body.slice(i * length, (i + 1) * length),
    start: i * length,
    end: (i + 1) * length,
    speaker: i % 3 === 0 ? null : `Speaker ${i % 7}`,
  }));
}

describe("comparison of adversarial bodies of 10k, 100k and 1M characters", () => {
  it("sentence alignment (and its same-fact judgement) grows about linearly", { timeout: 120_000 }, () => {
    const stage = {
      name: "alignment",
      prepare: (body: string) => [
        { id: "a", outlet: "A", text: body },
        { id: "b", outlet: "B", text: variant(body) },
      ],
      run: alignSentences,
    };
    expect(superLinearSteps(stage)).toEqual([]);
  });

  it("word diffs grow about linearly", { timeout: 120_000 }, () => {
    const stage = {
      name: "diff",
      prepare: (body: string) => [body, variant(body)] as const,
      run: ([from, to]: readonly [string, string]) => diffWords(from, to),
    };
    expect(superLinearSteps(stage)).toEqual([]);
  });

  it("quote grouping grows about linearly", { timeout: 120_000 }, () => {
    const stage = {
      name: "quote grouping",
      prepare: (body: string) => [...quoteInputs("a", body), ...quoteInputs("b", variant(body))],
      run: (quotes: QuoteInput[]) => groupQuotations(quotes),
    };
    expect(superLinearSteps(stage)).toEqual([]);
  });
});
