import { describe, expect, it } from "vitest";
import { stageOf, superLinearSteps } from "@/lib/testing/growth";
import { normalizeText, sentenceSpans, words } from "./index";

/* Issue 15: the text helpers every stage uses, linear on the bodies an attacker would send (lib/testing/growth.ts). */
describe("text helpers on adversarial bodies of 10k, 100k and 1M characters", () => {
  it("normalising, sentences and words grow about linearly", { timeout: 120_000 }, () => {
    expect([
      ...superLinearSteps(stageOf("normalizeText", normalizeText)),
      ...superLinearSteps(stageOf("sentenceSpans", sentenceSpans)),
      ...superLinearSteps(stageOf("words", words)),
    ]).toEqual([]);
  });
});
