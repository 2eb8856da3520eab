import { describe, expect, it } from "vitest";
import { wireLineage, type LineageArticle } from "./lineage";

const WIRE =
  "A magnitude 6.1 earthquake struck off the coast of Qeshm island early on Sunday, the geological survey said. " +
  "Rescue teams reached the three worst hit villages by noon and the provincial governor said at least ten people were killed. " +
  "Hundreds of homes built of mud brick collapsed, and residents spent the night outside in the cold.";

function article(id: string, publishedAt: string | null, text: string, outlet = id): LineageArticle {
  return { id, outlet, publishedAt, text };
}

describe("wireLineage", () => {
  it("finds copies and light rewrites of the earliest source and counts independent sources", () => {
    const rewrite = WIRE.replace("early on Sunday", "on Sunday morning").replace("by noon", "before midday");
    const padded = `Local families were waiting for news last night. ${WIRE} The mayor said the town would help.`;
    const independent =
      "Our reporter in Bandar Abbas saw ambulances queueing at the port as officials counted the dead after the quake.";
    const result = wireLineage([
      article("d-padded", "2024-05-05T12:00:00Z", padded),
      article("b-wire", "2024-05-05T08:00:00Z", WIRE),
      article("c-rewrite", "2024-05-05T09:00:00Z", rewrite),
      article("e-own", "2024-05-05T10:00:00Z", independent),
    ]);
    expect(result.sources).toBe(2);
    expect(result.articles).toBe(4);
    expect(result.copies.map((c) => [c.articleId, c.followsArticleId])).toEqual([
      ["c-rewrite", "b-wire"],
      ["d-padded", "b-wire"],
    ]);
    for (const copy of result.copies) {
      expect(copy.containment).toBeGreaterThanOrEqual(0.5);
      expect(copy.containment).toBeLessThanOrEqual(1);
    }
    // The padded copy holds the whole wire text: measured against the shorter article, it is a full copy.
    expect(result.copies.find((c) => c.articleId === "d-padded")?.containment).toBe(1);
  });

  it("breaks publication ties by id, puts undated articles last, and ignores case", () => {
    const result = wireLineage([
      article("z", null, WIRE),
      article("b", "2024-05-05T08:00:00Z", WIRE.toUpperCase()),
      article("a", "2024-05-05T08:00:00Z", WIRE),
    ]);
    expect(result.copies).toEqual([
      { articleId: "b", followsArticleId: "a", containment: 1 },
      { articleId: "z", followsArticleId: "a", containment: 1 },
    ]);
    expect(result.sources).toBe(1);
  });

  it("treats empty, short and unrelated texts as independent, and respects the thresholds and bounds", () => {
    expect(
      wireLineage([article("a", null, ""), article("b", null, "Too short."), article("c", null, "")]),
    ).toEqual({ sources: 3, articles: 3, copies: [] });
    const half = WIRE.slice(0, Math.floor(WIRE.length / 3));
    const strict = wireLineage([article("a", "2024-01-01", WIRE), article("b", "2024-01-02", half)], {
      minContainment: 1.01,
    });
    expect(strict.copies).toEqual([]);
    const capped = wireLineage(
      [article("a", "2024-01-01", WIRE), article("b", "2024-01-02", WIRE), article("c", "2024-01-03", WIRE)],
      { maxArticles: 2 },
    );
    expect(capped).toMatchObject({ sources: 1, articles: 2 });
    expect(wireLineage([])).toEqual({ sources: 0, articles: 0, copies: [] });
  });
});
