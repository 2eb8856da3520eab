import { describe, expect, it } from "vitest";
import type { QuoteGroupView, QuoteVariantView } from "@/lib/views/types";
import { buildQuoteMatrix, UNATTRIBUTED } from "./quote-matrix";

const variant = (articleId: string, outlet: string, speaker: string | null): QuoteVariantView => ({
  quotationId: `${articleId}-q`,
  articleId,
  outlet,
  publishedAt: null,
  text: "words",
  start: 0,
  end: 5,
  speaker,
  cue: null,
});

const group = (
  id: string,
  speaker: string | null,
  variants: QuoteVariantView[],
  kinds: Record<string, "identical" | "truncated" | "reworded"> = {},
): QuoteGroupView => ({
  id,
  speaker,
  variants,
  diffs: variants.slice(1).map((v) => ({
    from: variants[0]?.articleId ?? "",
    to: v.articleId,
    kind: kinds[v.articleId] ?? "identical",
    ops: [],
  })),
  wordings: [],
});

describe("buildQuoteMatrix", () => {
  it("counts each speaker's quotations per outlet by wording, folding name forms", () => {
    const groups = [
      group(
        "g1",
        "Vladimir Putin",
        [variant("a", "A", "Putin"), variant("b", "B", "Putin"), variant("c", "C", "Putin")],
        {
          b: "reworded",
          c: "identical",
        },
      ),
      group("g2", "President Putin", [variant("a", "A", "Putin"), variant("b", "B", "Putin")], {
        b: "truncated",
      }),
      group("g3", "Mark Rutte", [variant("c", "C", "Rutte")]),
      group("g4", null, [variant("b", "B", null)]),
    ];
    const matrix = buildQuoteMatrix(groups, ["A", "B", "C"]);
    expect(matrix.outlets).toEqual(["A", "B", "C"]);
    expect(matrix.rows.map((r) => [r.speaker, r.groups])).toEqual([
      ["President Putin", 2],
      ["Mark Rutte", 1],
      [UNATTRIBUTED, 1],
    ]);
    const [putin, rutte] = matrix.rows;
    expect(putin?.cells.map((c) => c.counts)).toEqual([
      { same: 2, truncated: 0, reworded: 0, only: 0 },
      { same: 0, truncated: 1, reworded: 1, only: 0 },
      { same: 1, truncated: 0, reworded: 0, only: 0 },
    ]);
    expect(putin?.cells[1]?.firstGroup).toEqual({ reworded: "g1", truncated: "g2" });
    expect(rutte?.cells.map((c) => c.total)).toEqual([0, 0, 1]);
    expect(rutte?.cells[2]?.counts.only).toBe(1);
  });

  it("limits rows and columns, keeps the other speakers for a disclosure and says how many", () => {
    const groups = ["Ann Lee", "Bo Diaz", "Cy Oto"].map((s, i) =>
      group(`g${i}`, s, [variant(`a${i}`, "A", s)]),
    );
    const matrix = buildQuoteMatrix(groups, ["A", "B", "C"], { maxSpeakers: 2, maxOutlets: 2 });
    expect(matrix.rows).toHaveLength(2);
    expect(matrix).toMatchObject({ hiddenSpeakers: 1, hiddenOutlets: 1, outlets: ["A", "B"] });
    expect(matrix.moreRows.map((r) => r.speaker)).toEqual(["Cy Oto"]);
    expect(matrix.moreRows[0]?.cells.map((c) => c.total)).toEqual([1, 0]);
  });
});
