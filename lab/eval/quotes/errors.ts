import { loadQuoteSet } from "./sets";
import { predictedForScoring } from "./runner";
import { classifyErrors, type QuoteError } from "./error-kinds";
import { parseCommandLine } from "../../command-line";

/*
 * npx tsx lab/eval/quotes/errors.ts --data DIR [--kind KIND] [--sample N] [--seed S]
 * Sorts a split's errors by kind (missed, spurious, boundary, wrong or missing speaker) and prints their counts,
 * then N of one kind with the text around them, drawn by a seeded hash so that runs are comparable. For reading
 * errors on a training split; choosing rules on the split it reads is what makes a figure flatter.
 */
const USAGE = "usage: npx tsx lab/eval/quotes/errors.ts --data DIR [--kind KIND] [--sample N] [--seed S]";
const { values } = parseCommandLine(USAGE, {
  options: {
    data: { type: "string" },
    kind: { type: "string" },
    sample: { type: "string" },
    seed: { type: "string" },
  },
});
if (!values.data) {
  console.error(USAGE);
  process.exit(2);
}
const seed = Number(values.seed ?? 1);
const errors: (QuoteError & { name: string; body: string })[] = [];
for (const d of await loadQuoteSet(values.data)) {
  for (const e of classifyErrors(d.gold, predictedForScoring(d.body)))
    errors.push({ ...e, name: d.name, body: d.body });
}
const counts = new Map<string, number>();
for (const e of errors) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
console.log(JSON.stringify(Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]))));

function hash(text: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
const one = (s: string) => s.replace(/\s+/g, " ");
const chosen = errors
  .filter((e) => e.kind === values.kind)
  .sort((a, b) => hash(`${a.name}:${a.at}`) - hash(`${b.name}:${b.at}`))
  .slice(0, Number(values.sample ?? 20));
for (const e of chosen) {
  const { body } = e;
  const from = Math.max(0, Math.min(e.gold?.start ?? e.at, e.predicted?.start ?? e.at) - 160);
  const to = Math.min(body.length, Math.max(e.gold?.end ?? e.at, e.predicted?.end ?? e.at) + 120);
  console.log(`\n## ${e.name} @${e.at} ${e.kind}`);
  if (e.gold) console.log(`gold: «${one(body.slice(e.gold.start, e.gold.end))}»`);
  if (e.gold?.speaker) console.log(`gold speaker: «${body.slice(e.gold.speaker.start, e.gold.speaker.end)}»`);
  if (e.predicted) console.log(`ours: «${one(body.slice(e.predicted.start, e.predicted.end))}»`);
  if (e.predicted?.speaker)
    console.log(`our speaker: «${body.slice(e.predicted.speaker.start, e.predicted.speaker.end)}»`);
  console.log(`text: ${one(body.slice(from, to))}`);
}
