import { EVENT_FEATURE_NAMES, eventFeatures, type SameEventModel } from "@/lib/compare/same-fact/event";
import { analyseSentence, type AnalysedSentence } from "@/lib/compare/same-fact/tokens";
import { sentenceSpans } from "@/lib/text";
import { crossValidate, fitLogistic, type LogisticModel } from "./logistic";

/*
 * The fit behind `npm run fit:same-event` (lab/fit/same-event.ts), as a function, so that an evaluation can
 * refit it on part of the stories and score the rest (eval:left-out --folds). See that script for the method.
 */

export const WINDOWS = [1, 2, 3, 4, 5];
/** Defaults of --max-false-rate and --states-false-rate: look-alike pairs each threshold may let through. */
export const DEFAULT_MAX_FALSE_RATE = 0.05;
export const DEFAULT_STATES_FALSE_RATE = 0.1;
/** A look-alike: a lede of another story sharing at least this many content words (the first in a fixed stride). */
const MIN_SHARED = 2;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

export interface Lede {
  story: string;
  lede: AnalysedSentence;
  /** The report's first sentences as one text, for each window length. */
  openings: AnalysedSentence[];
  stems: Set<string>;
}

export interface AtRate {
  threshold: number;
  recall: number;
  falseRate: number;
  precision: number;
}

export interface SameEventFitOptions {
  folds: number;
  l2: number;
  /** Share of look-alike pairs (ledes of two stories) the joining threshold may let through, out of fold. */
  maxFalseRate: number;
  /** The same for the looser threshold at which a lede states another's event. */
  statesFalseRate: number;
  /** Each opening length's cross-validated figures, as it is tried. */
  log?: (line: string) => void;
}

export interface SameEventFit {
  model: LogisticModel;
  window: number;
  join: AtRate;
  states: AtRate;
}

/** Each report's lede and openings (reports without a sentence are skipped). */
export function readLedes(reports: readonly { text: string; cluster: string | number }[]): Lede[] {
  return reports.flatMap((report) => {
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

/**
 * Fits the same-event model on these ledes: weights, the opening's length and both thresholds, all chosen by
 * cross-validation grouped by story.
 */
export function fitSameEvent(ledes: readonly Lede[], options: SameEventFitOptions): SameEventFit {
  let best: { window: number; join: AtRate; states: AtRate } | null = null;
  for (const window of WINDOWS) {
    const { rows, labels, groups } = ledeRows(ledes, window);
    const cv = crossValidate(rows, labels, options.folds, { l2: options.l2, groupOf: groups });
    const negatives = cv.probabilities.filter((_, i) => labels[i] === 0).sort((a, b) => a - b);
    const positives = cv.probabilities.filter((_, i) => labels[i] === 1);
    const figures = {
      window,
      join: atFalseRate(options.maxFalseRate, positives, negatives),
      states: atFalseRate(options.statesFalseRate, positives, negatives),
    };
    options.log?.(`opening of ${window}: ${JSON.stringify(figures)}`);
    if (!best || figures.join.recall > best.join.recall) best = figures;
  }
  const chosen = best as NonNullable<typeof best>;
  const { rows, labels } = ledeRows(ledes, chosen.window);
  const model = { ...fitLogistic(rows, labels, { l2: options.l2 }), threshold: chosen.join.threshold };
  return { model, ...chosen };
}

/** The fitted model as the library reads it (lib/compare/same-fact/event.ts), thresholds rounded as written. */
export function sameEventModel(fit: SameEventFit): SameEventModel {
  return {
    ...fit.model,
    features: EVENT_FEATURE_NAMES,
    ledeWindow: fit.window,
    statesThreshold: Number(fit.states.threshold.toPrecision(8)),
  };
}

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

function ledeRows(
  ledes: readonly Lede[],
  window: number,
): { rows: number[][]; labels: number[]; groups: string[] } {
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

export function contentStems(sentence: AnalysedSentence): Set<string> {
  return new Set(sentence.tokens.filter((t) => t.content).map((t) => t.stem));
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}
