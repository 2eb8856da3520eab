import { describe, expect, it } from "vitest";
import { readMarkedSnippet } from "@/lib/db";
import { parseStoryListQuery, readStoryListQuery, storyListParams } from "./search";

describe("the story list's query", () => {
  it("leaves out a date that is not on the calendar and says which and why", () => {
    for (const bad of ["2026-02-31", "2026-13-01", "yesterday", "2026-2-1"]) {
      const { query, problems } = readStoryListQuery({ from: bad, to: "2026-03-01" });
      expect(query.from, bad).toBeUndefined();
      expect(query.to).toBe("2026-03-01");
      expect(problems).toEqual([{ field: "from", message: expect.stringContaining(`“${bad}”`) }]);
      expect(() => parseStoryListQuery({ from: bad }, "strict")).toThrow(/"from"/);
    }
    expect(readStoryListQuery({ from: "2024-02-29" }).problems).toEqual([]);
  });

  it("refuses a reversed range instead of answering it with nothing", () => {
    const { query, problems } = readStoryListQuery({ from: "2026-03-01", to: "2026-02-01", q: "strike" });
    expect([query.from, query.to, query.q]).toEqual([undefined, undefined, "strike"]);
    expect(problems[0]?.message).toMatch(/From date \(2026-03-01\) is after the To date \(2026-02-01\)/);
    expect(() => parseStoryListQuery({ from: "2026-03-01", to: "2026-02-01" }, "strict")).toThrow(
      /is after "to"/,
    );
    expect(readStoryListQuery({ from: "2026-02-01", to: "2026-02-01" }).problems).toEqual([]);
  });

  it("reads and writes the two-or-more-outlets filter", () => {
    const query = parseStoryListQuery({ multi: "1" }, "strict");
    expect(query.multi).toBe(true);
    expect(storyListParams(query).toString()).toBe("multi=1");
    expect(parseStoryListQuery({}, "strict").multi).toBe(false);
  });
});

describe("match excerpts", () => {
  it("turns the engines' marks into plain text and offsets, cut at a word", () => {
    const read = readMarkedSnippet("…the \u0002immigrants\u0003\n\nwere <b>\u0002counted\u0003</b>…", 320);
    expect(read.text).toBe("…the immigrants were <b>counted</b>…");
    expect(read.highlights.map((h) => read.text.slice(h.start, h.end))).toEqual(["immigrants", "counted"]);
    const cut = readMarkedSnippet(`\u0002alpha\u0003 ${"word ".repeat(100)}\u0002omega\u0003`, 60);
    expect(cut.text.length).toBeLessThanOrEqual(60);
    expect(cut.text.endsWith("…")).toBe(true);
    expect(cut.highlights).toEqual([{ start: 0, end: 5 }]);
    // A stray or unclosed mark never leaks into the text.
    expect(readMarkedSnippet("a \u0003b\u0002 c", 50)).toEqual({ text: "a b c", highlights: [] });
  });
});
