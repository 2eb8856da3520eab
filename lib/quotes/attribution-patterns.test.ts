import { describe, expect, it } from "vitest";
import { findQuotations, type Quotation } from "./index";
import { expectValidQuotations } from "./test-invariants";

function run(body: string): Quotation[] {
  const quotes = findQuotations(body);
  expectValidQuotations(body, quotes);
  return quotes;
}

function mention(body: string, q: Quotation | undefined): string | null {
  if (!q || q.speakerStart === null || q.speakerEnd === null) return null;
  return body.slice(q.speakerStart, q.speakerEnd);
}

describe("quotation shapes", () => {
  it("a quote split by its attribution is two quotations of one speaker, curly or straight", () => {
    for (const [open, close] of [
      ["“", "”"],
      ['"', '"'],
    ]) {
      const body = `Kremlin spokesperson Dmitry Peskov spoke on Monday. ${open}We are,${close} he said, ${open}an enemy of NATO.${close}`;
      const quotes = run(body);
      expect(quotes.map((q) => q.text)).toEqual(["We are", "an enemy of NATO."]);
      for (const q of quotes) expect(q).toMatchObject({ speaker: "Dmitry Peskov", cue: "said" });
    }
  });

  it("guillemets quote like double marks", () => {
    const body = "Emmanuel Macron a parlé. «Nous tiendrons bon», said Macron.";
    expect(run(body)).toMatchObject([{ text: "Nous tiendrons bon", speaker: "Emmanuel Macron" }]);
  });

  it("a quote left open at a paragraph's end runs on into the next paragraph, with the same speaker", () => {
    const body =
      'Senator Ann Holt spoke for an hour. "We will not give in to pressure from anyone, she said.\n\n"Not today, and not next year either."';
    const openedEarlier =
      'Senator Ann Holt said: "We will not give in to pressure from anyone.\n\n"Not today, and not next year either."';
    const quotes = run(openedEarlier);
    expect(quotes.map((q) => q.text)).toEqual([
      "We will not give in to pressure from anyone.",
      "Not today, and not next year either.",
    ]);
    for (const q of quotes) expect(q.speaker).toBe("Ann Holt");
    expect(run(body).every((q) => q.speaker === null || q.speaker === "Ann Holt")).toBe(true);
  });

  it("a partial quote keeps the writer's words out of the quotation", () => {
    const body = "Governor Tom Reyes called the budget “a betrayal of working families” on Tuesday.";
    expect(run(body)).toMatchObject([
      { text: "a betrayal of working families", speaker: "Tom Reyes", cue: "called", kind: "partial" },
    ]);
  });

  it("scare quotes, titles and nicknames with no cue are not quotations", () => {
    const body =
      'The "reform" passed on Monday. Fans of "The Apprentice" watched as "Little Marco" left the stage. The plan was called a "win-win" deal.';
    expect(run(body)).toEqual([]);
  });

  it("where a text quotes with double marks, its single-quoted words are scare quotes", () => {
    const body =
      "Trump: ‘I Am the Best Candidate for the Job’\n\nDonald Trump said the 'rigged system' must end. “It’s a disgrace,” Trump said. “We will win.”";
    const quotes = run(body);
    expect(quotes.map((q) => q.text)).toEqual(["It’s a disgrace", "We will win."]);
  });
});

