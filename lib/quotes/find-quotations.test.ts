import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
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

function only(quotes: Quotation[]): Quotation {
  expect(quotes).toHaveLength(1);
  const [q] = quotes;
  if (!q) throw new Error("no quotation");
  return q;
}

describe("cue patterns", () => {
  it('"…," X said.', () => {
    const body = 'Jane Doe runs the port.\n\n"We will reopen on Monday," Doe said.';
    const q = only(run(body));
    expect(q).toMatchObject({
      text: "We will reopen on Monday",
      speaker: "Jane Doe",
      cue: "said",
      kind: "direct",
    });
    expect(mention(body, q)).toBe("Doe");
  });

  it('"…," said X.', () => {
    const body = "“The vote is final,” said Maria Lopez.";
    expect(only(run(body))).toMatchObject({ text: "The vote is final", speaker: "Maria Lopez", cue: "said" });
  });

  it('X said: "…"', () => {
    const body = 'Finance Minister Karl Berg said: "Taxes will not rise this year."';
    const q = only(run(body));
    expect(q).toMatchObject({
      text: "Taxes will not rise this year.",
      speaker: "Karl Berg",
      cue: "said",
      kind: "direct",
    });
    expect(mention(body, q)).toBe("Karl Berg");
  });

  it('X said that "…"', () => {
    const body = 'Karl Berg said that "taxes will not rise this year."';
    expect(only(run(body))).toMatchObject({ speaker: "Karl Berg", cue: "said" });
  });

  it('"…" X told reporters', () => {
    const body = "“We are not leaving” Anna Weiss told reporters on Friday.";
    expect(only(run(body))).toMatchObject({ text: "We are not leaving", speaker: "Anna Weiss", cue: "told" });
  });

  it("according to X", () => {
    const body = '"The plant will close by March," according to Tom Reyes.';
    const q = only(run(body));
    expect(q).toMatchObject({ speaker: "Tom Reyes", cue: "according to" });
  });

  it("X wrote on Truth Social: «…»", () => {
    const body = "Donald Trump wrote on Truth Social: «The deal is done and everybody is happy.»";
    expect(only(run(body))).toMatchObject({
      text: "The deal is done and everybody is happy.",
      speaker: "Donald Trump",
      cue: "wrote",
    });
  });

  it("a participle cue takes the sentence's subject, and a role resolves to the person named before", () => {
    const body =
      "Donald Trump flew to Asia on Monday.\n\nThe US president left early, writing the following statement on Truth Social: “It was a great meeting.”";
    const q = only(run(body));
    expect(q).toMatchObject({ speaker: "Donald Trump", cue: "writing", kind: "direct" });
    expect(mention(body, q)).toBe("The US president");
  });

  it("a split quote gives two quotations with one speaker and cue", () => {
    const body = 'Sara Kim spoke at the forum. "We are," she said, "an enemy of waste."';
    const quotes = run(body);
    expect(quotes.map((q) => q.text)).toEqual(["We are", "an enemy of waste."]);
    for (const q of quotes) expect(q).toMatchObject({ speaker: "Sara Kim", cue: "said" });
    expect(quotes.map((q) => mention(body, q))).toEqual(["she", "she"]);
  });

  it("a partial quote in the writer's sentence", () => {
    const body = "Prime Minister Ola Lind called the ruling “a victory for common sense” on Tuesday.";
    expect(only(run(body))).toMatchObject({
      text: "a victory for common sense",
      speaker: "Ola Lind",
      cue: "called",
      kind: "partial",
    });
  });

  it("a title before the name: the mention is the name, the speaker its fullest form", () => {
    const body =
      "Russian President Vladimir Putin spoke in Moscow.\n\nPutin said: “Nothing has changed.”\n\n“We will see,” Putin added.";
    const quotes = run(body);
    expect(quotes.map((q) => q.speaker)).toEqual(["Vladimir Putin", "Vladimir Putin"]);
    expect(quotes.map((q) => q.cue)).toEqual(["said", "added"]);
    expect(quotes.map((q) => mention(body, q))).toEqual(["Putin", "Putin"]);
  });

  it("a pronoun resolves to the nearest person named before it", () => {
    const body =
      "Emma Stone arrived first. Later, Carl Rossi took the stage.\n\nHe said: “This is our year.”";
    const q = only(run(body));
    expect(q.speaker).toBe("Carl Rossi");
    expect(mention(body, q)).toBe("He");
  });
});

