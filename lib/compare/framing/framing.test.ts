import { describe, expect, it } from "vitest";
import { findQuotations } from "../../quotes";
import { AppError } from "../../errors";
import { FramingMemo, framingSignals, type FramingArticle, type FramingSignals } from "./framing";
import { MAX_ACTORS_LOOKED_UP } from "./framing-labels";
import { FRAMING_LEXICON } from "./framing-lexicon";
import { JOE_BODY, JOE_HEADLINE, OTHER_BODY } from "../__fixtures__/seed-articles";
import { withCpuTime } from "@/lib/testing/cpu-time";

function article(id: string, outlet: string, title: string, text: string): FramingArticle {
  return { id, outlet, title, text, quotations: findQuotations(text) };
}

const SEED_PAIR = [
  article("joe", "JOE", JOE_HEADLINE, JOE_BODY),
  article("other", "Outlet B", "Putin warns Western troops would be legitimate targets", OTHER_BODY),
];

/** Every example must point at the article text: the evidence a reader can check. */
function expectExamplesPointIntoTexts(signals: FramingSignals, articles: readonly FramingArticle[]): number {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  let checked = 0;
  const check = (
    articleId: string,
    e: { start: number; end: number; text: string; context: string; contextStart: number },
  ) => {
    const text = textOf.get(articleId) ?? "";
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(text.slice(e.contextStart, e.contextStart + e.context.length)).toBe(e.context);
    expect(e.contextStart).toBeLessThanOrEqual(e.start);
    expect(e.contextStart + e.context.length).toBeGreaterThanOrEqual(e.end);
    checked++;
  };
  for (const a of signals.articles) {
    for (const c of [...a.cues, ...a.hedges, ...a.loaded]) for (const e of c.examples) check(a.articleId, e);
  }
  for (const actor of signals.actors) {
    for (const a of actor.articles)
      for (const l of a.labels) for (const e of l.examples) check(a.articleId, e);
  }
  return checked;
}

describe("framingSignals on the seed pair", () => {
  const signals = framingSignals(SEED_PAIR);
  const joe = signals.articles.find((a) => a.articleId === "joe");
  const other = signals.articles.find((a) => a.articleId === "other");

  it("sets the headlines side by side with the words only each one uses", () => {
    expect(joe?.headline).toBe("Putin threatens to strike Western troops in Ukraine");
    expect(joe?.distinctiveHeadlineWords).toEqual(["threatens", "strike", "Ukraine"]);
    expect(other?.distinctiveHeadlineWords).toEqual(["warns", "legitimate", "targets"]);
  });

  it("counts attribution verbs from the quotations' cues, with their category", () => {
    const said = other?.cues.find((c) => c.verb === "said");
    expect(said?.category).toBe("neutral");
    expect(said?.count).toBeGreaterThanOrEqual(2);
    expect(other?.cues.find((c) => c.verb === "told")?.category).toBe("neutral");
    expect(joe?.cues.map((c) => c.verb)).toContain("said");
    // The example points at the verb itself, near its quotation.
    for (const c of other?.cues ?? []) for (const e of c.examples) expect(e.text.toLowerCase()).toBe(c.verb);
  });

  it("shows the labels each outlet gives the same actor", () => {
    const putin = signals.actors.find((a) => a.actor === "Vladimir Putin");
    const labelsOf = (id: string) =>
      putin?.articles.find((a) => a.articleId === id)?.labels.map((l) => l.label) ?? [];
    expect(labelsOf("joe")).toContain("Russian President");
    expect(labelsOf("other")).toContain("President");
    const peskov = signals.actors.find((a) => a.actor === "Dmitry Peskov");
    expect(peskov?.articles.find((a) => a.articleId === "other")?.labels[0]?.label).toBe(
      "Kremlin spokesperson",
    );
    const trump = signals.actors.find((a) => a.actor === "Donald Trump");
    expect(trump?.articles.find((a) => a.articleId === "other")?.labels.map((l) => l.label)).toContain(
      "The US president",
    );
  });

  it("finds hedges from the lexicon: JOE's distancing “so-called”", () => {
    const soCalled = joe?.hedges.find((h) => h.term === "so-called");
    expect(soCalled?.category).toBe("distancing");
    expect(soCalled?.examples[0]?.context).toContain("Coalition of the Willing");
  });

  it("gives examples as offsets into the article text", () => {
    expect(expectExamplesPointIntoTexts(signals, SEED_PAIR)).toBeGreaterThan(5);
  });

  it("is deterministic and independent of the other articles' order for each article", () => {
    expect(framingSignals(SEED_PAIR)).toEqual(signals);
    const reversed = framingSignals([...SEED_PAIR].reverse());
    expect(reversed.articles.find((a) => a.articleId === "joe")).toEqual(joe);
  });
});

