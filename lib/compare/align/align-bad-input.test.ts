import { describe, expect, it } from "vitest";
import { alignSentences } from "./align";

const article = (id: string, text: string) => ({ id, outlet: id.toUpperCase(), text });

describe("alignSentences on bad input", () => {
  it("does not end sentences at Ariz., Sen. or U.S.", () => {
    const text =
      "Prominent Republicans are calling for Ariz. Sen. Jeff Flake to step aside. The U.S. Senate votes on Tuesday.";
    const alignment = alignSentences([article("a", text), article("b", "Nothing alike here at all.")]);
    const sentences = alignment.rows.flatMap((r) => r.sentences).filter((s) => s.articleId === "a");
    expect(sentences.map((s) => s.text)).toEqual([
      "Prominent Republicans are calling for Ariz. Sen. Jeff Flake to step aside.",
      "The U.S. Senate votes on Tuesday.",
    ]);
  });

  it("lists no one-word sentence as left out", () => {
    const alignment = alignSentences([
      article("a", "Thanks.\n\nThe storm killed 12 people in Florida on Sunday, officials said."),
      article("b", "Wow.\n\nTwelve people died when the storm hit Florida on Sunday."),
      article("c", "Yes.\n\nThe storm killed twelve people in Florida on Sunday."),
    ]);
    for (const row of alignment.rows) {
      if (row.sentences.every((s) => s.text.split(" ").length === 1)) expect(row.missingFrom).toEqual([]);
    }
  });

  it("aligns two identical articles sentence for sentence, leaving nothing out", () => {
    const text = "Officials counted the ballots. The count took nine hours. Yes. Results come on Friday.";
    const alignment = alignSentences([article("a", text), article("b", text)]);
    expect(alignment.rows).toHaveLength(4);
    for (const row of alignment.rows) {
      expect(row.sentences.map((s) => s.articleId)).toEqual(["a", "b"]);
      expect(row.missingFrom).toEqual([]);
    }
  });

  it("reads a 10,000-sentence article up to its cap, and an article with no sentence boundary in pieces", () => {
    const huge = Array.from(
      { length: 10_000 },
      (_, i) => `Officials counted ${i} ballots in district ${i}.`,
    ).join(" ");
    const unbroken = "officials counted ballots in every district and ".repeat(500);
    const alignment = alignSentences([article("a", huge), article("b", unbroken)], {
      maxSentencesPerArticle: 300,
    });
    const fromA = alignment.rows.flatMap((r) => r.sentences).filter((s) => s.articleId === "a");
    const fromB = alignment.rows.flatMap((r) => r.sentences).filter((s) => s.articleId === "b");
    expect(fromA).toHaveLength(300);
    // No sentence end in 24,000 characters: read in pieces cut at spaces, each within one segmenter window.
    expect(fromB.length).toBeGreaterThan(1);
    for (const s of fromB) expect(s.text.length).toBeLessThanOrEqual(16_384);
    expect(fromB.map((s) => s.text).join(" ")).toBe(unbroken.trim());
  });

  it("with three outlets, calls a fact left out only when two others carry it", () => {
    const alignment = alignSentences([
      article(
        "fox",
        "The storm killed 12 people in Florida on Sunday. The governor praised first responders.",
      ),
      article(
        "nyt",
        "Twelve people were killed when the storm hit Florida on Sunday. Power is out in Miami.",
      ),
      article("huff", "The hurricane season began early. Insurers expect record claims this year."),
    ]);
    const storm = alignment.rows.find((r) => r.sentences.some((s) => s.text.includes("12 people")));
    expect(storm?.sentences.map((s) => s.articleId)).toEqual(["fox", "nyt"]);
    expect(storm?.missingFrom).toEqual(["huff"]);
    const single = alignment.rows.filter((r) => r.sentences.length === 1);
    expect(single.length).toBeGreaterThan(0);
    for (const row of single) expect(row.missingFrom).toEqual([]);
  });
});
