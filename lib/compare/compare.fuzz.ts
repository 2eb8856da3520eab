/** Alignment and word diffs under fuzzing: the properties `npm test` (compare.fuzz.test.ts) and `npm run fuzz` check. */
import fc from "fast-check";
import {
  allowAppError,
  bodyArbitrary,
  bounded,
  MAX_CASE_MS,
  proseArbitrary,
  sentence,
} from "../testing/fuzz";
import { alignSentences, diffWords, type DiffOp } from "./index";

function checkAlignment(bodies: string[], maxCaseMs: number): void {
  const articles = bodies.map((text, index) => ({ id: `a${index}`, outlet: `Outlet ${index}`, text }));
  const run = () => allowAppError(() => alignSentences(articles));
  const alignment = bounded("sentence alignment", maxCaseMs, run);
  if (!alignment) return;
  const seen = new Set<string>();
  for (const row of alignment.rows) {
    const inRow = new Set<string>();
    for (const sentence of row.sentences) {
      const article = articles.find((a) => a.id === sentence.articleId);
      if (!article) throw new Error(`row names an unknown article ${sentence.articleId}`);
      if (article.text.slice(sentence.start, sentence.end) !== sentence.text)
        throw new Error("an aligned sentence is not its article's text at its offsets");
      if (inRow.has(sentence.articleId)) throw new Error("a row holds two sentences of one article");
      inRow.add(sentence.articleId);
      const key = `${sentence.articleId}:${sentence.start}`;
      if (seen.has(key)) throw new Error("a sentence sits in two rows");
      seen.add(key);
    }
    // Left out only by articles that carry no sentence of the row, and only when enough others carry it.
    const absent = articles.map((a) => a.id).filter((id) => !inRow.has(id));
    if (
      row.missingFrom.some((id) => !absent.includes(id)) ||
      new Set(row.missingFrom).size !== row.missingFrom.length
    )
      throw new Error(
        `missingFrom ${JSON.stringify(row.missingFrom)} is not within ${JSON.stringify(absent)}`,
      );
    if (row.missingFrom.length > 0 && inRow.size < (articles.length >= 3 ? 2 : 1))
      throw new Error(
        `missingFrom ${JSON.stringify(row.missingFrom)} for a row only ${inRow.size} article carries`,
      );
  }
  if (JSON.stringify(run()) !== JSON.stringify(alignment)) throw new Error("alignment is not deterministic");
}

function joined(ops: DiffOp[], keep: -1 | 1): string {
  return ops
    .filter(([op]) => op === 0 || op === keep)
    .map(([, text]) => text)
    .join("");
}

function checkDiff(from: string, to: string, maxCaseMs: number): void {
  const ops = bounded("word diff", maxCaseMs, () => allowAppError(() => diffWords(from, to)));
  if (!ops) return;
  if (joined(ops, -1) !== from) throw new Error("the diff's 0 and -1 ops do not give `from`");
  if (joined(ops, 1) !== to) throw new Error("the diff's 0 and 1 ops do not give `to`");
  if (ops.some(([, text]) => text === "")) throw new Error("the diff has an empty op");
}

export const alignmentProperty = fc.property(
  fc.array(bodyArbitrary, { minLength: 1, maxLength: 4 }),
  (bodies) => checkAlignment(bodies, MAX_CASE_MS.alignment),
);
export const diffProperty = fc.property(
  fc.oneof(
    fc.tuple(proseArbitrary, proseArbitrary),
    // Near-identical sides: the case diffs are made for.
    proseArbitrary.chain((text) =>
      fc
        .tuple(fc.constant(text), fc.constant(text), fc.nat({ max: 20 }), sentence)
        .map(
          ([a, , cut, insert]) => [a, `${a.slice(0, cut)}${insert}${a.slice(cut + 5)}`] as [string, string],
        ),
    ),
    fc.tuple(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })),
  ),
  ([from, to]) => checkDiff(from, to, MAX_CASE_MS.diff),
);
