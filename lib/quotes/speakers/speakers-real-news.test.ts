import { describe, expect, it } from "vitest";
import { findQuotations } from "../index";
import type { Quotation } from "../types";
import { expectValidQuotations } from "../test-invariants";

/*
 * Error classes read in real news (issue 13), each rebuilt from short invented sentences: no article's words.
 */

function quoteOf(body: string, words: string): Quotation {
  const found = findQuotations(body);
  expectValidQuotations(body, found);
  const q = found.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quotation with ${words}`);
  return q;
}

describe("a quote going on after its attribution, in copy with spaced quote marks", () => {
  it("is the same speaker's, not the next sentence's subject", () => {
    const body =
      "“ My neighbours are worried, ” Mr. Ortega said. “ Their rents have doubled. The council is asleep. ” " +
      "Ms. Lindqvist said tenants could ask a help desk for advice.";
    expect(quoteOf(body, "rents have doubled").speaker).toBe("Ortega");
  });

  it("before a sentence of the writer's own", () => {
    const body =
      "Mayor Anna Weller spoke on Friday. “ If a school wants a nurse, it should have one, ” Weller said in an " +
      "interview. “ If it wants two, it can have two. ” But hopes of a deal faded by the evening.";
    expect(quoteOf(body, "wants two").speaker).toBe("Anna Weller");
  });
});
