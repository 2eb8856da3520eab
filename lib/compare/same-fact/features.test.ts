import { describe, expect, it } from "vitest";
import { baseFeatures, FEATURE_NAMES, pairFeatures } from "./features";
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
});
