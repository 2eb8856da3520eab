import { writeFileSync } from "node:fs";
/*
 * Logistic regression for the fitting scripts: standardised features, L2-penalised Newton steps (IRLS),
 * a decision threshold chosen for accuracy, and k-fold cross-validation. Deterministic: no randomness but a
 * seeded fold shuffle.
 */

export interface LogisticModel {
  /** Each feature's range in the training rows: inputs are clamped to it, so the model never extrapolates. */
  mins: number[];
  maxs: number[];
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
  threshold: number;
}

/** Command-line options every fitting script takes: folds of the cross-validation, the L2 penalty. */
export const FIT_OPTIONS = {
  folds: { type: "string", default: "10" },
  l2: { type: "string", default: "10" },
} as const;

/** Writes a fitted model as the JSON the library reads: `head` fields first, numbers to 8 digits. */
export function writeModelFile(path: string, head: Record<string, unknown>, model: LogisticModel): void {
  const round = (x: number) => Number(x.toPrecision(8));
  const body = {
    ...head,
    mins: model.mins.map(round),
    maxs: model.maxs.map(round),
    means: model.means.map(round),
    scales: model.scales.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
    threshold: round(model.threshold),
  };
  writeFileSync(path, `${JSON.stringify(body, null, 1)}\n`);
}

export interface BinaryMetrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FitOptions {
  /** Rows known to be negative that join the weight fit but not the choice of threshold. */
  extraNegatives?: readonly number[][];
  /** L2 penalty on the (standardised) weights. */
  l2?: number;
  iterations?: number;
}

