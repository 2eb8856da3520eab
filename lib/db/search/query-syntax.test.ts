import { describe, expect, it } from "vitest";
import { isSearchable, parseSearch, toFts5Match, toWebsearch } from "./query-syntax";

describe("search syntax", () => {
  it("quotes every word and keeps phrases, OR and exclusions", () => {
    const parsed = parseSearch('Port strike "union leaders" OR dockers -Wages');
    expect(toFts5Match(parsed)).toBe(
      '(("port" AND "strike" AND ("union leaders" OR "dockers")) NOT "wages")',
    );
    expect(toWebsearch(parsed)).toBe('"port" "strike" "union leaders" OR "dockers" -"wages"');
  });

  it("treats operator-looking input as words or separators", () => {
    expect(toFts5Match(parseSearch("NEAR(a b, 2)"))).toBe('("near" AND "a" AND "b" AND "2")');
    expect(toFts5Match(parseSearch("AND NOT"))).toBe('("and" AND "not")');
    expect(toFts5Match(parseSearch("port*"))).toBe('"port"');
    expect(toWebsearch(parseSearch("or"))).toBe('"or"');
    expect(toFts5Match(parseSearch('"'))).toBeNull();
    expect(toFts5Match(parseSearch("OR"))).toBeNull();
    expect(toFts5Match(parseSearch("* ^ : ( )"))).toBeNull();
    expect(isSearchable(parseSearch("-alone"))).toBe(false);
    expect(toWebsearch(parseSearch("-alone"))).toBeNull();
  });

  it("splits words the way the tokenizers do and keeps unicode letters", () => {
    expect(parseSearch("U.S.-led Zürich 東京").terms.map((t) => t.phrases[0]?.join(" "))).toEqual([
      "u",
      "s",
      "led",
      "zürich",
      "東京",
    ]);
    expect(toFts5Match(parseSearch('"unclosed phrase'))).toBe('"unclosed phrase"');
  });

  it("bounds the work on very long input", () => {
    const parsed = parseSearch(Array.from({ length: 1_000 }, (_, i) => `w${i}`).join(" "));
    expect(parsed.terms).toHaveLength(12);
    expect(parseSearch("x".repeat(100)).terms).toEqual([]);
    expect(parseSearch(`"${"a ".repeat(100)}"`).terms[0]?.phrases[0]).toHaveLength(12);
  });
});
