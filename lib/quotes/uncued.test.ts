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

  it("leave a quotation a speech verb attributes to that verb", () => {
    expect(
      stretches(
        'Mayor Jane Roe had a message. "We will rebuild every house that was lost," the governor said.',
      ),
    ).toEqual([{ content: '"We will rebuild every house that was lost,"', speaker: "the governor" }]);
  });
});