describe("quotes across paragraphs", () => {
  it("a quote continued in the next paragraph, and a quote paragraph after an attributed one", () => {
    const body = readFileSync(
      new URL("./__fixtures__/split-and-continued.txt", import.meta.url),
      "utf8",
    ).trim();
    const quotes = run(body);
    expect(quotes.map((q) => q.text)).toEqual([
      "We are",
      "an enemy of NATO, and we cannot afford that.",
      "Nobody should doubt it for a moment.",
    ]);
    for (const q of quotes) expect(q.speaker).toBe("Dmitry Peskov");
  });

  it("a quote paragraph with no cue follows the speaker of the paragraph before", () => {
    const body = '"We leave tonight," Lena Park said.\n\n"Nobody will stop us now, not even the weather."';
    const quotes = run(body);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ speaker: "Lena Park", cue: null, kind: "direct" });
  });
});

describe("what is not a quotation", () => {
  it("apostrophes are not quote marks", () => {
    const body =
      "It's Peskov's view that the dogs' owners aren't to blame, and ’90s rules still apply, Olga Ivanova said.";
    expect(run(body)).toEqual([]);
  });

  it("a single-quoted fragment with an apostrophe inside is one quotation", () => {
    const body = "Olga Ivanova said the plan was 'Peskov's idea from the start'.";
    expect(only(run(body))).toMatchObject({
      text: "Peskov's idea from the start",
      speaker: "Olga Ivanova",
      kind: "partial",
    });
  });

  it("scare quotes, so-called names and titles with no cue are left out", () => {
    const body =
      "The so-called 'Coalition of the Willing' met in Paris. Troops would be 'legitimate targets' in the region. Critics of the “deal” watched “The Apprentice” again.";
    expect(run(body)).toEqual([]);
  });

  it("a one-word single-quoted fragment is a scare quote even beside a cue", () => {
    const body = "Vladimir Putin has revealed when troops would become 'legitimate' targets.";
    expect(run(body)).toEqual([]);
  });

  it("empty and quote-free bodies give nothing", () => {
    expect(run("")).toEqual([]);
    expect(run("No one said anything at all.")).toEqual([]);
  });
});

describe("options and limits", () => {
  const many = Array.from({ length: 20 }, (_, i) => `"Point number ${i + 1} stands," Ann Lee said.`).join(
    "\n\n",
  );

  it("returns at most maxQuotations, the first ones", () => {
    const quotes = findQuotations(many, { maxQuotations: 3 });
    expect(quotes.map((q) => q.text)).toEqual([
      "Point number 1 stands",
      "Point number 2 stands",
      "Point number 3 stands",
    ]);
    expect(findQuotations(many)).toHaveLength(20);
  });

  it("rejects a body over maxInputChars and a bad maxQuotations", () => {
    expect(() => findQuotations(many, { maxInputChars: 100 })).toThrow(AppError);
    expect(() => findQuotations(many, { maxQuotations: -1 })).toThrow(AppError);
  });

  it("is deterministic", () => {
    expect(findQuotations(many)).toEqual(findQuotations(many));
  });
});

