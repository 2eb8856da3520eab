import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { diffWords, type DiffOp } from "./diff";
import { distinctWords, editProse, generateProse } from "../__fixtures__/generated-texts";
import { JOE_PUTIN_QUOTE, OTHER_PUTIN_QUOTE } from "../__fixtures__/seed-quotes";

/** The text each side of a diff reconstructs: 0 and -1 ops give `from`, 0 and 1 ops give `to`. */
function sides(ops: readonly DiffOp[]): { from: string; to: string } {
  return {
    from: ops
      .filter(([kind]) => kind !== 1)
      .map(([, text]) => text)
      .join(""),
    to: ops
      .filter(([kind]) => kind !== -1)
      .map(([, text]) => text)
      .join(""),
  };
}

function expectReconstructs(from: string, to: string, ops: readonly DiffOp[]): void {
  expect(sides(ops)).toEqual({ from, to });
  expect(ops.every(([, text]) => text !== "")).toBe(true);
}

/** No op boundary on one side falls inside a word (letters or digits on both sides of the cut). */
function expectWholeWords(ops: readonly DiffOp[]): void {
  for (const side of [-1, 1] as const) {
    const pieces = ops.filter(([kind]) => kind === 0 || kind === side).map(([, text]) => text);
    for (let i = 1; i < pieces.length; i++) {
      const before = pieces[i - 1] ?? "";
      const after = pieces[i] ?? "";
      expect(/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after)).toBe(false);
    }
  }
}

describe("diffWords on the seed quotation", () => {
  const ops = diffWords(JOE_PUTIN_QUOTE, OTHER_PUTIN_QUOTE);

  it("reads as two replacements with the shared wording unmarked", () => {
    expect(ops).toEqual([
      [-1, "If any"],
      [1, "So, if"],
      [
        0,
        " troops appear there, especially now, during military operations, we proceed from the fact that these will be legitimate targets for ",
      ],
      [-1, "their destruction"],
      [1, "defeat"],
      [0, "."],
    ]);
    expectReconstructs(JOE_PUTIN_QUOTE, OTHER_PUTIN_QUOTE, ops);
  });

  it("keeps every shared word in an equal op and no lone space between changes", () => {
    const equalText = ops
      .filter(([kind]) => kind === 0)
      .map(([, text]) => text)
      .join("|");
    for (const word of "troops appear there especially now during military operations we proceed from the fact that these will be legitimate targets for".split(
      " ",
    )) {
      expect(equalText).toContain(word);
    }
    ops.forEach(([kind, text], i) => {
      const between = i > 0 && i < ops.length - 1 && ops[i - 1]?.[0] !== 0 && ops[i + 1]?.[0] !== 0;
      if (kind === 0 && between) expect(text.trim()).not.toBe("");
    });
  });
});

describe("diffWords reconstruction", () => {
  const pairs: [string, string, string][] = [
    ["both empty", "", ""],
    ["empty to text", "", "Peace talks in Moscow."],
    ["text to empty", "Peace talks in Moscow.", ""],
    ["identical", "Peace talks in Moscow.", "Peace talks in Moscow."],
    ["whitespace only changes", "peace  talks\nin Moscow", "peace talks in  Moscow"],
    ["punctuation only", "“Legitimate” targets.", '"Legitimate" targets!'],
    ["accents and case", "Zelenskyy met Müller in Zürich", "Zelensky met Muller in Zurich"],
    ["emoji and astral letters", "Troops 👋 arrive 𝒜 today", "Troops 👍 arrive 𝒜 tomorrow"],
    ["CJK and RTL", "普京 说 军队 是 目标 — «قوات»", "普京 表示 军队 是 合法 目标 — «قوات»"],
    ["insert at both ends", "middle words", "start middle words end"],
    ["complete rewrite", "one two three", "four five six seven"],
  ];
  it.each(pairs)("%s", (_name, from, to) => {
    const ops = diffWords(from, to);
    expectReconstructs(from, to, ops);
    expectWholeWords(ops);
  });

  it("returns no ops for two empty strings and one equal op for identical text", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("same text", "same text")).toEqual([[0, "same text"]]);
  });

  it("reconstructs long edited prose", () => {
    const from = generateProse(2_000, 7);
    const to = editProse(from, 0.05, 8);
    const ops = diffWords(from, to, { timeoutMs: 0 });
    expectReconstructs(from, to, ops);
    expectWholeWords(ops);
    expect(ops.some(([kind]) => kind === 0)).toBe(true);
  });
});

describe("diffWords bounds", () => {
  const from = generateProse(5_000, 1);
  const to = editProse(from, 0.1, 2);

  it("stays valid on a 5,000-word pair when the timeout cuts the search short", () => {
    for (const timeoutMs of [1, 50]) expectReconstructs(from, to, diffWords(from, to, { timeoutMs }));
  });

  it("gives a coarse but valid diff past maxChars: shared head and tail, one replacement between", () => {
    const head = "Opening words stay. ";
    const tail = " Closing words stay.";
    const a = `${head}${generateProse(300, 3)}${tail}`;
    const b = `${head}${generateProse(300, 4)}${tail}`;
    const ops = diffWords(a, b, { maxChars: 100 });
    expectReconstructs(a, b, ops);
    expect(ops.map(([kind]) => kind)).toEqual([0, -1, 1, 0]);
    expect(ops[0]?.[1].startsWith(head)).toBe(true);
    expect(ops[3]?.[1].endsWith(tail)).toBe(true);
  });

  it("falls back to a character diff when there are more distinct words than characters to code them", () => {
    const a = distinctWords(40_000, "a");
    const b = distinctWords(40_000, "b");
    expectReconstructs(a, b, diffWords(a, b, { maxChars: Number.POSITIVE_INFINITY }));
  });

  it("rejects a negative timeout or maxChars", () => {
    expect(() => diffWords("a", "b", { timeoutMs: -1 })).toThrow(AppError);
    expect(() => diffWords("a", "b", { maxChars: -1 })).toThrow(AppError);
  });
});

describe("diffWords noise", () => {
  it("keeps words equal when only the whitespace between them differs", () => {
    const from = "Troops  appear there,\nespecially now.";
    const to = "Troops appear there, especially now.";
    const ops = diffWords(from, to);
    expectReconstructs(from, to, ops);
    const changed = ops.filter(([kind]) => kind !== 0).map(([, text]) => text);
    expect(
      changed.every((text) => /^\s+$/.test(text)),
      JSON.stringify(ops),
    ).toBe(true);
  });

  it("confines a punctuation change to the punctuation", () => {
    const ops = diffWords("We will win.", "We will win!");
    expect(ops).toEqual([
      [0, "We will win"],
      [-1, "."],
      [1, "!"],
    ]);
  });
});
