import { describe, expect, it } from "vitest";
import { analyseSentence, judgeSameEvent, judgeSameFact, matchSentenceSets } from ".";
import { statesFact } from "./omissions";

const same = (a: string, b: string) => judgeSameFact(a, b).same;

describe("judgeSameFact", () => {
  it("sees one fact through names and their short forms", () => {
    expect(
      same(
        "Hillary Rodham Clinton announced on Monday that she will run for the Senate in New York.",
        "Clinton announced Monday she would run for the Senate in New York.",
      ),
    ).toBe(true);
  });

  it("reads numbers however they are written", () => {
    const digits = analyseSentence("The company sold 3,000,000 shares.").tokens.filter(
      (t) => t.value !== null,
    );
    const words = analyseSentence("The company sold three million shares.").tokens.filter(
      (t) => t.value !== null,
    );
    const mixed = analyseSentence("The company sold 3 million shares.").tokens.filter(
      (t) => t.value !== null,
    );
    expect([digits, words, mixed].map((ts) => ts.map((t) => t.value))).toEqual([[3e6], [3e6], [3e6]]);
    expect(
      same(
        "The company said it sold three million shares to investors in Asia.",
        "The company sold 3,000,000 shares to Asian investors, it said.",
      ),
    ).toBe(true);
  });

  it("matches synonyms and inflections (WordNet, lemmas, stems)", () => {
    expect(
      same(
        "The senator purchased the building in 1998 for $2 million.",
        "In 1998 the senator bought the building for $2 million.",
      ),
    ).toBe(true);
  });

  it("takes reported speech for the same fact as narration, and reordered clauses", () => {
    expect(
      same(
        "Police arrested three men in connection with the robbery on Friday, officials said.",
        "On Friday, three men were arrested by police in connection with the robbery.",
      ),
    ).toBe(true);
  });

  it("tells different facts apart: other numbers, another event, an added clause", () => {
    expect(
      same(
        "The company's shares rose 5 percent to $31 in New York on Monday.",
        "The company's shares fell 12 percent to $18 in London after the report.",
      ),
    ).toBe(false);
    expect(same("Thank you!", "The storm killed 12 people in Florida on Sunday.")).toBe(false);
    expect(
      same(
        "The president signed the budget bill on Tuesday.",
        "The president vetoed the defence bill and criticised Congress for its delay.",
      ),
    ).toBe(false);
  });

  it("is symmetric, deterministic and bounded", () => {
    const a =
      "Amrozi accused his brother, whom he called the witness, of deliberately distorting his evidence.";
    const b =
      "Referring to him as only the witness, Amrozi accused his brother of deliberately distorting his evidence.";
    expect(judgeSameFact(a, b)).toEqual(judgeSameFact(b, a));
    expect(judgeSameFact(a, b)).toEqual(judgeSameFact(a, b));
    expect(judgeSameFact(a, a).same).toBe(true);
    expect(judgeSameFact("", "").probability).toBeGreaterThanOrEqual(0);
    const long = "word ".repeat(50_000);
    expect(analyseSentence(long).tokens.length).toBeLessThanOrEqual(200);
  });
});

describe("matchSentenceSets", () => {
  const fox = [
    "Hillary Rodham Clinton said on Monday that she will run for the Senate.",
    "Thank you!",
    "The storm killed 12 people in Florida.",
  ];
  const nyt = [
    "Twelve people died when the storm hit Florida.",
    "Clinton said Monday she would run for the Senate.",
  ];

  it("pairs the sentences that state the same fact, best first", () => {
    const pairs = matchSentenceSets(fox, nyt).map(({ a, b }) => [a, b]);
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs.some(([a]) => a === 1)).toBe(false);
  });

  it("judges at most the capped number of pairs, even for a 10,000-sentence article", () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `Officials counted ${i} ballots in district ${i}.`);
    const pairs = matchSentenceSets(huge, huge, { maxPairs: 500 });
    expect(pairs.length).toBeLessThanOrEqual(500);
    expect(pairs.length).toBeGreaterThan(0);
  });

  it("gives the same answer for the same input", () => {
    expect(matchSentenceSets(fox, nyt)).toEqual(matchSentenceSets(fox, nyt));
  });
});

describe("judgeSameEvent", () => {
  const veto =
    "Governor Maria Lopez said Wednesday she will veto a Republican-backed bill that would cut funding for Oregon's public libraries.";
  const backlash =
    "Republicans in Salem lashed out at Governor Lopez on Wednesday after she announced she would block legislation slashing library budgets across Oregon.";
  const survey = "Library visits in rural counties have fallen for a decade, a state survey found.";

  it("sees one event told with other details, where the same-fact judgement sees two facts", () => {
    expect(judgeSameFact(veto, backlash).same).toBe(false);
    expect(judgeSameEvent(veto, backlash).same).toBe(true);
  });

  it("does not take another report on the topic for the event, and is symmetric", () => {
    expect(judgeSameEvent(veto, survey).same).toBe(false);
    expect(judgeSameEvent(veto, survey)).toEqual(judgeSameEvent(survey, veto));
  });
});

describe("statesFact (what can be left out)", () => {
  const states = (sentence: string) => statesFact(analyseSentence(sentence));

  it("takes a statement anchored by a name or a figure", () => {
    expect(states("The council voted 7-2 to ban gas-powered leaf blowers.")).toBe(true);
    expect(states("Senator Reed called the veto threat reckless and vowed to fight it.")).toBe(true);
  });

  it("refuses greetings, questions and one-clause generic sentences", () => {
    expect(states("Thank you!")).toBe(false);
    expect(states("But others expressed concerns.")).toBe(false);
    expect(states("He also played up his local roots.")).toBe(false);
    expect(states("Will Senator Reed vote for the library budget in March?")).toBe(false);
  });
});
