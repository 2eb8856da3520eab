import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { EVENT_FEATURE_NAMES, eventFeatures } from "@/lib/compare/same-fact/event";
import { analyseSentence, type AnalysedSentence } from "@/lib/compare/same-fact/tokens";
import { sentenceSpans } from "@/lib/text";
import { readParaphrasePairs } from "../eval/paraphrase/msrp";
import {
  crossValidate,
  FIT_OPTIONS,
  fitLogistic,
  probability,
  writeModelFile,
  type LogisticModel,
} from "./logistic";

/*
 * npm run fit:same-event [-- --reports FILE.jsonl --msrp FILE.tsv --folds K --l2 X --out FILE]
 *
 * Fits the same-event judgement of a lede against another report's opening (lib/compare/same-fact/
 * event-model.json): a logistic regression over the measures of lib/compare/same-fact/event.ts. Run after
 * fit:same-fact (one measure is the same-fact probability). No hand labels: in a story-clustering set (default
 * ../shared/data/clustering-dev/pac.jsonl, a left and a right outlet per story) each report's lede (first
 * sentence) against the opening of the other report of its story is "same event"; the same lede against the
 * opening of a report of another story sharing two content words or more (the first in a fixed stride) is
 * "not" (one each, so the two classes weigh alike). The weights are fitted, and the opening's length (1 to 5
 * sentences) and the threshold chosen, by cross-validation grouped by story (no story predicted by a model
 * that saw it): the threshold lets through at most --max-false-rate (5%) of the look-alike pairs, since
 * joining two ledes says they state one fact; the opening is the one that then finds the most same-event pairs.
 * A second, looser threshold (--states-false-rate, 10%) decides when a lede states another's event, so that its
 * article has not left that out. MSRP's training pairs (both sentences report one event) and unrelated pairs (a sentence with a later
 * pair's sentence sharing two content words) check the fitted model out of domain. Deterministic; the last
 * line is one JSON object.
 */
const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "../shared/data/clustering-dev/pac.jsonl" },
    msrp: { type: "string", default: "../shared/data/paraphrase-msrp/train.tsv" },
    ...FIT_OPTIONS,
    "max-false-rate": { type: "string", default: "0.05" },
    "states-false-rate": { type: "string", default: "0.1" },
    out: { type: "string", default: "lib/compare/same-fact/event-model.json" },
  },
});
const WINDOWS = [1, 2, 3, 4, 5];
/** A look-alike: a lede of another story sharing at least this many content words (the first in a fixed stride). */
const MIN_SHARED = 2;
/** Pairs searched for an unrelated MSRP negative. */
const LOOK_AHEAD = 200;
const l2 = Number(values.l2);
const folds = Number(values.folds);
/** Share of look-alike pairs (ledes of two stories) the threshold may let through, out of fold. */
const maxFalseRate = Number(values["max-false-rate"]);
/**
 * The same for the looser threshold at which an article's lede counts as stating another lede's event, so that
 * it has not left it out: saying an outlet omits the story's event takes the stronger evidence.
 */
const statesFalseRate = Number(values["states-false-rate"]);
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

interface Lede {
  story: string;
  lede: AnalysedSentence;
  /** The report's first sentences as one text, for each window length. */
  openings: AnalysedSentence[];
  stems: Set<string>;
}
const ledes = readLedes(values.reports);

interface AtRate {
  threshold: number;
  recall: number;
  falseRate: number;
  precision: number;
}
let best: { window: number; join: AtRate; states: AtRate } | null = null;
for (const window of WINDOWS) {
  const { rows, labels, groups } = ledeRows(window);
  const cv = crossValidate(rows, labels, folds, { l2, groupOf: groups });
  const negatives = cv.probabilities.filter((_, i) => labels[i] === 0).sort((a, b) => a - b);
  const positives = cv.probabilities.filter((_, i) => labels[i] === 1);
  const figures = {
    window,
    join: atFalseRate(maxFalseRate, positives, negatives),
    states: atFalseRate(statesFalseRate, positives, negatives),
  };
  console.log(`opening of ${window}: ${JSON.stringify(figures)}`);
  if (!best || figures.join.recall > best.join.recall) best = figures;
}
const chosen = best as NonNullable<typeof best>;
const { rows, labels } = ledeRows(chosen.window);
const model = { ...fitLogistic(rows, labels, { l2 }), threshold: chosen.join.threshold };
writeModelFile(
  values.out,
  {
    fittedOn: "pac.jsonl ledes (gold stories, no hand labels) by lab/fit/same-event.ts",
    features: EVENT_FEATURE_NAMES,
    ledeWindow: chosen.window,
    statesThreshold: Number(chosen.states.threshold.toPrecision(8)),
  },
  model,
);
EVENT_FEATURE_NAMES.forEach((name, i) =>
  console.error(`${name.padEnd(16)} ${(model.weights[i] ?? 0).toFixed(3)}`),
);
const msrp = values.msrp === "" ? null : msrpCheck(model);
console.log(
  JSON.stringify({
    folds,
    ledeWindow: chosen.window,
    maxFalseRate,
    cvRecall: chosen.join.recall,
    cvPrecision: chosen.join.precision,
    threshold: chosen.join.threshold,
    statesFalseRate,
    cvStatesRecall: chosen.states.recall,
    cvStatesPrecision: chosen.states.precision,
    statesThreshold: chosen.states.threshold,
    stories: new Set(ledes.map((l) => l.story)).size,
    ...(msrp ?? {}),
  }),
);

