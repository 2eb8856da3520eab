import { describe, expect, it } from "vitest";
import { stretches } from "./test-invariants";
import { findQuotations } from "./index";

describe("the attributed stretch around a quotation", () => {
  it("reported speech with a quoted fragment runs to the end of the writer's sentence", () => {
    const body =
      "Despite heightened efforts to stop him, Trump says he is “a unifier” who wanted to put squabbles behind him.";
    expect(stretches(body)).toEqual([
      { content: "he is “a unifier” who wanted to put squabbles behind him", speaker: "Trump" },
    ]);
  });

  it("a fragment's stretch starts at its that-clause past a long object or a cue's adverbial phrase", () => {
    expect(
      stretches("Clinton told customers at a busy breakfast spot in the city that “I need you tomorrow.”"),
    ).toEqual([{ content: "that “I need you tomorrow.”", speaker: "Clinton" }]);
    expect(
      stretches(
        "Sanders said during a long interview with a local radio host that he would “take a look” at it.",
      ),
    ).toEqual([{ content: "that he would “take a look” at it", speaker: "Sanders" }]);
  });

  it("reported speech stops where the writer takes the sentence back", () => {
    expect(
      stretches("Clinton says she respects his “passion and commitment” but argues he can’t deliver."),
    ).toEqual([{ content: "she respects his “passion and commitment”", speaker: "Clinton" }]);
    const swipe =
      "Rubio said the heckler would “not get beat up” at his rally, a swipe at recent disturbances.";
    expect(stretches(swipe)[0]?.content).toBe("the heckler would “not get beat up” at his rally");
  });

  it("a naming cue's fragment keeps to its clause, and a later quote in the sentence stops the reported clause", () => {
    expect(stretches("Trump called the plan “an absolute disgrace,” and threatened a tax.")).toEqual([
      { content: "the plan “an absolute disgrace,”", speaker: "Trump" },
    ]);
    const twoQuotes = "Bush says he will “work hard for the day” and says “it is interesting” to wait.";
    expect(stretches(twoQuotes)[0]).toEqual({
      content: "he will “work hard for the day”",
      speaker: "Bush",
    });
  });

  it("a trailing attribution after the writer's words closes the stretch at its comma", () => {
    const body = "It was a busy night.\n\nTrump’s “excesses” are sickening, Hollande said Tuesday in Paris.";
    expect(stretches(body)).toEqual([{ content: "Trump’s “excesses” are sickening", speaker: "Hollande" }]);
    const inverted =
      "“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of the union.";
    expect(stretches(inverted)).toEqual([
      { content: "“We’re extremely happy” about the decision", speaker: "RoseAnn DeMoro" },
    ]);
  });

  it("a trailing attribution that opens a clause of its own is not one", () => {
    const body = "“Crooked” is the word on every sign here, and the senator said the crowd loved it.";
    expect(stretches(body)).toEqual([]);
  });

  it("a name ending in a non-ASCII letter and “a” does not block the cue after it", () => {
    const body = "“Teachers are looking to see who is on the ticket,” García said.";
    expect(findQuotations(body)).toMatchObject([{ speaker: "García", cue: "said", kind: "direct" }]);
  });

  it("a left quotation mark used as a closing mark still closes the quote", () => {
    const body = "“It's unusual,“ said Larry Noble, an attorney. “It's a hard thing to do.”";
    const quotes = findQuotations(body);
    expect(quotes.map((q) => q.text)).toEqual(["It's unusual", "It's a hard thing to do."]);
    for (const q of quotes) expect(q.speaker).toBe("Larry Noble");
  });

  it("a quote paragraph after an attributed one is the same attribution, its quotation without a cue verb", () => {
    const first =
      "“I hope that this development doesn’t occur,” Carter told the Shangri-La Dialogue, a regional security forum in Singapore.";
    const second = "“The United States will remain the most powerful military in the region.”";
    const body = `${first}\n\n${second}`;
    // From the first quote's opening mark to the second's closing one: all of this body.
    expect(stretches(body)).toEqual([{ content: body, speaker: "Carter" }]);
    expect(findQuotations(body).map((q) => [q.speaker, q.cue])).toEqual([
      ["Carter", "told"],
      ["Carter", null],
    ]);
  });

  it("a name before a colon speaks the quote after it, when the sentence's subject is someone else", () => {
    const body =
      "The timing of the surge doesn’t surprise Republican pollster Daron Shaw: “Lesser-known candidates gain the most.”";
    expect(findQuotations(body)).toMatchObject([{ speaker: "Daron Shaw", cue: null, kind: "direct" }]);
    // One capitalised word is no name: "the reason is simple: “…”" has no speaker.
    expect(findQuotations("The reason is Simple: “Lesser-known candidates gain the most.”")).toEqual([]);
  });

  it("a paragraph ending in a colon with no cue verb introduces the quote paragraph after it", () => {
    const body =
      "In 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences.”";
    expect(findQuotations(body)).toMatchObject([{ speaker: "Clinton", kind: "direct" }]);
  });

  it("a quote nested in another of a different style does not end or restart it", () => {
    const body =
      'Dr. Ward stated: "The Department isn’t about “Equal Justice Under Law” anymore. It is about politics."';
    const quotes = findQuotations(body);
    expect(quotes.map((q) => q.text)).toEqual([
      "The Department isn’t about “Equal Justice Under Law” anymore. It is about politics.",
    ]);
    expect(quotes[0]?.speaker).toBe("Ward");
  });

  it("a trailing attribution covers every unattributed fragment of its sentence", () => {
    const body =
      "Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor, proclaimed.";
    expect(stretches(body)).toEqual([
      {
        content: "Guns are “the ultimate public health crisis” and “stunt children’s growth,”",
        speaker: "Howard Dean",
      },
    ]);
    expect(findQuotations(body).map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ["the ultimate public health crisis", "Howard Dean", "partial"],
      ["stunt children’s growth", "Howard Dean", "partial"],
    ]);
  });

  it("a relative pronoun standing for the quoted words opens the attributed stretch", () => {
    const body =
      "Nixon’s strategy led to what aide Kevin Phillips called “the beginning of a new Republican era.”";
    expect(stretches(body)).toEqual([
      {
        content: "what aide Kevin Phillips called “the beginning of a new Republican era.”",
        speaker: "Kevin Phillips",
      },
    ]);
  });
});
