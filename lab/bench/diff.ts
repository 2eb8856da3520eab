import { z } from "zod";
import { diffWords, diffStats, type DiffOp } from "@/lib/compare";
import { words } from "@/lib/text";
import { seededRandom } from "@/lib/compare/__fixtures__/generated-texts";
import { syntheticNews } from "./synthetic-news";
import { parseCommandLine } from "../command-line";

/*
 * npm run bench:diff [-- --words N --runs R]
 * Word diffs of two N-word articles (default 5,000) in three realistic cases: a lightly edited copy (wire copy
 * with a changed sentence here and there), a heavily edited one, and an independent rewrite of the same story
 * vocabulary. Each case runs R times after warm-up; prints per-case wall and CPU timings (medians, p95, max); the
 * last line is one JSON object whose `under20ms` says whether every case's median CPU time is under 20 ms (`wallUnder20ms`: wall
 * time, which on a shared machine also counts other processes' work).
 * Articles are built from the synthetic news corpus (deterministic), never from ../shared.
 */
const USAGE = "usage: npm run bench:diff -- [--words N] [--runs R]";
const { values } = parseCommandLine(USAGE, {
  options: { words: { type: "string" }, runs: { type: "string" } },
});
const args = z
  .object({
    words: z.coerce.number().int().min(10).max(200_000).default(5_000),
    runs: z.coerce.number().int().min(1).max(10_000).default(40),
  })
  .safeParse(values);
if (!args.success) {
  console.error(USAGE);
  process.exit(2);
}
const { words: targetWords, runs } = args.data;

/** Concatenates synthetic articles (paragraph by paragraph) until the text has `count` words. */
function article(count: number, seed: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  for (const doc of syntheticNews({ articles: 10_000, seed })) {
    for (const paragraph of doc.text.split(/\n\n|(?<=\.) (?=[A-Z])/)) {
      const n = words(paragraph).length;
      if (total + n > count) return paragraphs.join("\n\n");
      paragraphs.push(paragraph);
      total += n;
    }
  }
  return paragraphs.join("\n\n");
}

/** Replaces, drops or inserts about `rate` of the sentences, the way an outlet edits wire copy. */
function editSentences(text: string, rate: number, seed: number, filler: string[]): string {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (const sentence of text.split("\n\n")) {
    const roll = random();
    const other = filler[Math.floor(random() * filler.length)] ?? sentence;
    if (roll < rate / 3) out.push(other);
    else if (roll < (2 * rate) / 3) continue;
    else if (roll < rate) out.push(sentence, other);
    else out.push(sentence.replace(/ the /, random() < 0.3 ? " a " : " the "));
  }
  return out.join("\n\n");
}

const base = article(targetWords, 1);
const filler = article(targetWords, 2).split("\n\n");
const cases: Record<string, string> = {
  lightlyEdited: editSentences(base, 0.1, 3, filler),
  heavilyEdited: editSentences(base, 0.5, 4, filler),
  rewritten: article(targetWords, 5),
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
const round = (ms: number) => Math.round(ms * 100) / 100;

const results: Record<
  string,
  {
    words: [number, number];
    unchangedShare: number;
    medianMs: number;
    p95Ms: number;
    maxMs: number;
    cpuMedianMs: number;
  }
> = {};
for (const [name, other] of Object.entries(cases)) {
  let ops: DiffOp[] = [];
  for (let i = 0; i < 3; i++) ops = diffWords(base, other);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    ops = diffWords(base, other);
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  results[name] = {
    words: [words(base).length, words(other).length],
    unchangedShare: Math.round(diffStats(ops).unchangedShare * 1000) / 1000,
    medianMs: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
    maxMs: round(times[times.length - 1] ?? 0),
    cpuMedianMs: round(percentile(cpuTimes, 0.5)),
  };
  console.log(`${name}: ${JSON.stringify(results[name])}`);
}
const worstMedianMs = Math.max(...Object.values(results).map((r) => r.medianMs));
// CPU time is what the diff itself costs; wall time also counts whatever else the machine is doing meanwhile.
const worstCpuMedianMs = Math.max(...Object.values(results).map((r) => r.cpuMedianMs));
console.log(
  JSON.stringify({
    words: targetWords,
    runs,
    cases: results,
    worstMedianMs,
    worstCpuMedianMs,
    under20ms: worstCpuMedianMs < 20,
    wallUnder20ms: worstMedianMs < 20,
  }),
);
