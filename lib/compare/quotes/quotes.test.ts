import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { describeQuoteGroup } from "./quote-group";
import type { QuoteInput } from "./quote-match";
import { groupQuotations } from "./quotes";
import { seededRandom } from "../__fixtures__/generated-texts";
import {
  JOE_ID,
  JOE_PUTIN_QUOTE,
  OTHER_ID,
  OTHER_PUTIN_CONTINGENTS,
  OTHER_PUTIN_QUOTE,
  PESKOV_TURNING_BACK,
  SEED_QUOTES,
} from "../__fixtures__/seed-quotes";

let nextOffset = 0;
function quote(articleId: string, text: string, speaker: string | null, id?: string): QuoteInput {
  const start = nextOffset;
  nextOffset += text.length + 10;
  return {
    id: id ?? `${articleId}:${start}`,
    articleId,
    outlet: `Outlet ${articleId}`,
    publishedAt: `2025-09-0${(articleId.charCodeAt(articleId.length - 1) % 9) + 1}T08:00:00Z`,
    text,
    start,
    end: start + text.length,
    speaker,
  };
}

function groupOf(groups: ReturnType<typeof groupQuotations>, text: string) {
  const group = groups.find((g) => g.variants.some((v) => v.text === text));
  if (!group) throw new Error(`no group holds: ${text}`);
  return group;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe("groupQuotations on the seed pair", () => {
  const groups = groupQuotations(SEED_QUOTES);

  it("groups the two renderings of Putin's warning, with a word diff of the translations", () => {
    const group = groupOf(groups, JOE_PUTIN_QUOTE);
    expect(group.variants.map((v) => v.articleId).sort()).toEqual([OTHER_ID, JOE_ID].sort());
    expect(group.variants.map((v) => v.text)).toContain(OTHER_PUTIN_QUOTE);
    expect(group.speaker).toBe("Putin");
    expect(group.diffs).toHaveLength(1);
    const [diff] = group.diffs;
    expect(diff?.kind).toBe("reworded");
    expect(diff?.ops.filter(([kind]) => kind !== 0)).toEqual([
      [-1, "If any"],
      [1, "So, if"],
      [-1, "their destruction"],
      [1, "defeat"],
    ]);
    expect(group.wordings).toHaveLength(2);
  });

  it("keeps Putin's other sentence and Peskov's quote as quotes only one outlet carries", () => {
    for (const text of [OTHER_PUTIN_CONTINGENTS, PESKOV_TURNING_BACK]) {
      const group = groupOf(groups, text);
      expect(group.variants).toHaveLength(1);
      expect(group.diffs).toEqual([]);
      expect(group.wordings).toEqual([{ text, articleIds: [OTHER_ID] }]);
    }
  });

  it("puts multi-variant groups first and accounts for every quote exactly once", () => {
    const sizes = groups.map((g) => g.variants.length);
    const firstSingle = sizes.indexOf(1);
    expect(sizes.slice(0, firstSingle).every((n) => n > 1)).toBe(true);
    expect(sizes.slice(firstSingle).every((n) => n === 1)).toBe(true);
    const ids = groups.flatMap((g) => g.variants.map((v) => v.id)).sort();
    expect(ids).toEqual(SEED_QUOTES.map((q) => q.id).sort());
  });
});

describe("groupQuotations matching", () => {
  it("joins a truncated rendering and labels it", () => {
    const full = quote("a1", JOE_PUTIN_QUOTE, "Vladimir Putin");
    const cut = quote("a2", "these will be legitimate targets for their destruction", "Putin");
    const [group] = groupQuotations([full, cut]);
    expect(group?.variants.map((v) => v.id)).toEqual([full.id, cut.id]);
    expect(group?.diffs[0]?.kind).toBe("truncated");
  });

  it("joins a different translation of the same words", () => {
    const other = quote(
      "a2",
      "If any troops show up there, especially now during military operations, we will consider them legitimate targets for destruction.",
      "Russian President Vladimir Putin",
    );
    const groups = groupQuotations([quote("a1", JOE_PUTIN_QUOTE, "Putin"), other]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.diffs[0]?.kind).toBe("reworded");
  });

  it("groups German renderings of one utterance as English ones, and never across two known languages", () => {
    const words =
      "Wir werden die Pläne in dieser Woche beschließen, und danach wird es keine Verhandlungen geben";
    const a = { ...quote("a1", words, "Olaf Scholz"), language: "de" };
    const b = { ...quote("a2", words.replace(", und danach", ". Danach"), "Scholz"), language: "de" };
    expect(groupQuotations([a, b])).toHaveLength(1);
    const english = { ...quote("a3", words, "Scholz"), language: "en" };
    expect(groupQuotations([a, english])).toHaveLength(2);
  });

  it("keeps two different sentences of one speaker apart, even on one topic", () => {
    const groups = groupQuotations([
      quote("a1", JOE_PUTIN_QUOTE, "Putin"),
      quote("a2", "We see no reason for troops to be deployed to Ukraine when there is peace.", "Putin"),
      quote("a3", OTHER_PUTIN_CONTINGENTS, "Putin"),
    ]);
    expect(groups.map((g) => g.variants.length)).toEqual([1, 1, 1]);
  });

  it("keeps two sentences of one letter apart although they share a speaker, a topic and content words", () => {
    const groups = groupQuotations([
      quote("a1", "Anything the council does not approve is a mere informal arrangement.", "the mayors"),
      quote(
        "a2",
        "We will treat any arrangement the council does not vote on as nothing more than an informal arrangement",
        "the mayors",
      ),
      quote("a3", "Either we finish the bridge or we close the harbour", "Smith"),
      quote("a4", "We finish a bridge or … close the northern harbour. Bring the ferries back.", "Smith"),
    ]);
    expect(groups.map((g) => g.variants.length)).toEqual([1, 1, 1, 1]);
  });

  it("never groups a scare quote or a short label on its own, even worded alike", () => {
    const groups = groupQuotations([
      quote("a1", "heartbeat", null),
      quote("a2", "heartbeat", "other"),
      quote("a3", "white power", "Smith"),
      quote("a4", "white power.", "Smith"),
    ]);
    expect(groups.map((g) => g.variants.length)).toEqual([1, 1, 1, 1]);
  });

  it("never puts two quotes of one article in a group, and gives the slot to the closer rendering", () => {
    const reference = quote("a1", JOE_PUTIN_QUOTE, "Putin");
    const close = quote("a2", JOE_PUTIN_QUOTE.replace("If any", "If"), "Putin");
    const fragment = quote("a2", "legitimate targets for their destruction", "Putin");
    const groups = groupQuotations([fragment, reference, close]);
    for (const g of groups) expect(new Set(g.variants.map((v) => v.articleId)).size).toBe(g.variants.length);
    expect(groupOf(groups, JOE_PUTIN_QUOTE).variants.map((v) => v.id)).toEqual([reference.id, close.id]);
    expect(groupOf(groups, fragment.text).variants).toHaveLength(1);
  });

  it("never merges quotes attributed to different speakers", () => {
    const groups = groupQuotations([
      quote("a1", PESKOV_TURNING_BACK, "Dmitry Peskov"),
      quote("a2", PESKOV_TURNING_BACK, "Sergei Lavrov"),
    ]);
    expect(groups).toHaveLength(2);
  });

  it("lets an unattributed quote join on a strong match only", () => {
    const attributed = quote("a1", JOE_PUTIN_QUOTE, "Putin");
    const strong = quote("a2", OTHER_PUTIN_QUOTE, null);
    const weak = quote("a3", "Troops appear, and these are legitimate targets, he warned during talks", null);
    const groups = groupQuotations([attributed, strong, weak]);
    expect(groupOf(groups, JOE_PUTIN_QUOTE).variants.map((v) => v.id)).toEqual([attributed.id, strong.id]);
    expect(groupOf(groups, weak.text).variants).toHaveLength(1);
    expect(groupOf(groups, JOE_PUTIN_QUOTE).speaker).toBe("Putin");
  });

  it("takes the wording most articles share as the reference and lists who shares each wording", () => {
    const a = quote("a1", OTHER_PUTIN_QUOTE, "Putin");
    const b = quote("a2", JOE_PUTIN_QUOTE, "Putin");
    const c = quote("a3", `“${JOE_PUTIN_QUOTE.toLowerCase()}”`, "Putin");
    const [group] = groupQuotations([a, b, c]);
    expect(group?.variants[0]?.id).toBe(b.id);
    expect(group?.wordings).toEqual([
      { text: JOE_PUTIN_QUOTE, articleIds: ["a2", "a3"] },
      { text: OTHER_PUTIN_QUOTE, articleIds: ["a1"] },
    ]);
    expect(group?.diffs.map((d) => [d.from, d.to, d.kind])).toEqual([
      ["a2", "a1", "reworded"],
      ["a2", "a3", "identical"],
    ]);
  });
});

describe("groupQuotations reference and utterances (issue 5 item 3)", () => {
  const dated = (q: QuoteInput, publishedAt: string | null): QuoteInput => ({ ...q, publishedAt });

  it("takes the earliest variant as the reference when no wording is shared, undated ones last", () => {
    const late = dated(quote("b1", OTHER_PUTIN_QUOTE, "Putin"), "2025-09-05T12:00:00Z");
    const undated = dated(
      quote("b2", JOE_PUTIN_QUOTE.replace("their destruction", "being destroyed"), "Putin"),
      null,
    );
    const early = dated(quote("b3", JOE_PUTIN_QUOTE, "Putin"), "2025-09-05T08:00:00Z");
    const [group] = groupQuotations([undated, late, early]);
    expect(group?.variants.map((v) => v.id)).toEqual([early.id, late.id, undated.id]);
    expect(group?.diffs.every((d) => d.from === "b3")).toBe(true);
    expect(group?.wordings.map((w) => w.articleIds)).toEqual([["b3"], ["b1"], ["b2"]]);
  });

  it("breaks a tie between equally shared wordings by the earlier appearance", () => {
    const cut = "we proceed from the fact that these will be legitimate targets for defeat";
    const q = [
      dated(quote("c1", OTHER_PUTIN_QUOTE, "Putin"), "2025-09-05T09:00:00Z"),
      dated(quote("c2", OTHER_PUTIN_QUOTE, "Putin"), "2025-09-05T10:00:00Z"),
      dated(quote("c3", cut, "Putin"), "2025-09-05T07:00:00Z"),
      dated(quote("c4", cut, "Putin"), "2025-09-05T11:00:00Z"),
    ];
    const [group] = groupQuotations(q);
    expect(group?.variants).toHaveLength(4);
    expect(group?.variants[0]?.articleId).toBe("c3");
    expect(group?.diffs.map((d) => [d.to, d.kind])).toEqual([
      ["c1", "truncated"],
      ["c2", "truncated"],
      ["c4", "identical"],
    ]);
  });

  it("pairs two utterances of one speaker across two articles without merging them", () => {
    const q = [
      quote("d1", JOE_PUTIN_QUOTE, "Vladimir Putin"),
      quote("d1", OTHER_PUTIN_CONTINGENTS, "Vladimir Putin"),
      quote("d2", OTHER_PUTIN_CONTINGENTS, "Putin"),
      quote("d2", OTHER_PUTIN_QUOTE, "Putin"),
    ];
    const groups = groupQuotations(q);
    expect(groups.map((g) => g.variants.length)).toEqual([2, 2]);
    expect(groupOf(groups, JOE_PUTIN_QUOTE).variants.map((v) => v.text)).toEqual([
      JOE_PUTIN_QUOTE,
      OTHER_PUTIN_QUOTE,
    ]);
    expect(groupOf(groups, OTHER_PUTIN_CONTINGENTS).diffs[0]?.kind).toBe("identical");
  });
});

describe("groupQuotations contract", () => {
  it("is deterministic: shuffled input gives the same groups, keys and order", () => {
    const expected = groupQuotations(SEED_QUOTES);
    for (const seed of [1, 2, 3, 4]) expect(groupQuotations(shuffled(SEED_QUOTES, seed))).toEqual(expected);
    expect(new Set(expected.map((g) => g.key)).size).toBe(expected.length);
  });

  it("refuses more quotes than maxQuotes, and duplicate ids", () => {
    expect(() => groupQuotations(SEED_QUOTES, { maxQuotes: 3 })).toThrow(AppError);
    const first = SEED_QUOTES[0] as QuoteInput;
    expect(() => groupQuotations([first, { ...first }])).toThrow(AppError);
  });

  it("returns nothing for no quotes", () => {
    expect(groupQuotations([])).toEqual([]);
  });
});

describe("describeQuoteGroup", () => {
  it("describes a stored group the same way groupQuotations built it", () => {
    const [built] = groupQuotations(SEED_QUOTES);
    expect(built).toBeDefined();
    if (built) expect(describeQuoteGroup(shuffled(built.variants, 9))).toEqual(built);
  });

  it("gives an empty group for no variants", () => {
    expect(describeQuoteGroup([])).toMatchObject({ variants: [], diffs: [], wordings: [], speaker: null });
  });
});
