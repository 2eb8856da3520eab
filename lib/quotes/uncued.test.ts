import { describe, expect, it } from "vitest";
import { stretches } from "./test-invariants";

describe("long quotations with no speech verb in reach", () => {
  it("belong to the sentence's subject, from its verb's that-clause to the quote's clause end", () => {
    expect(
      stretches(
        'Senator Jane Roe worried that the new rule was "a gift to the largest banks in the country." Then she left.',
      ),
    ).toEqual([
      { content: 'that the new rule was "a gift to the largest banks in the country."', speaker: "Jane Roe" },
    ]);
  });

  it("opening a sentence, belong to the previous sentence's subject, and the quote alone is attributed", () => {
    expect(
      stretches(
        'Mayor Jane Roe had a message for the town. "We will rebuild every house that was lost in the flood."',
      ),
    ).toEqual([
      { content: '"We will rebuild every house that was lost in the flood."', speaker: "Jane Roe" },
    ]);
  });

  it("stay unattributed when short: a scare quote or a nickname", () => {
    expect(stretches('The mayor\'s "big idea" drew crowds on Monday.')).toEqual([]);
  });

  it("belong to the subject when short but in a that-clause (the fitted model's call)", () => {
    expect(
      stretches(
        'The vote was close. Senator Jane Roe reassured voters that the plan was "a blank check." Then she left.',
      ),
    ).toEqual([{ content: 'that the plan was "a blank check."', speaker: "Jane Roe" }]);
    expect(
      stretches('The vote was close. Senator Jane Roe left the plan, "a blank check," on the table.'),
    ).toEqual([]);
  });

  it("are no one's when the name only modifies a document or a work", () => {
    const text = (subject: string) =>
      `The talks ended. ${subject} estimated that "forty percent of all the plans would lose that status" soon.`;
    expect(stretches(text("The Treasury document"))).toEqual([]);
    expect(stretches(text("The Treasury ad"))).toEqual([]);
    expect(stretches(text("Senator Jane Roe")).map((s) => s.speaker)).toEqual(["Jane Roe"]);
  });

  it("are no one's when the subject is a document or a place, or the quote is a title", () => {
    expect(
      stretches('The report ended on "a note of caution about the years ahead of us all." Nobody objected.'),
    ).toEqual([]);
    expect(
      stretches(
        'Washington spent the week on "a long and painful debate about the budget deficit." Nobody objected.',
      ),
    ).toEqual([]);
    expect(
      stretches(
        'The crowd cheered. Mayor Jane Roe kept a copy of "A Long and Winding Road to the Sea" on her desk.',
      ),
    ).toEqual([]);
    expect(
      stretches(
        'On Tuesday, Governor Jane Roe signed the bill known as the "Safe Rivers and Clean Lakes (SRCL) Act" at noon.',
      ),
    ).toEqual([]);
  });

  it("are no one's when the subject names no one", () => {
    expect(
      stretches(
        'The crowd cheered. The security team kept "a close watch on every door of the building all night."',
      ),
    ).toEqual([]);
  });

  it("are no one's when the subject read is only the start of a longer phrase", () => {
    expect(
      stretches(
        'The vote was close. Speaker of the House Jane Roe told members that she is "cleaning out the barn before the winter comes."',
      )
        .map((s) => s.speaker)
        .filter((s) => s === "Speaker"),
    ).toEqual([]);
    expect(
      stretches(
        'The hall was full. The Daily Chronicle via a wire service "reported that the vote was close and very tense."',
      ),
    ).toEqual([]);
  });

  it("are no one's when the subject is one capitalised common word the article names no one by", () => {
    expect(
      stretches(
        'The plan was agreed. Priorities include the need to discourage "use of smuggling networks that place people at risk."',
      ),
    ).toEqual([]);
    // Not in the lexicon, but written lower-case elsewhere in the article.
    expect(
      stretches(
        'The zorbles met. Zorbles went further in their letter, "the council must resign before the end of the year."',
      ),
    ).toEqual([]);
  });

  it("still belong to a one-word subject that is a name, or a common word the article gives a fuller name for", () => {
    expect(
      stretches('The stories spread. Klobuchar has long wanted "a staff that works as hard as I do."').map(
        (s) => s.speaker,
      ),
    ).toEqual(["Klobuchar"]);
    const caption =
      'Bush shared a video with the caption, "Every day, our babies die because nobody listens to us."';
    expect(stretches(`Cori Bush spoke. ${caption}`).map((s) => s.speaker)).toEqual(["Bush"]);
    expect(stretches(`The hearing ended. ${caption}`)).toEqual([]);
  });

  it("are no one's when the quote is the subject's predicate or sits in a which-clause", () => {
    expect(
      stretches(
        'The stories spread. Senator Jane Roe "demeaned and berated her staff almost every single day."',
      ),
    ).toEqual([]);
    expect(
      stretches(
        'The deal was signed. Senator Jane Roe set up a council, which will "focus on reducing the waiting lists in every clinic."',
      ),
    ).toEqual([]);
    expect(
      stretches(
        'The deal was signed. Senator Jane Roe, which surprised many, wants "a council to focus on reducing the waiting lists."',
      ).map((s) => s.speaker),
    ).toEqual(["Jane Roe"]);
  });

  it("are no one's when the subject's possession is another speaker, but are a possessor's otherwise", () => {
    const sentence = (owned: string) =>
      `The case went on. Senator Jane Roe’s ${owned} has long wanted "a staff that works as hard as the rest of us."`;
    expect(stretches(sentence("employer"))).toEqual([]);
    expect(stretches(sentence("lawyer"))).toEqual([]);
    expect(stretches(sentence("evaluation")).map((s) => s.speaker)).toEqual(["Jane Roe"]);
  });

  it("leave a quotation a speech verb attributes to that verb", () => {
    expect(
      stretches(
        'Mayor Jane Roe had a message. "We will rebuild every house that was lost," the governor said.',
      ),
    ).toEqual([{ content: '"We will rebuild every house that was lost,"', speaker: "the governor" }]);
  });
});
