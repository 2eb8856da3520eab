import { describe, expect, it } from "vitest";
import { findQuotations } from "../index";
import type { Quotation } from "../types";
import { expectValidQuotations } from "../test-invariants";

/*
 * Error classes read in real news (issue 13), each rebuilt from short invented sentences: no article's words.
 */

function quoteOf(body: string, words: string): Quotation {
  const found = findQuotations(body);
  expectValidQuotations(body, found);
  const q = found.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quotation with ${words}`);
  return q;
}

describe("a quote going on after its attribution, in copy with spaced quote marks", () => {
  it("is the same speaker's, not the next sentence's subject", () => {
    const body =
      "“ My neighbours are worried, ” Mr. Ortega said. “ Their rents have doubled. The council is asleep. ” " +
      "Ms. Lindqvist said tenants could ask a help desk for advice.";
    expect(quoteOf(body, "rents have doubled").speaker).toBe("Ortega");
  });

  it("before a sentence of the writer's own", () => {
    const body =
      "Mayor Anna Weller spoke on Friday. “ If a school wants a nurse, it should have one, ” Weller said in an " +
      "interview. “ If it wants two, it can have two. ” But hopes of a deal faded by the evening.";
    expect(quoteOf(body, "wants two").speaker).toBe("Anna Weller");
  });
});

describe("he and she through what the text says of a person", () => {
  it("a sentence opened by a description stands for the person named before with that role", () => {
    const body =
      "Such was the case with Sen. Tom Okafor (D-Vt.) on Sunday, as he appeared on three shows to explain his " +
      "opposition to the farm bill at the center of President Hale’s agenda. " +
      "The Vermont senator came with a list of complaints. He spoke of prices first. " +
      "“We cannot pass this in a week,” he said on one of them.";
    expect(quoteOf(body, "in a week")).toMatchObject({ speaker: "Tom Okafor" });
  });

  it("a subject the text itself calls 'he' is no antecedent of 'she'", () => {
    const body =
      "“The repeal is an attack on self-rule,” the city’s non-voting Delegate Maria Ruiz said in a statement " +
      "Thursday. President Pellworth indicated that he opposed the City Council’s attempts to cut penalties and " +
      "would not veto the bill. “We had hoped for better,” she added.";
    expect(quoteOf(body, "hoped for better").speaker).toBe("Maria Ruiz");
  });

  it("a description takes the role written at an earlier mention of the same name", () => {
    const body =
      "Rep. Dana Whitlock (D-Ore.) won her primary in June. " +
      "Whitlock has since said little. ".repeat(40) +
      "President Brandt was asked about her on Monday. " +
      "The newly elected representative wrote that he was “rattled by a rookie.”";
    expect(quoteOf(body, "rattled")).toMatchObject({
      speaker: "Dana Whitlock",
      role: "The newly elected representative",
    });
  });
});

describe("who a spokesman's words belong to, and nouns that are no cue", () => {
  it("a statement signed by a spokesman, in copy that sets the possessive mark apart", () => {
    const body =
      "Mayor Cole spoke on Sunday. Cole spokesman Ivan Rivers sent a statement on Monday. " +
      '" To be clear: the mayor backs the plan, " Rivers \' statement said.';
    expect(quoteOf(body, "backs the plan").speaker).toBe("Ivan Rivers");
  });

  it("a cue word after 'a' and a noun is a noun: 'a tort claim'", () => {
    const body =
      "Dr. Vega filed a tort claim after Attorney General Pratt said he was “ weighing the evidence ” against her.";
    expect(quoteOf(body, "weighing").speaker).toBe("Pratt");
  });
});

describe("no place or document as speaker, by the kind of word", () => {
  it("a town followed by its state is no antecedent", () => {
    const body =
      "Mr. Hale spoke in Ohio on Friday. San Mateo, Calif., might have been spared if more people were " +
      "armed, he argued. “ We must act, ” he said.";
    expect(quoteOf(body, "We must act").speaker).toBe("Hale");
  });

  it("a name after a preposition of place is where the speakers are", () => {
    const body =
      "The governor and his allies on Beacon Hill have demanded that grocers show their “civic spirit” on prices.";
    expect(quoteOf(body, "civic spirit").speaker).toBeNull();
  });

  it("a document's head before a participle, and an adjective left where a noun was read as a verb", () => {
    const body =
      "Grants cover “repairs to an older home,” according to a memo obtained by a local paper. " +
      "At a briefing the senator first said she “chose not to keep” her private personal emails.";
    expect(quoteOf(body, "older home")).toMatchObject({ speaker: null, role: "a memo obtained" });
    expect(quoteOf(body, "chose not to keep").speaker).not.toBe("her private personal");
  });
});

describe("who speaks when the text names more than one", () => {
  it("two people sharing a surname speak together", () => {
    const body =
      "Two plaintiffs, Marta and Jonas Pellworth of Greenfield, issued a statement saying they are “so relieved” by the ruling.";
    expect(quoteOf(body, "so relieved").speaker).toBe("Marta and Jonas Pellworth");
  });

  it("a parenthetical attribution is not reported by an earlier verb's clause", () => {
    const body =
      "Even so, some states may go after clinics that sell pills that they claim are unsafe, Okoro said, " +
      "“ because some states would like to ban them outright ”. Others may follow.";
    expect(quoteOf(body, "ban them outright").speaker).toBe("Okoro");
  });

  it("one who quotes another passes the words on", () => {
    const body =
      "Network chief Dana Pruett spoke to staff on Thursday. " +
      "“We pressed him and made news,” a former host quoted Pruett as saying. “Made a LOT of news.”";
    expect(quoteOf(body, "pressed him").speaker).toBe("Dana Pruett");
  });

  it("a quote signed by a name and party label with no verb", () => {
    const body =
      '"The options are poor," Sen. Ann Wole (D-Vt.) told reporters. ' +
      '"If they try that again, we will change the rules," Sen. Rob Tannen (D-Del.). Others were quiet.';
    expect(quoteOf(body, "change the rules").speaker).toBe("Rob Tannen");
  });
});

describe("sentences and subjects the speaker hides behind", () => {
  it("a quote after 'he joked.' in copy with spaced straight marks is still his", () => {
    const body =
      'Mayor Tessa Brandvold made her pitch to the council. " It\'s harvest time, " she joked. ' +
      '" We can split that pie many ways. " Council President Omar Lind said last week that the plan is " not dead. "';
    expect(quoteOf(body, "split that pie").speaker).toBe("Tessa Brandvold");
  });

  it("a time phrase before the verb is not the subject", () => {
    const body =
      "Governor Rhea Salcedo called the ruling radical on Tuesday. " +
      "The governor later Tuesday morning told reporters that it would put in doubt “ a whole range of rights. ”";
    expect(quoteOf(body, "whole range").speaker).toBe("Rhea Salcedo");
  });
});

describe("descriptions that name another office, or open after a leading phrase", () => {
  it("'the vice president' is not the president named before", () => {
    const body =
      "President Harlan Voss spoke on Monday. He left for the coast. " +
      "A spokesperson for the vice president later said the stay was “solely” a decision of the office.";
    expect(quoteOf(body, "solely").speaker).toBeNull();
  });

  it("'he' after a sentence whose subject, past a leading phrase, is a description of someone named", () => {
    const body =
      "President Harlan Voss met House members at the Capitol. “We need this,” Voss said. " +
      "A heckler shouted from the back of the room. The crowd went quiet for a while. " +
      "After the interruption, the president made his pitch to take up the bill in pieces. " +
      "“It's harvest time,” he joked.";
    expect(quoteOf(body, "harvest time").speaker).toBe("Harlan Voss");
  });
});

describe("more names and who stands behind them", () => {
  it("someone named speaking between a quote and the next quote sentence takes it", () => {
    const body =
      "“ The leader has our support, ” Senator Ames said. Rep. Bill Norquist, R - Texas, said many members were " +
      "frustrated with the Senate. “ In my view the Speaker fell on his sword for all of us. ” Others left.";
    expect(quoteOf(body, "fell on his sword").speaker).toBe("Bill Norquist");
  });

  it("a party label is no speaker", () => {
    const body =
      "Two judges were impeached before. State Rep. Dana Whitlock, R-Philadelphia, a sponsor of the resolution, " +
      "said: “This man has denied that there is a crisis.”";
    expect(quoteOf(body, "denied").speaker).not.toBe("R-Philadelphia");
  });

  it("a possessor's lawyer speaks, not the possessor", () => {
    const body =
      "The jury ruled against Mr. Orsolo on Thursday. Following the ruling, Orsolo's lawyer said the actor is “100 percent innocent.”";
    expect(quoteOf(body, "percent innocent")).toMatchObject({ speaker: null, role: "Orsolo's lawyer" });
  });

  it("a given name alone, after a leading phrase and with a contracted verb, is the antecedent of 'she'", () => {
    const body =
      "Delia didn't want to leave. Through the whole process, Delia was guided by her faith. " +
      "“ In our tradition, life begins with breath, ” she said.";
    expect(quoteOf(body, "life begins").speaker).toBe("Delia");
  });
});

describe("a sentence's opening word is no speaker", () => {
  it("'It’s telling that …' names no one", () => {
    const body =
      "It’s telling that the commissioner, appointed by a Republican, is begging Congress for “stable funding” now.";
    expect(quoteOf(body, "stable funding").speaker).not.toBe("It’s");
  });
});

describe("'it' and 'they' for an organisation or a group the text names", () => {
  it("'it said' after an organisation speaking", () => {
    const body =
      'The advocacy group Clean Streets Alliance said on Twitter that it backs a boycott. "We will not shop there," it said.';
    expect(quoteOf(body, "not shop there").speaker).toBe("Clean Streets Alliance");
  });

  it("'they wrote' after a group as subject, and never a person for 'it'", () => {
    const body =
      "The governors also wrote that the deal would change. “ The next legislature could undo it, ” they wrote. " +
      'Mayor Lena Ortiz signed the order on Friday. Ortiz said it would help. "Agencies shall act," it said.';
    expect(quoteOf(body, "could undo it").speaker).toBe("The governors");
    expect(quoteOf(body, "Agencies shall act").speaker).toBeNull();
  });
});

describe("a description the text names at once or just before", () => {
  it("a name in apposition, an organisation for 'the group', and no full stop in the phrase", () => {
    const body =
      "Governor Anselm Kerr spoke at length. His aide Tomas Rell spoke too. " +
      "“ It was their choice, ” said the spokesman, Tomas Rell. " +
      '"People have a right to a family," said the governor. ' +
      'The Clean Streets Alliance welcomed the program. " Sadly, the city cut the budget, " the group said.';
    expect(quoteOf(body, "their choice")).toMatchObject({ speaker: "Tomas Rell", role: "the spokesman" });
    expect(quoteOf(body, "right to a family").speaker).toBe("Anselm Kerr");
    expect(quoteOf(body, "cut the budget")).toMatchObject({
      speaker: "The Clean Streets Alliance",
      role: "the group",
    });
  });
});
