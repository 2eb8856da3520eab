import { describe, expect, it } from "vitest";
import { isCommonWord, lowerCaseWords } from "./common-words";

describe("common words", () => {
  it("knows common English words and not surnames", () => {
    expect(isCommonWord("priorities")).toBe(true);
    expect(isCommonWord("news")).toBe(true);
    expect(isCommonWord("klobuchar")).toBe(false);
    expect(isCommonWord("constructor")).toBe(false);
  });

  it("collects the words a text writes in lower case, not its capitalised ones", () => {
    const words = lowerCaseWords(
      "News went further: the news’s reach, Élan and élan, Bush and well-known bush.",
    );
    expect([...words].sort()).toEqual([
      "and",
      "bush",
      "further",
      "news’s",
      "reach",
      "the",
      "well-known",
      "went",
      "élan",
    ]);
  });
});
