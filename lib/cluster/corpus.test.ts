import { describe, expect, it } from "vitest";
import { InMemoryCorpusStats } from "./corpus";

describe("InMemoryCorpusStats", () => {
  it("counts documents and document frequencies, and answers only for the terms asked", () => {
    const corpus = new InMemoryCorpusStats();
    corpus.add(["putin", "troop"]);
    corpus.add(["putin"]);
    expect(corpus.stats(["putin", "troop", "unseen"])).toEqual({
      documentCount: 2,
      documentFrequency: { putin: 2, troop: 1 },
    });
    expect(corpus.frequencyOf("unseen")).toBe(0);
  });

  it("in a small fixed memory never undercounts, and stays close while collisions are few", () => {
    const corpus = new InMemoryCorpusStats({ width: 1024 });
    for (let i = 0; i < 300; i++) corpus.add(["common", `rare${i}`]);
    expect(corpus.frequencyOf("common")).toBeGreaterThanOrEqual(300);
    expect(corpus.frequencyOf("common")).toBeLessThan(310);
    const rare = Array.from({ length: 300 }, (_, i) => corpus.frequencyOf(`rare${i}`));
    expect(Math.min(...rare)).toBeGreaterThanOrEqual(1);
    expect(rare.filter((df) => df === 1).length).toBeGreaterThan(250);
    expect(corpus.documentCount).toBe(300);
  });

  it("counts a document and answers the frequencies from before it, as stats would have", () => {
    const corpus = new InMemoryCorpusStats();
    corpus.add(["putin", "troop"]);
    const lookup = corpus.countDocument(["putin", "forum"]);
    expect([lookup.documentCount, lookup.frequencyOf("putin"), lookup.frequencyOf("forum")]).toEqual([
      1, 1, 0,
    ]);
    expect(corpus.stats(["putin", "forum"])).toEqual({
      documentCount: 2,
      documentFrequency: { putin: 2, forum: 1 },
    });
  });
});
