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
    expect(toFts5Match(parseSearch("NEAR(a b, 2)"))).toBe('("near a" AND "b" AND "2")');
    expect(toFts5Match(parseSearch("AND NOT"))).toBe('("and" AND "not")');
    expect(toFts5Match(parseSearch("port*"))).toBe('"port"');
    expect(toWebsearch(parseSearch("or"))).toBe('"or"');
    expect(toFts5Match(parseSearch('"'))).toBeNull();
    expect(toFts5Match(parseSearch("OR"))).toBeNull();
    expect(toFts5Match(parseSearch("* ^ : ( )"))).toBeNull();
    expect(isSearchable(parseSearch("-alone"))).toBe(false);
    expect(toWebsearch(parseSearch("-alone"))).toBeNull();
  });

  it("keeps what each engine's tokenizer needs: words for FTS5, the typed text for Postgres", () => {
    const parsed = parseSearch("U.S.-led Zürich 東京 1.1m");
    expect(parsed.terms.map((t) => t.phrases[0]?.words.join(" "))).toEqual([
      "u s led",
      "zürich",
      "東京",
      "1 1m",
    ]);
    expect(toFts5Match(parsed)).toBe('("u s led" AND "zürich" AND "東京" AND "1 1m")');
    expect(toWebsearch(parsed)).toBe('"u.s.-led" "zürich" "東京" "1.1m"');
    expect(toWebsearch(parseSearch('-x a&b|c!d<->e:*f "g\\h" (i)'))).toBe('"a b c d - e f" "g h" "i" -"x"');
    expect(toFts5Match(parseSearch('"unclosed phrase'))).toBe('"unclosed phrase"');
  });

  it("bounds the work on very long input", () => {
    const parsed = parseSearch(Array.from({ length: 1_000 }, (_, i) => `w${i}`).join(" "));
    expect(parsed.terms).toHaveLength(12);
    expect(parseSearch("x".repeat(100)).terms).toEqual([]);
    const long = parseSearch(`"${"a ".repeat(100)}"`).terms[0]?.phrases[0];
    expect(long?.words).toHaveLength(12);
    expect(long?.text).toBe(Array.from({ length: 12 }, () => "a").join(" "));
  });
});
