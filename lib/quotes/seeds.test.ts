import { describe, expect, it } from "vitest";
import { seedBodies } from "../testing/seeds";
import { findQuotations, type Quotation } from "./index";
import { expectValidQuotations } from "./test-invariants";

// The seeds live beside the repo and are read, never copied: <repo>/../shared/fixtures/seeds.
const seeds = seedBodies();
const body002 = () => seeds.otherBody;
const bodyJoe = () => seeds.joeBody;

function mention(body: string, q: Quotation): string | null {
  return q.speakerStart === null || q.speakerEnd === null ? null : body.slice(q.speakerStart, q.speakerEnd);
}

function byText(quotes: Quotation[], text: string): Quotation {
  const found = quotes.find((q) => q.text === text);
  if (!found) throw new Error(`no quotation "${text}" among: ${quotes.map((q) => q.text).join(" | ")}`);
  return found;
}

describe("seed articles", () => {
  it("builds the JOE body from the article's paragraphs only", () => {
    // The seed holds six body paragraphs between the two landmarks (the brief spoke of seven).
    const paragraphs = bodyJoe().split("\n\n");
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Russian President Vladimir Putin has invited/);
    expect(paragraphs[paragraphs.length - 1]).toMatch(/invading Ukraine\.$/);
  });

  it("JOE: Putin's quote, attributed through 'He said:'", () => {
    const body = bodyJoe();
    const quotes = findQuotations(body);
    expectValidQuotations(body, quotes);
    const putin = byText(
      quotes,
      "If any troops appear there, especially now, during military operations, we proceed from the fact that these will be legitimate targets for their destruction.",
    );
    expect(putin).toMatchObject({ speaker: "Vladimir Putin", cue: "said", kind: "direct" });
    expect(mention(body, putin)).toBe("He");
    // ‘legitimate’ sits in the headline, outside the body; nothing else in the body is quoted.
    expect(quotes).toHaveLength(1);
  });

  it("002: Putin's two quotes, the second a paragraph continuing the first", () => {
    const body = body002();
    const quotes = findQuotations(body);
    expectValidQuotations(body, quotes);
    // The comma inside the marks punctuates the writer's sentence and is left out.
    const regarding = byText(
      quotes,
      "Regarding possible military contingents in Ukraine, this is one of the root causes [of] trying to involve Ukraine in NATO",
    );
    expect(regarding).toMatchObject({ speaker: "Vladimir Putin", cue: "said", kind: "direct" });
    expect(mention(body, regarding)).toBe("Putin");
    const soIf = byText(
      quotes,
      "So, if troops appear there, especially now, during military operations, we proceed from the fact that these will be legitimate targets for defeat.",
    );
    expect(soIf.speaker).toBe("Vladimir Putin");
    expect(soIf.kind).toBe("direct");
  });

  it("002: Peskov's split quote and his partial quote", () => {
    const body = body002();
    const quotes = findQuotations(body);
    const turning = byText(quotes, "We're turning back to the main reason of the conflict");
    expect(turning).toMatchObject({ speaker: "Dmitry Peskov", cue: "said", kind: "direct" });
    expect(["he", "Dmitry Peskov"]).toContain(mention(body, turning));
    const enemy = byText(quotes, "We are an enemy of NATO, we cannot afford that.");
    expect(enemy.speaker).toBe("Dmitry Peskov");
    const danger = byText(quotes, "considered a danger to Russia");
    expect(danger).toMatchObject({ speaker: "Dmitry Peskov", cue: "saying", kind: "partial" });
    expect(mention(body, danger)).toBe("Dmitry Peskov");
  });

  it("002: Trump's Truth Social post, through 'The US president'", () => {
    const body = body002();
    const post = byText(
      findQuotations(body),
      "Looks like we’ve lost India and Russia to deepest, darkest, China. May they have a long and prosperous future together!",
    );
    expect(post.speaker).toBe("Donald Trump");
    expect(["writing", "wrote"]).toContain(post.cue);
    expect(mention(body, post)).toBe("The US president");
  });

  it("002: single-quoted scare quotes are not quotations, and no speaker is garbage", () => {
    const body = body002();
    const quotes = findQuotations(body);
    const texts = quotes.map((q) => q.text);
    for (const scare of ["legitimate", "high stakes", "key demands", "by land, sea or air"]) {
      expect(texts).not.toContain(scare);
    }
    const people = new Set(["Vladimir Putin", "Dmitry Peskov", "Donald Trump", "Dmitry Medvedev"]);
    for (const q of quotes) expect(people.has(q.speaker ?? "")).toBe(true);
  });
});
