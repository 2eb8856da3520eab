import { describe, expect, it } from "vitest";
import { diffWords } from "./diff";
import { diffStats, isRewrite } from "./diff-stats";

describe("diffStats", () => {
  it("counts unchanged, removed and added words", () => {
    const stats = diffStats(
      diffWords("the minister resigned on Monday", "the minister quit on Monday night"),
    );
    expect(stats).toMatchObject({ unchangedWords: 4, removedWords: 1, addedWords: 2 });
    expect(stats.unchangedShare).toBeCloseTo(4 / 6);
    expect(isRewrite(stats)).toBe(false);
  });

  it("calls a text that shares almost nothing a rewrite", () => {
    const stats = diffStats(
      diffWords(
        "Officials confirmed the bridge will reopen next spring after repairs.",
        "A storm closed the harbour and ferries stayed in port all weekend.",
      ),
    );
    expect(isRewrite(stats)).toBe(true);
  });

  it("treats identical and empty texts as unchanged", () => {
    expect(diffStats(diffWords("same words", "same words")).unchangedShare).toBe(1);
    expect(diffStats([]).unchangedShare).toBe(1);
  });
});
