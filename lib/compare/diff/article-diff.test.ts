import { describe, expect, it } from "vitest";
import { articleDiffMarks } from "./article-diff";
import { JOE_BODY, OTHER_BODY } from "../__fixtures__/seed-articles";

describe("articleDiffMarks", () => {
  it("marks the words an article adds as ranges of its own text, and where reference words are missing", () => {
    const reference = "Troops who appear there will be legitimate targets for their destruction.";
    const text = "So, troops who appear there will be legitimate targets for defeat, he said.";
    const marks = articleDiffMarks(reference, text);
    const addedText = marks.added.map(([s, e]) => text.slice(s, e));
    expect(addedText.join(" | ")).toContain("defeat");
    expect(addedText.join(" | ")).toContain("So");
    expect(addedText.some((t) => /^\s|\s$/.test(t))).toBe(false);
    expect(marks.removed.reduce((n, r) => n + r.words, 0)).toBe(marks.stats.removedWords);
    for (const r of marks.removed) expect(r.at).toBeLessThanOrEqual(text.length);
    expect(marks.rewritten).toBe(false);
  });

  it("ignores whitespace and punctuation noise", () => {
    const marks = articleDiffMarks("One, two  three.", "One two three!");
    expect(marks.added).toEqual([]);
    expect(marks.stats.unchangedShare).toBe(1);
  });

  it("calls two different reports of one event rewritten rather than edited", () => {
    const marks = articleDiffMarks(JOE_BODY, OTHER_BODY);
    expect(marks.rewritten).toBe(true);
    expect(marks.stats.unchangedShare).toBeLessThan(0.35);
    for (const [s, e] of marks.added) {
      expect(s).toBeLessThan(e);
      expect(e).toBeLessThanOrEqual(OTHER_BODY.length);
    }
  });

  it("marks nothing for the same text", () => {
    expect(articleDiffMarks(JOE_BODY, JOE_BODY)).toMatchObject({ added: [], removed: [], rewritten: false });
  });
});