describe("framingSignals on written cases", () => {
  it("counts hedges and loaded terms in the outlet's words, quotations apart", () => {
    const text =
      'The regime reportedly shelled the town. "This brutal regime must fall," the mayor said. In May the army may return. So-called experts were stunned.';
    const quotedStart = text.indexOf('"This');
    const quotedEnd = text.indexOf('," the') + 1;
    const signals = framingSignals([
      {
        id: "a",
        outlet: "A",
        title: "Town shelled",
        text,
        quotations: [
          {
            start: quotedStart,
            end: quotedEnd,
            speaker: null,
            speakerStart: null,
            speakerEnd: null,
            cue: "said",
          },
        ],
      },
    ]);
    const a = signals.articles[0];
    expect(a?.loaded.find((t) => t.term === "regime")?.count).toBe(1);
    expect(a?.loaded.find((t) => t.term === "stunned")?.count).toBe(1);
    expect(a?.loaded.some((t) => t.term === "brutal")).toBe(false);
    expect(a?.quotedLoaded).toBe(2);
    expect(a?.hedges.find((t) => t.term === "reportedly")?.count).toBe(1);
    // "May" the month is no hedge; "may" the verb is; a sentence may start with a capital.
    expect(a?.hedges.find((t) => t.term === "may")?.count).toBe(1);
    expect(a?.hedges.find((t) => t.term === "so-called")?.count).toBe(1);
    expect(a?.distinctiveHeadlineWords).toEqual([]);
  });

  it("tells doubting and forceful attribution apart from neutral", () => {
    const text = 'He said "a b c". She claimed "d e f". They threatened "g h i". It opined "j k l".';
    const q = (quote: string, cue: string) => {
      const start = text.indexOf(quote);
      return { start, end: start + quote.length, speaker: null, speakerStart: null, speakerEnd: null, cue };
    };
    const signals = framingSignals([
      {
        id: "a",
        outlet: "A",
        title: "t",
        text,
        quotations: [
          q('"a b c"', "said"),
          q('"d e f"', "claimed"),
          q('"g h i"', "threatened"),
          q('"j k l"', "opined"),
        ],
      },
    ]);
    const category = Object.fromEntries(signals.articles[0]?.cues.map((c) => [c.verb, c.category]) ?? []);
    expect(category).toEqual({ said: "neutral", claimed: "doubt", threatened: "forceful", opined: "other" });
  });

  it("finds titles, appositions and stand-in descriptions for one speaker", () => {
    const text = [
      "US President Donald Trump spoke on Monday.",
      "Trump, the Republican leader, repeated the claim.",
      '"We will win," the former reality TV host said.',
      "Donald Trump left.",
    ].join(" ");
    const hostStart = text.indexOf("the former reality TV host");
    const quoteStart = text.indexOf('"We will win,"');
    const signals = framingSignals([
      {
        id: "a",
        outlet: "A",
        title: "Trump speaks",
        text,
        quotations: [
          {
            start: quoteStart,
            end: quoteStart + '"We will win,"'.length,
            speaker: "Donald Trump",
            speakerStart: hostStart,
            speakerEnd: hostStart + "the former reality TV host".length,
            cue: "said",
          },
        ],
      },
    ]);
    const trump = signals.actors.find((a) => a.actor === "Donald Trump");
    const labels = trump?.articles[0]?.labels.map((l) => l.label).sort();
    expect(labels).toEqual(["US President", "the Republican leader", "the former reality TV host"].sort());
    expect(trump?.articles[0]?.mentions).toBe(3);
  });

  it("looks up at most MAX_ACTORS_LOOKED_UP speakers, those quoted in most articles first", () => {
    const names = Array.from(
      { length: MAX_ACTORS_LOOKED_UP + 1 },
      (_, i) => `Person${String(i).padStart(3, "0")}`,
    );
    const one = (id: string, speakers: readonly string[]): FramingArticle => {
      const text = speakers.map((n) => `Minister ${n} said no.`).join(" ");
      let at = 0;
      return {
        id,
        outlet: id,
        title: "t",
        text,
        quotations: speakers.map((speaker) => {
          const start = text.indexOf(speaker, at);
          at = start + speaker.length;
          return { start, end: at, speaker, speakerStart: null, speakerEnd: null, cue: "said" };
        }),
      };
    };
    // The last name is quoted in one article, the others in two: it is the one left out.
    const signals = framingSignals([one("a", names), one("b", names.slice(0, -1))], { maxActors: 1000 });
    expect(signals.actors).toHaveLength(MAX_ACTORS_LOOKED_UP);
    expect(signals.actors.map((a) => a.actor)).not.toContain(names[names.length - 1]);
  });

  it("reuses an article's own signals from a memo only for the same text and quotations", () => {
    const memo = new FramingMemo();
    const full = framingSignals(SEED_PAIR, { memo });
    const fresh = framingSignals(SEED_PAIR.slice(0, 1));
    expect(framingSignals(SEED_PAIR.slice(0, 1), { memo })).toEqual(fresh);
    expect(full.articles[0]?.cues).toEqual(fresh.articles[0]?.cues);
    // Same id, other text: worked out again, not taken from the memo.
    const edited = article("joe", "JOE", JOE_HEADLINE, OTHER_BODY);
    expect(framingSignals([edited], { memo })).toEqual(framingSignals([edited]));
  });

  it("keeps an honorific and a job title together, not the given name", () => {
    const text = "Trust chief executive Dr Fiona Hale said no. Hale later left.";
    const signals = framingSignals([
      {
        id: "a",
        outlet: "A",
        title: "t",
        text,
        quotations: [
          { start: 0, end: 1, speaker: "Fiona Hale", speakerStart: null, speakerEnd: null, cue: "said" },
        ],
      },
    ]);
    expect(signals.actors[0]?.articles[0]?.labels.map((l) => l.label)).toEqual(["Trust chief executive Dr"]);
  });

  it("never takes the end of the previous sentence or paragraph into a title", () => {
    for (const text of [
      "The helpline took 9,000 calls on Monday.\n\nChief executive Dr Fiona Hale said sorry.",
      "The helpline took 9,000 calls on Monday. Chief executive Dr Fiona Hale said sorry.",
      "The helpline took 9,000 calls\nChief executive Dr Fiona Hale said sorry.",
    ]) {
      const signals = framingSignals([
        {
          id: "a",
          outlet: "A",
          title: "t",
          text,
          quotations: [
            { start: 0, end: 1, speaker: "Fiona Hale", speakerStart: null, speakerEnd: null, cue: "said" },
          ],
        },
      ]);
      expect(signals.actors[0]?.articles[0]?.labels.map((l) => l.label)).toEqual(["Chief executive Dr"]);
    }
  });

  it("keeps to its bounds and refuses bad limits", () => {
    const long = "Reportedly the regime may act. ".repeat(10_000);
    const { result: signals, ms } = withCpuTime(() =>
      framingSignals([{ id: "a", outlet: "A", title: "t", text: long, quotations: [] }], {
        maxTextChars: 50_000,
        maxExamples: 2,
      }),
    );
    expect(ms).toBeLessThan(2_000);
    const reportedly = signals.articles[0]?.hedges.find((h) => h.term === "reportedly");
    expect(reportedly?.count).toBe(Math.ceil(50_000 / "Reportedly the regime may act. ".length));
    expect(reportedly?.examples).toHaveLength(2);
    expect(() => framingSignals([], { maxExamples: -1 })).toThrow(AppError);
    const many = Array.from({ length: 3 }, (_, i) => ({
      id: `${i}`,
      outlet: "o",
      title: "t",
      text: "",
      quotations: [],
    }));
    expect(() => framingSignals(many, { maxArticles: 2 })).toThrow(/over the limit/);
  });
});

