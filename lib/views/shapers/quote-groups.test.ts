import { describe, expect, it } from "vitest";
import { sortGroupViews, toQuoteGroupView } from "./quote-groups";

const variant = (id: string, articleId: string, text: string, start: number, publishedAt: string | null) => ({
  id,
  articleId,
  outlet: articleId.toUpperCase(),
  publishedAt,
  text,
  start,
  end: start + text.length,
  speaker: "Ilse Varga",
  cue: "said",
});

describe("toQuoteGroupView", () => {
  it("puts the reference first, diffs the others against it and keeps each variant's cue", () => {
    const view = toQuoteGroupView({
      id: "g1",
      speaker: "Ilse Varga",
      variants: [
        variant("q2", "b", "We will not let our harbours become hostages", 40, "2026-02-10T10:00:00Z"),
        variant("q1", "a", "We will not allow our ports to become hostages", 10, "2026-02-10T08:00:00Z"),
      ],
    });
    expect(view.variants).toHaveLength(2);
    expect(view.diffs).toHaveLength(1);
    expect(view.diffs[0]?.from).toBe(view.variants[0]?.articleId);
    expect(view.diffs[0]?.kind).toBe("reworded");
    expect(view.variants.every((v) => v.cue === "said")).toBe(true);
  });
});

describe("sortGroupViews", () => {
  it("lists shared quotes first, then single ones in the order they first appear", () => {
    const single = (id: string, start: number, publishedAt: string | null) =>
      toQuoteGroupView({
        id,
        speaker: null,
        variants: [variant(`q-${id}`, "a", `Quote ${id} text here`, start, publishedAt)],
      });
    const shared = toQuoteGroupView({
      id: "shared",
      speaker: null,
      variants: [
        variant("s1", "a", "same words here", 5, null),
        variant("s2", "b", "same words here", 9, null),
      ],
    });
    const sorted = sortGroupViews([
      single("late", 300, "2026-01-02T00:00:00Z"),
      single("early", 20, "2026-01-01T00:00:00Z"),
      shared,
      single("mid", 100, "2026-01-01T00:00:00Z"),
    ]);
    expect(sorted.map((g) => g.id)).toEqual(["shared", "early", "mid", "late"]);
  });
});
