/*
 * The article-extraction benchmark's own metric (Zyte's article-extraction-benchmark): multisets of 4-token
 * shingles, per-page tp/fp/fn normalised to sum 1, precision and recall averaged over pages.
 */

/** Tokens as Python's `\w+` finds them: letters, digits (any script) and underscores. */
export function benchmarkTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  if (tokens.length < 4) return counts.set(tokens.join(" "), 1);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const predictedTokens = benchmarkTokens(predicted);
  const truthTokens = benchmarkTokens(truth);
  const p = shingles(predictedTokens);
  const t = shingles(truthTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...p.keys(), ...t.keys()])) {
    const inTruth = t.get(key) ?? 0;
    const inPrediction = p.get(key) ?? 0;
    tp += Math.min(inTruth, inPrediction);
    fp += Math.max(0, inPrediction - inTruth);
    fn += Math.max(0, inTruth - inPrediction);
  }
  const exact = predictedTokens.join(" ") === truthTokens.join(" ");
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0, exact } : { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

export interface BenchmarkFigures {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

export function aggregatePageScores(scores: readonly PageScore[]): BenchmarkFigures {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const s of scores) {
    if (s.fp === 0 && s.fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (s.tp + s.fp > 0) precisions.push(s.tp / (s.tp + s.fp));
    if (s.tp + s.fn > 0) recalls.push(s.tp / (s.tp + s.fn));
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    accuracy: scores.length === 0 ? 0 : scores.filter((s) => s.exact).length / scores.length,
    pages: scores.length,
  };
}
