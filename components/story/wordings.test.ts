import { describe, expect, it } from "vitest";
import type { QuoteGroupView, QuoteVariantView } from "@/lib/views";
import { groupKind, truncationDirection, wordingRows } from "./wordings";

function variant(id: string, articleId: string, outlet: string, text: string): QuoteVariantView {
  return {
    quotationId: id,
    articleId,
    outlet,
    publishedAt: null,
    text,
    start: 0,
    end: text.length,
    speaker: "Putin",
    cue: "said",
  };
}

const group: QuoteGroupView = {
  id: "g1",
  speaker: "Putin",
  variants: [
    variant("q1", "a1", "Wire", "legitimate targets for their destruction"),
    variant("q2", "a2", "Daily", "legitimate targets for defeat"),
    variant("q3", "a3", "Ledger", "Legitimate targets for their destruction."),
  ],
  diffs: [
    {
      from: "a1",
      to: "a2",
      kind: "reworded",
      ops: [
        [0, "legitimate targets for "],
        [-1, "their destruction"],
        [1, "defeat"],
      ],
    },
    { from: "a1", to: "a3", kind: "identical", ops: [[0, "legitimate targets for their destruction"]] },
  ],
  wordings: [
    { text: "legitimate targets for their destruction", articleIds: ["a1", "a3"] },
    { text: "legitimate targets for defeat", articleIds: ["a2"] },
  ],
};

describe("wordingRows", () => {
  it("groups outlets by wording with the reference first and the diff for the others", () => {
    const rows = wordingRows(group);
    expect(rows.map((r) => [r.outlets, r.isReference, r.kind])).toEqual([
      [["Wire", "Ledger"], true, null],
      [["Daily"], false, "reworded"],
    ]);
    expect(rows[1]?.ops).toEqual(group.diffs[0]?.ops);
  });

  it("falls back to one row per variant without wordings", () => {
    const rows = wordingRows({ ...group, wordings: [] });
    expect(rows.map((r) => r.variant.quotationId)).toEqual(["q1", "q2", "q3"]);
  });

  it("summarises the strongest difference", () => {
    expect(groupKind(group)).toBe("reworded");
    expect(groupKind({ ...group, variants: group.variants.slice(0, 1), diffs: [] })).toBeNull();
  });
});

describe("truncationDirection", () => {
  it("tells a cut-down wording from a fuller one", () => {
    expect(
      truncationDirection([
        [0, "We will not pay"],
        [-1, " criminals"],
      ]),
    ).toBe("shorter");
    expect(
      truncationDirection([
        [0, "We will not pay"],
        [1, " criminals"],
      ]),
    ).toBe("fuller");
    expect(
      truncationDirection([
        [0, "a "],
        [-1, "b"],
        [1, "c"],
      ]),
    ).toBeNull();
    expect(truncationDirection(null)).toBeNull();
  });
});
