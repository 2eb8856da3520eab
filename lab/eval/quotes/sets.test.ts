import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assignFolds, crossValidate } from "./folds";
import { loadQuoteSet } from "./sets";
import { evaluateQuotesOnDir } from "./runner";

const GERMAN = fileURLToPath(new URL("./__fixtures__/german-mini/train", import.meta.url));

describe("loadQuoteSet on quotes-german's layout", () => {
  it("takes as gold only the attributions ../quote-types.tsv types Direct", async () => {
    const [doc, ...rest] = await loadQuoteSet(GERMAN);
    expect(rest).toEqual([]);
    // E2 holds a quotation mark too but is typed Indirect: not gold here, though PolNeAR's rule would take it.
    expect(doc?.gold).toHaveLength(1);
    expect(doc && doc.body.slice(doc.gold[0]!.start, doc.gold[0]!.end)).toMatch(/^„Wir haben/);
  });

  it("scores the German quotation and its speaker", async () => {
    const metrics = await evaluateQuotesOnDir(GERMAN);
    expect(metrics).toMatchObject({ gold: 1, matched: 1, matchedWithSpeaker: 1 });
  });
});

describe("folds", () => {
  it("keeps each group in one fold and deals groups evenly", () => {
    const docs = ["a", "a", "b", "c", "d", "d", "e", "f"].map((group) => ({ group }));
    const folds = assignFolds(docs, 3);
    expect(folds[0]).toBe(folds[1]);
    expect(folds[4]).toBe(folds[5]);
    const groupsPerFold = [0, 1, 2].map(
      (f) => new Set(docs.filter((_, i) => folds[i] === f).map((d) => d.group)).size,
    );
    expect(groupsPerFold.sort()).toEqual([2, 2, 2]);
  });

  it("scores every document once, held out from what it is scored with", async () => {
    const docs = await loadQuoteSet(GERMAN);
    const metrics = crossValidate([...docs, { ...docs[0]!, name: "copy", group: "copy" }], 2);
    expect(metrics.gold).toBe(2);
  });
});