describe("speaker names", () => {
  const speakers = (body: string) => run(body).map((q) => q.speaker);

  it("never resolves a pronoun to a name spoken inside a quotation", () => {
    expect(
      speakers(
        'Coach Ilse Varga said the referee had not decided the match. "I understand Tomasz is hurting, but we earned this," she said.',
      ),
    ).toEqual(["Ilse Varga"]);
    expect(
      speakers(
        'Prime Minister Odo Brandt accepted the resignation. "Mira Kell has served this country well," he said.',
      ),
    ).toEqual(["Odo Brandt"]);
  });

  it("does not take organisations and places for people", () => {
    // A possessive followed by an organisation, the object of "Journal of", a place named for a saint.
    expect(
      speakers(
        'Rosa Imrie, chair of the Fenmoor Tenants\' Association, spoke first. "Rents are out of reach," she said.',
      ),
    ).toEqual(["Rosa Imrie"]);
    expect(
      speakers(
        'Dr Alma Petrov, writing in the Journal of Coastal Ecology, said the reef was recovering. "It is a start," she said.',
      ),
    ).toEqual(["Alma Petrov"]);
    expect(
      speakers('Kai Odum treated patients at St Ebba\'s for years. "We were never warned," he said.'),
    ).toEqual(["Kai Odum"]);
    expect(speakers('The Cyclists\' Union hailed the ruling as "a win for everyone on two wheels".')).toEqual(
      ["The Cyclists' Union"],
    );
  });

  it("keeps a person whose possessive precedes an organisation", () => {
    expect(speakers('Ada Quill\'s Budget Committee rejected the plan. "Not this year," she said.')).toEqual([
      "Ada Quill",
    ]);
  });

  it("drops the words describing a title before the name", () => {
    expect(speakers('Coastal Defence Minister Lina Brook said: "The walls will hold."')).toEqual([
      "Lina Brook",
    ]);
    expect(speakers('"We will know more tomorrow," Director-General Paul Anwar told reporters.')).toEqual([
      "Paul Anwar",
    ]);
    expect(speakers('"Other animals glow. This one performs," Co-author Dr Henrik Vale said.')).toEqual([
      "Henrik Vale",
    ]);
    // A name whose last word is also a title keeps it.
    expect(speakers('"We shall overcome," Martin Luther King Jr said.')).toEqual(["Martin Luther King Jr"]);
  });

  it("looks past an adverbial or an insertion ending in a place to the subject", () => {
    expect(
      speakers(
        'Nils Arvid, who lives outside the state capital, Varna, said he still "hopes for a recount" this year.',
      ),
    ).toEqual(["Nils Arvid"]);
    expect(
      run(
        'The senator met Ida Holm, the party leader, who in 2010 said she wanted "a one-term president."',
      ).map((q) => q.speaker),
    ).toEqual(["Ida Holm"]);
  });

  it("does not take a preposition's object for the speaker", () => {
    expect(
      speakers(
        'Trade Minister Ada Lorne, speaking at a press conference in the capital, Ostmark, said: "We will not give in."',
      ),
    ).toEqual(["Ada Lorne"]);
  });

  it("gives the demo corpus's quotations clean speaker names", async () => {
    const { demoStories } = await import("../demo");
    const odd: string[] = [];
    for (const story of demoStories)
      for (const article of story.articles)
        for (const q of findQuotations(article.body)) {
          const speaker = q.speaker ?? "";
          const junk =
            /^[\s—–\-,.:;"“”']|[\s—–\-,.:;"“”]$/.test(speaker) ||
            /\b(?:said|says|told|added)\b/i.test(speaker) ||
            /\b(?:Minister|President|Director|Secretary)\b/.test(speaker);
          // A name spoken inside the quotation is never its speaker.
          const quotedOnly =
            speaker !== "" && q.text.includes(speaker) && !article.body.slice(0, q.start).includes(speaker);
          if (junk || quotedOnly) odd.push(`${story.key}: ${speaker} for “${q.text.slice(0, 40)}”`);
        }
    expect(odd).toEqual([]);
  });
});

describe("speakers written around a quote", () => {
  const found = (body: string) => run(body).map((q) => [q.speaker, q.cue]);

  it("a speaker followed by where they are from or work", () => {
    expect(
      found('The mine was sold. "It was the least bad outcome," Mr. Lund of the Fell Trust said.'),
    ).toEqual([["Lund", "said"]]);
    // One unnamed person: no name to show, the description is the speaker's role.
    const narrator = only(run("“Why didn’t she pay?” a narrator in the campaign ad asks. The spot ends."));
    expect(narrator).toMatchObject({ speaker: null, role: "a narrator", cue: "asks" });
  });

  it("a sentence's subject after an opening time phrase", () => {
    const body =
      "Critics checked it. On March 3 they published the results of their check by announcing that the claim was “true.”";
    const q = only(run(body));
    expect(q.cue).toBe("announcing");
    expect(mention(body, q)).toBe("they");
    expect(found('In August, Mayor Ida Voss signed the order, saying the plan was "long overdue."')).toEqual([
      ["Ida Voss", "saying"],
    ]);
  });

  it("a participle after a thing or a place goes with the sentence's subject", () => {
    expect(found('Mayor Ida Voss issued a statement saying the plan was "long overdue."')).toEqual([
      ["Ida Voss", "saying"],
    ]);
    expect(
      found("Senator Tom Wren posted a message on Twitter reading “Thank you, Ohio” after the polls closed."),
    ).toEqual([["Tom Wren", "reading"]]);
  });

  it("a possessive determiner, and a number-like word before the name", () => {
    expect(only(run('"We live in a hard world," my father often said.'))).toMatchObject({
      speaker: null,
      role: "my father",
      cue: "said",
    });
    expect(found("“They are wrong,” said 9/11 widow Tessa Marl. She went on.")).toEqual([
      ["Tessa Marl", "said"],
    ]);
  });
});
