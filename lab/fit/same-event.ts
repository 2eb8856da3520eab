import { readFileSync } from "node:fs";
import { EVENT_FEATURE_NAMES, eventFeatures } from "@/lib/compare/same-fact/event";
import { analyseSentence, type AnalysedSentence } from "@/lib/compare/same-fact/tokens";
import { readParaphrasePairs } from "../eval/paraphrase/msrp";
import { FIT_OPTIONS, probability, writeModelFile, type LogisticModel } from "./logistic";
import {
  contentStems,
  DEFAULT_MAX_FALSE_RATE,
  DEFAULT_STATES_FALSE_RATE,
  fitSameEvent,
  readLedes,
  sharedCount,
} from "./same-event-fit";
import { parseCommandLine } from "../command-line";

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
const USAGE =
  "usage: npm run fit:same-event -- [--reports FILE.jsonl] [--msrp FILE.tsv] [--folds K] [--l2 X] [--max-false-rate X] [--states-false-rate X] [--out FILE]";
const { values } = parseCommandLine(USAGE, {
  options: {
    reports: { type: "string", default: "../shared/data/clustering-dev/pac.jsonl" },
    msrp: { type: "string", default: "../shared/data/paraphrase-msrp/train.tsv" },
    ...FIT_OPTIONS,
    "max-false-rate": { type: "string", default: String(DEFAULT_MAX_FALSE_RATE) },
    "states-false-rate": { type: "string", default: String(DEFAULT_STATES_FALSE_RATE) },
    out: { type: "string", default: "lib/compare/same-fact/event-model.json" },
  },
});
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
const ledes = readLedes(
  readFileSync(values.reports, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { text: string; cluster: string | number }),
);
const chosen = fitSameEvent(ledes, {
  folds,
  l2,
  maxFalseRate,
  statesFalseRate,
  log: (line) => console.log(line),
});
const model = chosen.model;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
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
