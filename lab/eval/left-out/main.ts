import { readFileSync, writeFileSync } from "node:fs";
import { alignSentences, type ArticleText } from "@/lib/compare";
import type { SameEventModel } from "@/lib/compare/same-fact";
import { sentenceSpans } from "@/lib/text";
import { FIT_OPTIONS } from "../../fit/logistic";
import {
  DEFAULT_MAX_FALSE_RATE,
  DEFAULT_STATES_FALSE_RATE,
  fitSameEvent,
  readLedes,
  sameEventModel,
} from "../../fit/same-event-fit";
import { assignFolds, parseFolds } from "../folds";
import { parseCommandLine } from "../../command-line";

/*
 * npm run eval:left-out -- --data FILE.jsonl [--sample N] [--seed S] [--out FILE] [--folds K]
 *
 * "Left out" on real news, without gold labels: FILE holds reports as JSON lines {id, text, source, cluster}
 * (../shared/data/clustering-dev/pac.jsonl); each gold cluster is compared as a story. Prints how many lede
 * (first) sentences the alignment lists as left out by another outlet, and writes a random sample of "left
 * out" claims (fixed seed) with the omitting article's nearest sentences to --out, for reading against the
 * articles. The last line is one JSON object.
 *
 * --folds K: the same-event judgement of two ledes is refitted (as `npm run fit:same-event` does) on the
 * stories of K−1 folds and used on the stories of the last, fold by fold (stories grouped whole), so the lede
 * figure on the file the committed model was fitted on is not flattered by it.
 */
const USAGE =
  "usage: npm run eval:left-out -- --data FILE.jsonl [--sample N] [--seed S] [--out FILE] [--folds K≥2]";
const { values } = parseCommandLine(USAGE, {
  options: {
    data: { type: "string" },
    sample: { type: "string", default: "20" },
    seed: { type: "string", default: "13" },
    out: { type: "string" },
    states: { type: "string" },
    join: { type: "string" },
    folds: { type: "string" },
  },
});
const { folds, valid: foldsValid } = parseFolds(values.folds);
if (!values.data || !foldsValid) {
  console.error(USAGE);
  process.exit(2);
}

interface Report {
  id: string;
  text: string;
  source: string;
  cluster: string | number;
}
const reports: Report[] = readFileSync(values.data, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Report);
const clusters = new Map<string, Report[]>();
for (const r of reports) {
  const key = String(r.cluster);
  clusters.set(key, [...(clusters.get(key) ?? []), r]);
}

const stories = [...clusters].sort(([a], [b]) => (a < b ? -1 : 1));
/** Per story, the same-event model refitted without its fold (with --folds), else none (the committed one). */
const eventModelOf = new Map<string, SameEventModel>();
if (folds !== null) {
  const foldOf = assignFolds(
    stories.map(([story]) => ({ group: story })),
    folds,
  );
  for (let k = 0; k < folds; k++) {
    const training = stories.filter((_, i) => foldOf[i] !== k).flatMap(([, members]) => members);
    const model = sameEventModel(
      fitSameEvent(readLedes(training), {
        folds: Number(FIT_OPTIONS.folds.default),
        l2: Number(FIT_OPTIONS.l2.default),
        maxFalseRate: DEFAULT_MAX_FALSE_RATE,
        statesFalseRate: DEFAULT_STATES_FALSE_RATE,
      }),
    );
    stories.forEach(([story], i) => {
      if (foldOf[i] === k) eventModelOf.set(story, model);
    });
  }
}

interface Claim {
  story: string;
  sentence: string;
  carriers: string[];
  omittedBy: string;
  omitting: string;
}
let ledes = 0;
let ledesLeftOut = 0;
let rows = 0;
let rowsWithMissing = 0;
let singleRows = 0;
const claims: Claim[] = [];
const started = process.cpuUsage();
for (const [story, members] of stories) {
  if (members.length < 2) continue;
  const articles: ArticleText[] = [...members]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => ({ id: r.id, outlet: r.source, text: r.text }));
  const alignment = alignSentences(articles, {
    statesProbability: values.states === undefined ? undefined : Number(values.states),
    minSimilarity: values.join === undefined ? undefined : Number(values.join),
    eventModel: eventModelOf.get(story),
  });
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  for (const article of articles) {
    const lede = sentenceSpans(article.text)[0];
    if (!lede) continue;
    ledes++;
    const row = alignment.rows.find((r) =>
      r.sentences.some((s) => s.articleId === article.id && s.start === lede.start),
    );
    if (row && row.missingFrom.length > 0) ledesLeftOut++;
  }
  for (const row of alignment.rows) {
    rows++;
    if (row.sentences.length === 1) singleRows++;
    if (row.missingFrom.length === 0) continue;
    rowsWithMissing++;
    for (const omitter of row.missingFrom) {
      claims.push({
        story,
        sentence: row.sentences.map((s) => `[${outletOf.get(s.articleId)}] ${s.text}`).join("\n    "),
        carriers: row.sentences.map((s) => outletOf.get(s.articleId) ?? s.articleId),
        omittedBy: outletOf.get(omitter) ?? omitter,
        omitting: textOf.get(omitter) ?? "",
      });
    }
  }
}
const used = process.cpuUsage(started);

const sample = seededSample(claims, Number(values.sample), Number(values.seed));
if (values.out) {
  writeFileSync(
    values.out,
    sample
      .map(
        (c, i) =>
          `#${i + 1} story ${c.story}: left out by ${c.omittedBy}\n    ${c.sentence}\n  ${c.omittedBy}'s nearest sentences:\n` +
          nearest(c.sentence, c.omitting)
            .map((s) => `    - ${s}`)
            .join("\n"),
      )
      .join("\n\n") + "\n",
  );
}
const round = (x: number) => Math.round(x * 10_000) / 10_000;
console.log(
  JSON.stringify({
    stories: [...clusters.values()].filter((m) => m.length >= 2).length,
    folds,
    ledes,
    ledesLeftOut,
    ledeShare: round(ledes === 0 ? 0 : ledesLeftOut / ledes),
    rows,
    rowsWithMissing,
    singleSentenceRows: singleRows,
    claims: claims.length,
    cpuSeconds: round((used.user + used.system) / 1e6),
  }),
);

/** n items drawn without replacement by a seeded generator (same seed, same sample). */
function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const order = items.map((_, i) => i);
  let state = seed >>> 0;
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, n).map((i) => items[i] as T);
}

/** The omitting article's three sentences sharing the most words with the claim, to read it against. */
function nearest(claim: string, text: string): string[] {
  const words = new Set(claim.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  return sentenceSpans(text)
    .map((s, i) => ({
      text: s.text,
      i,
      shared: [...new Set(s.text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].filter((w) => words.has(w))
        .length,
    }))
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .slice(0, 3)
    .map((s) => s.text);
}
