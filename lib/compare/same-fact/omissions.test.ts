import { describe, expect, it } from "vitest";
import { omittingArticles, ownFactVoice, statesFact } from "./omissions";
import { analyseSentence } from "./tokens";

describe("ownFactVoice (a fact in the outlet's voice, readable alone)", () => {
  // Narration and attributed quotations are the outlet's facts; a quotation whose speaker is in another sentence,
  // the author's own voice, an embedded post and a glued link in capitals are not.
  it.each<[string, boolean]>([
    ["The council voted 7-2 on Tuesday to ban gas-powered leaf blowers.", true],
    ["“ We won with the poorly educated, ” Trump said, citing the entrance polls.", true],
    ['" Since Obama took office, the Pell Grant went up to $5,550, " she explains.', true],
    // A straight mark before any word, with an odd count, closes the sentence before's quotation.
    ['" Trump took credit for stopping the caravan, saying Mexico helped turn it back.', true],
    ["The U.S. and the US Army said the strike killed 12 people.", true],
    ["“Butch” Otter has already said that he intends to appeal the ruling.", true],
    ['"No carve out of the filibuster – period," the Republican leader said.', true],
    ["“ I ’m glad that the Department of Homeland Security has listened to Arizona.", false],
    ['"The White House knows our position - we need spending cuts equal to the increase."', false],
    ["which is what the Senate leadership wants.” The senator left.", false],
    ["As Senator Ted Cruz urged us, we will be encouraged to come together as a nation.", false],
    ["Rather than debating school safety, mind you, Senate Democrats dunked on Republicans.", false],
    ["We must confront this hate. — Kamala Harris (@KamalaHarris) January 29, 2019", false],
    [
      "These bans violate Supreme Court rulings, but the laws were never challenged and went into effect.",
      false,
    ],
    ["But it is not perfect, though the 1973 ruling was an essential step.", false],
    ["He also noted that nearly 6,000 troops are on the ground at the Kabul airport.", true],
    ["“ The tables are turned, ” said Peter J. Spiro, a law professor at Temple University.", false],
    [
      "President Joe Biden speaks at the National Action Network's breakfast, Monday, Jan. 16, 2023, in Washington.",
      false,
    ],
    ["SUPREME COURT COMMISSION STUDY SIDESTEPS CONTROVERSIAL ISSUES The court ruled on Friday.", false],
  ])("%s → %s", (text, expected) => {
    expect(ownFactVoice(text)).toBe(expected);
  });

  it("makes statesFact refuse such a sentence only when its text is given", () => {
    const quote = "“ I ’m glad that the Department of Homeland Security has listened to Arizona.";
    expect(statesFact(analyseSentence(quote))).toBe(true);
    expect(statesFact(analyseSentence(quote), undefined, quote)).toBe(false);
  });
});

describe("omittingArticles", () => {
  const rowOf = (text: string) => [{ articleId: "a", analysed: analyseSentence(text), text }];
  const sentences = (texts: string[]) => texts.map((t) => analyseSentence(t));

  it("does not list an article that states, as its own or someone else's words, what a row reports said", () => {
    const said =
      "Senator Maria Lopez, the chairwoman of the Senate transportation committee, told reporters in Albany on Tuesday that the Hudson Street bridge would reopen to traffic in March.";
    const other = sentences([
      "The Hudson Street bridge, closed since a barge struck it in 2021, will reopen to traffic in March, though cyclists must wait until the summer.",
    ]);
    const ids = ["a", "b"];
    expect(omittingArticles([rowOf(said)], ids, new Map([["b", other]]))).toEqual([[]]);
    // Without the text, the reported clause is not read apart from its attribution.
    const bare = [{ articleId: "a", analysed: analyseSentence(said) }];
    expect(omittingArticles([bare], ids, new Map([["b", other]]))).toEqual([["b"]]);
  });

  it("lists an article that leaves out a fact the others carry, but not for a row without a fact", () => {
    const fact = "The Hudson Street bridge will reopen to traffic in March after $40 million of repairs.";
    const other = sentences(["Governor Kathy Hochul toured a school in Buffalo on Monday."]);
    const ids = ["a", "b"];
    expect(omittingArticles([rowOf(fact)], ids, new Map([["b", other]]))).toEqual([["b"]]);
    const quote =
      "“ We are glad that the Hudson Street bridge is finally getting fixed after years of delay.";
    expect(omittingArticles([rowOf(quote)], ids, new Map([["b", other]]))).toEqual([[]]);
  });
});
