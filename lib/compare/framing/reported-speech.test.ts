import { describe, expect, it } from "vitest";
import { speakerRanges } from "./reported-speech";

/** The text of each range the function gives for a text with no quotation marks. */
function reported(text: string): string[] {
  return speakerRanges(text, []).map((r) => text.slice(r.start, r.end));
}

describe("speakerRanges: reported speech is the speaker's, its framing the outlet's", () => {
  it("takes the clause after a reporting verb, leaving the verb, an adverb before it and 'that' out", () => {
    expect(reported("Trump falsely claimed that the election was rigged.")).toEqual([
      "the election was rigged",
    ]);
    expect(reported("Officials said the strike was brutal and unprovoked.")).toEqual([
      "the strike was brutal and unprovoked",
    ]);
  });

  it("keeps a parenthesis right after the verb as the outlet's", () => {
    expect(reported("He claimed, without evidence, that millions voted twice.")).toEqual([
      "millions voted twice",
    ]);
  });

  it("takes the content before a trailing attribution, and the label a naming verb gives", () => {
    expect(reported("The regime is collapsing, the minister said.")).toEqual(["The regime is collapsing"]);
    expect(reported("Kirk called them terrorists, and left.")).toEqual(["them terrorists"]);
  });

  it("reads 'according to' at either end of a sentence", () => {
    expect(reported("According to the police, the protest was peaceful.")).toEqual([
      "the protest was peaceful",
    ]);
    expect(reported("The protest was peaceful, according to the police.")).toEqual([
      "The protest was peaceful",
    ]);
  });

  it("takes a word that is also a noun as a reporting verb only in a verb's form, and reads reported belief", () => {
    expect(reported("Trump is pressuring state and local officials, threatening to withhold funds.")).toEqual(
      [],
    );
    expect(reported("For all the vitriolic tweets, the rhetoric can be kept up.")).toEqual([]);
    expect(reported("He tweeted that the vote was rigged.")).toEqual(["the vote was rigged"]);
    // The believers' words, "wrongly" among them, are theirs (the clause runs to the sentence's end).
    expect(reported("Republicans who believe that Roe was wrongly decided are betting on it.")[0]).toMatch(
      /^Roe was wrongly decided/,
    );
  });

  it("finds nothing in narration, and keeps the quotations it is given", () => {
    const text = 'The army shelled the town. "It was a massacre," a resident said.';
    expect(reported("The army shelled the town on Monday.")).toEqual([]);
    const ranges = speakerRanges(text, [{ start: 27, end: 50 }]);
    expect(ranges).toContainEqual({ start: 27, end: 50 });
    expect(ranges.every((r) => r.start >= 27)).toBe(true);
  });

  it("stays linear on a long text", () => {
    const text = "Officials said the town was calm. ".repeat(5_000);
    const started = performance.now();
    expect(speakerRanges(text, [])).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