export function fitLogistic(
  realRows: readonly number[][],
  realLabels: readonly number[],
  options: FitOptions = {},
): LogisticModel {
  const extra = options.extraNegatives ?? [];
  const rows = [...realRows, ...extra];
  const labels = [...realLabels, ...extra.map(() => 0)];
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 30;
  const n = rows[0]?.length ?? 0;
  const means = Array.from({ length: n }, (_, j) => mean(rows.map((r) => r[j] ?? 0)));
  const scales = Array.from({ length: n }, (_, j) => {
    const sd = Math.sqrt(mean(rows.map((r) => ((r[j] ?? 0) - (means[j] ?? 0)) ** 2)));
    return sd > 1e-12 ? sd : 1;
  });
  const x = rows.map((r) => [1, ...r.map((v, j) => (v - (means[j] ?? 0)) / (scales[j] ?? 1))]);
  let beta = new Array<number>(n + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(n + 1).fill(0);
    const hessian = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
    x.forEach((xi, i) => {
      const p = sigmoid(dot(beta, xi));
      const residual = (labels[i] ?? 0) - p;
      const w = p * (1 - p);
      for (let a = 0; a <= n; a++) {
        gradient[a] = (gradient[a] ?? 0) + residual * (xi[a] ?? 0);
        const row = hessian[a] as number[];
        for (let b = 0; b <= n; b++) row[b] = (row[b] ?? 0) + w * (xi[a] ?? 0) * (xi[b] ?? 0);
      }
    });
    for (let a = 1; a <= n; a++) {
      gradient[a] = (gradient[a] ?? 0) - l2 * (beta[a] ?? 0);
      (hessian[a] as number[])[a] = ((hessian[a] as number[])[a] ?? 0) + l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, a) => b + (step[a] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const mins = Array.from({ length: n }, (_, j) => Math.min(...rows.map((r) => r[j] ?? 0)));
  const maxs = Array.from({ length: n }, (_, j) => Math.max(...rows.map((r) => r[j] ?? 0)));
  const model: LogisticModel = {
    mins,
    maxs,
    means,
    scales,
    weights: beta.slice(1),
    bias: beta[0] ?? 0,
    threshold: 0.5,
  };
  model.threshold = bestThreshold(
    realRows.map((r) => probability(model, r)),
    realLabels,
  );
  return model;
}

export function probability(model: LogisticModel, row: readonly number[]): number {
  let z = model.bias;
  row.forEach((raw, j) => {
    const v = Math.min(model.maxs[j] ?? raw, Math.max(model.mins[j] ?? raw, raw));
    z += (model.weights[j] ?? 0) * ((v - (model.means[j] ?? 0)) / (model.scales[j] ?? 1));
  });
  return sigmoid(z);
}

/** The threshold (midway between two observed probabilities) with the best accuracy; ties: the lower one. */
export function bestThreshold(probabilities: readonly number[], labels: readonly number[]): number {
  const order = probabilities.map((p, i) => ({ p, y: labels[i] ?? 0 })).sort((a, b) => a.p - b.p);
  let correct = order.filter((o) => o.y === 1).length; // threshold below everything: all called positive
  let best = correct;
  let threshold = (order[0]?.p ?? 0.5) / 2;
  for (let i = 0; i < order.length; i++) {
    const o = order[i] as { p: number; y: number };
    correct += o.y === 1 ? -1 : 1;
    const next = order[i + 1]?.p ?? 1;
    if (next === o.p) continue;
    if (correct > best) {
      best = correct;
      threshold = (o.p + next) / 2;
    }
  }
  return threshold;
}

export function binaryMetrics(predicted: readonly number[], labels: readonly number[]): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  predicted.forEach((p, i) => {
    const y = labels[i];
    if (p === y) correct++;
    if (p === 1 && y === 1) tp++;
    if (p === 1 && y === 0) fp++;
    if (p === 0 && y === 1) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    accuracy: predicted.length === 0 ? 0 : correct / predicted.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * k-fold cross-validation: pairs shuffled by a seeded permutation, split in k folds; each fold is predicted by a
 * model (weights and threshold) fitted on the other k-1. Returns the out-of-fold predictions.
 */
export function crossValidate(
  rows: readonly number[][],
  labels: readonly number[],
  folds: number,
  options: FitOptions & {
    extraNegativeOf?: readonly (number[] | null)[];
    /** Rows of one group (one story) fall in one fold, so no fold is predicted from its own story. */
    groupOf?: readonly string[];
  } = {},
  seed = 13,
): { predicted: number[]; probabilities: number[]; metrics: BinaryMetrics } {
  const foldOf = options.groupOf
    ? groupFolds(options.groupOf, folds, seed)
    : seededPermutation(rows.length, seed).map((position) => position % folds);
  const predicted = new Array<number>(rows.length).fill(0);
  const probabilities = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const train = rows.flatMap((_, i) => (foldOf[i] === k ? [] : [i]));
    const model = fitLogistic(
      train.map((i) => rows[i] as number[]),
      train.map((i) => labels[i] ?? 0),
      {
        ...options,
        extraNegatives: train.flatMap((i) => {
          const extra = options.extraNegativeOf?.[i];
          return extra ? [extra] : [];
        }),
      },
    );
    rows.forEach((row, i) => {
      if (foldOf[i] !== k) return;
      probabilities[i] = probability(model, row);
      predicted[i] = (probabilities[i] ?? 0) >= model.threshold ? 1 : 0;
    });
  }
  return { predicted, probabilities, metrics: binaryMetrics(predicted, labels) };
}

/** The fold of each row: its group's position in a seeded permutation of the distinct groups, modulo folds. */
function groupFolds(groupOf: readonly string[], folds: number, seed: number): number[] {
  const groups = [...new Set(groupOf)].sort();
  const position = seededPermutation(groups.length, seed);
  const foldOfGroup = new Map(groups.map((g, i) => [g, (position[i] ?? 0) % folds]));
  return groupOf.map((g) => foldOfGroup.get(g) ?? 0);
}

/** position[i] for i in 0..n-1, a permutation from a linear congruential generator (same seed, same folds). */
function seededPermutation(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const position = new Array<number>(n);
  order.forEach((item, p) => {
    position[item] = p;
  });
  return position;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Gaussian elimination with partial pivoting; the matrix is small (features + 1). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col] as number[];
    const diagonal = p[col] ?? 0;
    if (Math.abs(diagonal) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r] as number[];
      const factor = (row[col] ?? 0) / diagonal;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (p[c] ?? 0);
    }
  }
  return m.map((row, i) => {
    const d = row[i] ?? 0;
    return Math.abs(d) < 1e-12 ? 0 : (row[n] ?? 0) / d;
  });
}
