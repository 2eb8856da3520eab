import { describe, expect, it } from "vitest";
import { baseFeatures, FEATURE_NAMES, pairFeatures, pairMeasures, type PairMeasureCache } from "./features";
import { analyseSentence } from "./tokens";

const features = (a: string, b: string) => baseFeatures(analyseSentence(a), analyseSentence(b));

describe("same-fact features", () => {
  const a = "Police arrested three men in connection with the robbery on Friday, officials said.";
  const b = "On Friday, three men were arrested by police in connection with the robbery.";

  it("are symmetric in the two sentences", () => {
    expect(pairFeatures(analyseSentence(a), analyseSentence(b))).toEqual(
      pairFeatures(analyseSentence(b), analyseSentence(a)),
    );
    expect(pairFeatures(analyseSentence(a), analyseSentence(b))).toHaveLength(FEATURE_NAMES.length);
  });

  it("score one wording as identical: BLEU 1, no edits, the whole sentence one common run", () => {
    const f = features(a, a);
    expect(f.bleuMin).toBeCloseTo(1, 10);
    expect(f.editRate).toBe(0);
    expect(f.lcsMin).toBe(1);
    expect(f.commonRun).toBe(1);
    expect(f.charDice).toBe(1);
    expect(f.tfidfCosine).toBeCloseTo(1, 10);
    expect(f.unmatchedWeightMax).toBe(0);
  });

  it("see word order: the same words reordered keep their overlap but lose their sequence", () => {
    const sentence = "The board approved the merger after a long meeting in Chicago.";
    const straight = features(sentence, sentence);
    const reordered = features(sentence, "In Chicago after a long meeting the merger the board approved.");
    expect(reordered.unigramMin).toBe(1);
    expect(reordered.lcsMin).toBeLessThan(straight.lcsMin);
    expect(reordered.editRate).toBeGreaterThan(straight.editRate);
    expect(reordered.bleuMin).toBeLessThan(straight.bleuMin);
    expect(reordered.commonRun).toBeLessThan(straight.commonRun);
  });

  it("weigh what one side leaves unmatched by its specificity, and see another subject", () => {
    const f = features(
      "The bank's chief executive was criticised by Elizabeth Warren on Tuesday.",
      "The bank's chief executive was criticised by Bernie Sanders on Tuesday.",
    );
    expect(f.unmatchedWeightMax).toBeGreaterThan(0);
    expect(f.unmatchedNamesWeight).toBeGreaterThan(0);
    expect(features(a, b).unmatchedNamesWeight).toBe(0);
  });

  it("stay bounded and finite on a sentence of thousands of words", () => {
    const long = `${Array.from({ length: 3000 }, (_, i) => `${i}-${i + 1}`).join(" ")} rose.`;
    const started = performance.now();
    const f = pairFeatures(analyseSentence(long), analyseSentence(`${long} again`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(f.every(Number.isFinite)).toBe(true);
  });

  it("measure a pair once per cache, whichever sentence comes first, as without the cache", () => {
    const cache: PairMeasureCache = new Map();
    const [x, y] = [analyseSentence(a), analyseSentence(b)];
    const measured = pairMeasures(x, y, cache);
    expect(pairMeasures(y, x, cache)).toBe(measured);
    expect(measured).toEqual(pairMeasures(analyseSentence(a), analyseSentence(b)));
  });

  it("count character n-grams of every script as the text's own (packed as numbers or not)", () => {
    // Plain sets of substrings: what the packed n-grams must agree with, beyond 13 bits a unit included.
    const dice = (x: string, y: string, n: number) => {
      const grams = (s: string) =>
        new Set(Array.from({ length: s.length - n + 1 }, (_, i) => s.slice(i, i + n)));
      const [gx, gy] = [grams(x), grams(y)];
      const shared = [...gx].filter((g) => gy.has(g)).length;
      return gx.size + gy.size === 0 ? 0 : (2 * shared) / (gx.size + gy.size);
    };
    const pairs = [
      ["東京都の知事は月曜日に辞任した", "東京都知事が月曜日に辞任"],
      ["Der Bürgermeister 🎉 trat zurück", "Bürgermeister 🎉 tritt zurück"],
      ["Ο δήμαρχος παραιτήθηκε", "Ο δήμαρχος δεν παραιτήθηκε"],
    ];
    for (const [x, y] of pairs as [string, string][]) {
      const [sx, sy] = [analyseSentence(x), analyseSentence(y)];
      const f = baseFeatures(sx, sy);
      const [kx, ky] = [sx, sy].map((s) => s.tokens.map((t) => t.key).join(" ")) as [string, string];
      expect(f.charDice).toBe(dice(kx, ky, 3));
      expect(f.char4Dice).toBe(dice(kx, ky, 4));
    }
  });
});