describe("speakers", () => {
  it("'as X puts it' attributes the quote that follows to X, in the present tense too", () => {
    const body =
      'The vote failed. As columnist Dana Milbank puts it, "Senate Republicans are unmoved, and activists uninspired."';
    expect(run(body).map((q) => q.speaker)).toEqual(["Dana Milbank"]);
    expect(run(body.replace("puts it", "puts pressure on them"))).toEqual([]);
  });

  it("the subject of 'went on to say' and 'continued to argue' speaks, a pronoun included", () => {
    const body = 'The room was quiet. He went on to say, "She once threw a Bible at an agent on her detail."';
    expect(run(body).map((q) => mention(body, q))).toEqual(["He"]);
    const named = 'The room was quiet. Senator Jane Roe continued to argue, "The plan will fail."';
    expect(run(named).map((q) => [q.text, q.speaker])).toEqual([["The plan will fail.", "Jane Roe"]]);
  });

  it('"he said" resolves to the nearest person named before it, the mention staying on the pronoun', () => {
    const body =
      'Maria Lopez introduced the guest. Dmitry Peskov took the floor.\n\n"Nothing has changed," he said.';
    const q = run(body)[0];
    expect(q).toMatchObject({ speaker: "Dmitry Peskov", cue: "said" });
    expect(mention(body, q)).toBe("he");
  });

  it("a title before the name is left out of the mention; a later surname gets the full name", () => {
    const body =
      "Kremlin spokesperson Dmitry Peskov told reporters: “There is no deal.”\n\n“We are ready to talk,” said Peskov.";
    const quotes = run(body);
    expect(quotes.map((q) => mention(body, q))).toEqual(["Dmitry Peskov", "Peskov"]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Dmitry Peskov", "Dmitry Peskov"]);
    expect(quotes.map((q) => q.cue)).toEqual(["told", "said"]);
  });

  it('"X said." after a quote that ends its own sentence still attributes it', () => {
    const body =
      "Donald Trump spoke in Florida. “Russia, if you’re listening, I hope you find the emails.” Trump said.";
    expect(run(body)).toMatchObject([{ speaker: "Donald Trump", cue: "said" }]);
  });

  it("a new sentence that reports more is no trailer of the quote before it", () => {
    const body = "Jane Doe spoke first. “We won.” Bob Smith said the count was wrong.";
    expect(run(body)).toEqual([]);
  });

  it("an insertion between the name and the verb is stepped over", () => {
    const body =
      'Sen. Richard Durbin (D-Ill.), noting the size of the crowd, said, "He has a heck of an email list."';
    const q = run(body)[0];
    expect(mention(body, q)).toBe("Richard Durbin");
  });

  it("a relative pronoun is the mention, the person before it the speaker", () => {
    const body =
      "Among the replies was one from Rikkie Wells, who tweeted, “They break the rules constantly.”";
    const q = run(body)[0];
    expect(q).toMatchObject({ speaker: "Rikkie Wells", cue: "tweeted" });
    expect(mention(body, q)).toBe("who");
  });

  it("a name and a colon attribute the quote after them", () => {
    const body = 'Jeb Bush and Hillary Clinton reject containment.\n\nClinton: "Our goal is to defeat ISIS."';
    expect(run(body)).toMatchObject([{ speaker: "Hillary Clinton", cue: null, kind: "direct" }]);
  });

  it('"…," he said, adding: "…" gives two quotations, both his, the second with its own cue', () => {
    const body =
      'Corey Lewandowski spoke late. "Turnout is up," Lewandowski said, adding: "They will help everybody."';
    const quotes = run(body);
    expect(quotes.map((q) => [q.text, q.cue, q.speaker])).toEqual([
      ["Turnout is up", "said", "Corey Lewandowski"],
      ["They will help everybody.", "adding", "Corey Lewandowski"],
    ]);
  });

  it("the speaker of a reported clause is the reporter, not the clause's own subject", () => {
    const body =
      'Dan Kritenbrink, a senior director at the council, said he expects the leaders to "clearly demonstrate their unity."';
    const q = run(body)[0];
    expect(q).toMatchObject({ speaker: "Dan Kritenbrink", cue: "said", kind: "partial" });
  });

  it("a verb with no subject of its own gives way to the nearest one with a subject", () => {
    const body =
      'Ruth Nance said she would like Trump to explain his stance, because he is "the most pro-life of the two."';
    const q = run(body)[0];
    expect(q).toMatchObject({ speaker: "Ruth Nance", cue: "said" });
  });
});

describe("a label after a naming verb (issue 13)", () => {
  it("is the word of whoever called it so, not of the name speaking after it", () => {
    const body =
      "After a news conference in which the governor, Tom Hale, called the threats “irresponsible,” Senator " +
      "Nora Vance said she could not think of a better time.";
    const q = findQuotations(body).find((x) => x.text.includes("irresponsible"));
    expect(q?.speaker).toBe("Tom Hale");
  });
});

describe("speakers named by a plural role", () => {
  it("a lower-case plural of a person's role after a quote speaks it", () => {
    const body = '"The harm caused is incalculable," federal prosecutors wrote in a filing.';
    expect(mention(body, run(body)[0])).toBe("federal prosecutors");
  });
});