describe("the framing lexicon", () => {
  it("gives every category a label, a rationale and unique terms", () => {
    const all = [
      ...FRAMING_LEXICON.cueCategories,
      ...FRAMING_LEXICON.hedgeCategories,
      ...FRAMING_LEXICON.loadedCategories,
    ];
    for (const c of all) {
      expect(c.label.length, c.id).toBeGreaterThan(3);
      expect(c.rationale.length, c.id).toBeGreaterThan(20);
      expect(c.terms.length, c.id).toBeGreaterThan(3);
    }
    for (const kind of ["cueCategories", "hedgeCategories", "loadedCategories"] as const) {
      const terms = FRAMING_LEXICON[kind].flatMap((c) => c.terms);
      expect(new Set(terms).size, `${kind} lists a term twice`).toBe(terms.length);
    }
  });
});

describe("framing evidence: inflections, disputing language, the speakers' words apart", () => {
  const one = (text: string) =>
    framingSignals([{ id: "a", outlet: "A", title: "T", text, quotations: findQuotations(text) }])
      .articles[0];

  it("matches a lexicon term in another inflection", () => {
    const a = one("The minister appeared to retreat. The army brutally shelled the town.");
    expect(a?.hedges.find((t) => t.term === "appears to")?.examples[0]?.text).toBe("appeared to");
    expect(a?.loaded.find((t) => t.term === "brutally")?.count).toBe(1);
  });

  it("counts disputing and fact-checking words as their own category, kept by the outlet", () => {
    const a = one(
      "Trump falsely claimed that the vote was rigged. He repeated the false claims without evidence. The story was debunked.",
    );
    expect(a?.disputes.map((t) => t.term).sort()).toEqual(
      ["debunked", "false claim", "falsely", "without evidence"].sort(),
    );
    expect(a?.disputes.every((t) => t.category === "disputing")).toBe(true);
    const categories = framingSignals([]).categories;
    expect(categories.find((c) => c.id === "disputing")?.kind).toBe("dispute");
  });

  it("matches the inflected dispute ('making a false claim') but not a noun that only looks like a listed verb", () => {
    const a = one("She was making a false claim. The truth lies elsewhere.");
    expect(a?.disputes.map((t) => t.term)).toEqual(["false claim"]);
  });

  it("counts words in reported speech and quotations as the speaker's, listed apart", () => {
    const a = one(
      'Kirk called them terrorists. Democrats said the charges were baseless. "It was a massacre," a resident said. The regime fell.',
    );
    expect(a?.loaded.map((t) => t.term)).toEqual(["regime"]);
    expect(a?.disputes).toEqual([]);
    expect(a?.reported.map((t) => t.term).sort()).toEqual(["baseless", "massacre", "terrorists"]);
    expect(a?.quotedDisputes).toBe(1);
    expect(a?.quotedLoaded).toBe(2);
    expect(a?.reported.find((t) => t.term === "terrorists")?.category).toBe("delegitimising");
  });
});