/** The lowest probability that at most `rate` of the look-alike pairs reach (out of fold), and what it finds. */
function atFalseRate(rate: number, positives: readonly number[], sortedNegatives: readonly number[]): AtRate {
  const allowed = Math.floor(rate * sortedNegatives.length);
  const threshold =
    sortedNegatives.length === 0 ? 0.5 : (sortedNegatives[sortedNegatives.length - 1 - allowed] ?? 0) + 1e-9;
  const truePositives = positives.filter((p) => p >= threshold).length;
  const falsePositives = sortedNegatives.filter((p) => p >= threshold).length;
  return {
    threshold: r4(threshold),
    recall: r4(truePositives / Math.max(1, positives.length)),
    falseRate: r4(falsePositives / Math.max(1, sortedNegatives.length)),
    precision: r4(truePositives / Math.max(1, truePositives + falsePositives)),
  };
}

function readLedes(file: string): Lede[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { text: string; cluster: string | number })
    .flatMap((report) => {
      const spans = sentenceSpans(report.text);
      const first = spans[0];
      if (!first) return [];
      const lede = analyseSentence(first.text);
      const openings = WINDOWS.map((w) =>
        analyseSentence(
          spans
            .slice(0, w)
            .map((s) => s.text)
            .join(" "),
        ),
      );
      return [{ story: String(report.cluster), lede, openings, stems: contentStems(lede) }];
    });
}

function ledeRows(window: number): { rows: number[][]; labels: number[]; groups: string[] } {
  const at = WINDOWS.indexOf(window);
  const rows: number[][] = [];
  const labels: number[] = [];
  const groups: string[] = [];
  const push = (lede: AnalysedSentence, opening: AnalysedSentence, label: number, story: string) => {
    rows.push(eventFeatures(lede, opening));
    labels.push(label);
    groups.push(story);
  };
  ledes.forEach((lede, i) => {
    ledes.forEach((other, j) => {
      if (j === i || other.story !== lede.story) return;
      push(lede.lede, other.openings[at] as AnalysedSentence, 1, lede.story);
    });
  });
  ledes.forEach((lede, i) => {
    for (let step = 1; step < ledes.length; step++) {
      const other = ledes[(i + step * 37) % ledes.length] as Lede;
      if (other.story === lede.story || sharedCount(lede.stems, other.stems) < MIN_SHARED) continue;
      push(lede.lede, other.openings[at] as AnalysedSentence, 0, lede.story);
      return;
    }
  });
  return { rows, labels, groups };
}

/** The fitted model on MSRP: both sentences of a pair report one event; a sentence of another pair does not. */
function msrpCheck(fittedModel: LogisticModel & { threshold: number }): {
  msrpSameEventRecall: number;
  msrpUnrelatedAccuracy: number;
} {
  const analysed = readParaphrasePairs(values.msrp).map(
    (p) => [analyseSentence(p.sentence1), analyseSentence(p.sentence2)] as const,
  );
  const stems = analysed.map(([, b]) => contentStems(b));
  const predicted: number[] = [];
  const truth: number[] = [];
  const judge = (a: AnalysedSentence, b: AnalysedSentence, label: number) => {
    predicted.push(probability(fittedModel, eventFeatures(a, b)) >= fittedModel.threshold ? 1 : 0);
    truth.push(label);
  };
  analysed.forEach(([a, b], i) => {
    judge(a, b, 1);
    const mine = contentStems(a);
    for (let step = 1; step <= LOOK_AHEAD; step++) {
      const j = (i + step * 37) % analysed.length;
      if (sharedCount(mine, stems[j] as Set<string>) < 2) continue;
      judge(a, (analysed[j] as readonly [AnalysedSentence, AnalysedSentence])[1], 0);
      break;
    }
  });
  const positives = predicted.filter((p, i) => truth[i] === 1);
  const negatives = predicted.filter((p, i) => truth[i] === 0);
  return {
    msrpSameEventRecall: r4(positives.filter((p) => p === 1).length / Math.max(1, positives.length)),
    msrpUnrelatedAccuracy: r4(negatives.filter((p) => p === 0).length / Math.max(1, negatives.length)),
  };
}

function contentStems(sentence: AnalysedSentence): Set<string> {
  return new Set(sentence.tokens.filter((t) => t.content).map((t) => t.stem));
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}
