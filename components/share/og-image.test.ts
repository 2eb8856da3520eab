import { describe, expect, it } from "vitest";
import type { QuoteGroupView } from "@/lib/views/types";
import { ogCard, trimOps } from "./og-card";
import { ogImage, OG_SIZE } from "./og-image";

const group: QuoteGroupView = {
  id: "g1",
  speaker: "Vladimir Putin",
  variants: [
    {
      quotationId: "q1",
      articleId: "a1",
      outlet: "JOE",
      publishedAt: null,
      text: "they will be legitimate targets for their destruction",
      start: 0,
      end: 10,
      speaker: "Putin",
      cue: "said",
    },
    {
      quotationId: "q2",
      articleId: "a2",
      outlet: "Outlet B",
      publishedAt: null,
      text: "they will be legitimate targets for defeat",
      start: 0,
      end: 10,
      speaker: "Putin",
      cue: "said",
    },
  ],
  diffs: [
    {
      from: "a1",
      to: "a2",
      kind: "reworded",
      ops: [
        [0, "they will be legitimate targets for "],
        [-1, "their destruction"],
        [1, "defeat"],
      ],
    },
  ],
  wordings: [
    { text: "they will be legitimate targets for their destruction", articleIds: ["a1"] },
    { text: "they will be legitimate targets for defeat", articleIds: ["a2"] },
  ],
};

describe("ogCard", () => {
  it("takes the reworded group's diff and names the outlets on each side", () => {
    const card = ogCard({
      eyebrow: "Story",
      title: "Putin warns",
      outlets: ["JOE", "Outlet B"],
      groups: [group],
    });
    expect(card.quote).toEqual({
      speaker: "Vladimir Putin",
      fromOutlets: ["JOE"],
      toOutlets: ["Outlet B"],
      ops: group.diffs[0]?.ops,
    });
  });

  it("cuts long unchanged stretches to the words around the change", () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    const trimmed = trimOps(
      [
        [0, `${long} `],
        [-1, "old"],
        [1, "new"],
        [0, ` ${long}`],
      ],
      3,
    );
    expect(trimmed).toEqual([
      [0, "… w37 w38 w39 "],
      [-1, "old"],
      [1, "new"],
      [0, " w0 w1 w2 …"],
    ]);
  });

  it("has no quote when the story has no quotations, and caps the outlet list", () => {
    const outlets = ["A", "B", "C", "D", "E", "F", "G", "H"];
    const card = ogCard({ eyebrow: "Story", title: "x".repeat(300), outlets, groups: [] });
    expect(card.quote).toBeNull();
    expect(card.outlets).toEqual(["A", "B", "C", "D", "E", "+3 more"]);
    expect(card.title.length).toBeLessThanOrEqual(110);
  });
});

describe("ogImage", () => {
  it("renders a 1200×630 PNG offline with the bundled font", { timeout: 60_000 }, async () => {
    const card = ogCard({
      eyebrow: "Story",
      title: "Putin warns",
      outlets: ["JOE", "Outlet B"],
      groups: [group],
    });
    const response = ogImage(card);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([OG_SIZE.width, OG_SIZE.height]);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.length).toBeLessThan(1_000_000);
    if (process.env.OG_DUMP) (await import("node:fs")).writeFileSync(process.env.OG_DUMP, bytes);
  });
});
