import { describe, expect, it } from "vitest";
import type { QuoteGroupView } from "@/lib/views/types";
import { linesOf, ogCard, tellingScore, trimOps } from "./og-card";
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
    expect(card.quote).toMatchObject({
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

  it("has no quote when the story has no quotations, and fits the outlets in two rows", () => {
    const outlets = ["A", "B", "C", "D", "E", "F", "G", "H"];
    const card = ogCard({ eyebrow: "Story", title: "x".repeat(300), outlets, groups: [] });
    expect(card.quote).toBeNull();
    expect(card.outlets).toEqual(outlets);
    expect(card.alt).toMatch(
      /Reported by eight outlets: A, B, C, D, E, F, G and H\. No quotation is compared\.$/,
    );
    const many = Array.from({ length: 40 }, (_, i) => `The Very Long Outlet Name Number ${i}`);
    const crowded = ogCard({ eyebrow: "Story", title: "t", outlets: many, groups: [] });
    expect(crowded.outlets.at(-1)).toMatch(/^\+\d+ more$/);
    expect(crowded.outlets.length).toBeLessThan(12);
    expect(crowded.outlets[0]?.length).toBeLessThanOrEqual(30);
  });

  it("shrinks a long title to keep it to three lines, and leaves room for the quotation", () => {
    const short = ogCard({
      eyebrow: "Story",
      title: "Putin warns",
      outlets: ["JOE", "Outlet B"],
      groups: [group],
    });
    expect(short.titleSize).toBe(56);
    const title =
      "Putin threatens to strike Western troops in Ukraine if they are deployed under any peace settlement, Kremlin says, as allies meet in Paris to agree on guarantees";
    const long = ogCard({ eyebrow: "Story", title, outlets: ["JOE", "Outlet B"], groups: [group] });
    expect(long.titleSize).toBeLessThan(56);
    expect(linesOf(long.title, long.titleSize, 1088)).toBeLessThanOrEqual(3);
    expect(long.quote).not.toBeNull();
    const endless = ogCard({ eyebrow: "Story", title: "word ".repeat(200), outlets: [], groups: [] });
    expect(endless.title.endsWith("…")).toBe(true);
    expect(linesOf(endless.title, endless.titleSize, 1088)).toBeLessThanOrEqual(3);
  });

  it("shows the most telling difference: words present in one outlet only beat a cut at the end", () => {
    const variant = (id: string, outlet: string, text: string) => ({
      quotationId: `q-${id}`,
      articleId: id,
      outlet,
      publishedAt: null,
      text,
      start: 0,
      end: text.length,
      speaker: "Mayor",
      cue: "said",
    });
    const cut: QuoteGroupView = {
      id: "cut",
      speaker: "Mayor",
      variants: [
        variant(
          "a1",
          "Wire",
          "We will rebuild the bridge, and we will do it before the winter comes to the valley",
        ),
        variant("a2", "Daily", "We will rebuild the bridge"),
        variant("a3", "Post", "We will rebuild the bridge"),
      ],
      diffs: [
        {
          from: "a1",
          to: "a2",
          kind: "truncated",
          ops: [
            [0, "We will rebuild the bridge"],
            [-1, ", and we will do it before the winter comes to the valley"],
          ],
        },
        {
          from: "a1",
          to: "a3",
          kind: "truncated",
          ops: [
            [0, "We will rebuild the bridge"],
            [-1, ", and we will do it before the winter comes to the valley"],
          ],
        },
      ],
      wordings: [
        { text: "long", articleIds: ["a1"] },
        { text: "short", articleIds: ["a2", "a3"] },
      ],
    };
    const insertion: QuoteGroupView = {
      id: "ins",
      speaker: "Governor",
      variants: [
        variant("a1", "Wire", "The plan is sound"),
        variant("a3", "Post", "How ridiculous. The plan is sound"),
      ],
      diffs: [
        {
          from: "a1",
          to: "a3",
          kind: "truncated",
          ops: [
            [1, "How ridiculous. "],
            [0, "The plan is sound"],
          ],
        },
      ],
      wordings: [
        { text: "The plan is sound", articleIds: ["a1"] },
        { text: "How ridiculous. The plan is sound", articleIds: ["a3"] },
      ],
    };
    expect(tellingScore(insertion.diffs[0]!.ops)).toBeGreaterThan(tellingScore(cut.diffs[0]!.ops));
    const card = ogCard({
      eyebrow: "Story",
      title: "t",
      outlets: ["Wire", "Daily", "Post"],
      groups: [cut, insertion],
    });
    expect(card.quote).toMatchObject({ speaker: "Governor", fromOutlets: ["Wire"], toOutlets: ["Post"] });
    expect(card.quote?.ops.some(([kind, text]) => kind === 1 && text.includes("How ridiculous"))).toBe(true);
    expect(card.alt).toMatch(/Reported by three outlets: Wire, Daily and Post\./);
    expect(card.alt).toMatch(/A quotation by Governor as Wire and Post word it/);

    // The same words present in one outlet only, seen from the other side (one outlet each): shown as its addition.
    const reversed: QuoteGroupView = {
      ...insertion,
      variants: [...insertion.variants].reverse(),
      diffs: [
        {
          from: "a3",
          to: "a1",
          kind: "truncated",
          ops: [
            [-1, "How ridiculous. "],
            [0, "The plan is sound"],
          ],
        },
      ],
    };
    const flipped = ogCard({ eyebrow: "Story", title: "t", outlets: ["Wire", "Post"], groups: [reversed] });
    expect(flipped.quote).toMatchObject({ fromOutlets: ["Wire"], toOutlets: ["Post"] });
    expect(flipped.quote?.ops[0]).toEqual([1, "How ridiculous. "]);
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
    const response = await ogImage(card);
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
