import { judgeSameFact, type SameFactOptions } from "./judge";
import { SAME_FACT_MODEL } from "./model";
import { analyseSentence, type AnalysedSentence } from "./tokens";

export interface SentenceMatchOptions extends SameFactOptions {
  /** Work bound: sentences past this many on either side are not matched. */
  maxSentences?: number;
  /** Work bound: each sentence of the first set is judged against at most this many of the second. */
  maxCandidatesPerSentence?: number;
  /** Work bound: at most this many pairs are judged in all. */
  maxPairs?: number;
  /** A word in more than this many sentences of the second set does not propose candidates (it still counts in the judgement). */
  maxSentencesPerWord?: number;
  /** Pairs judged at or above this probability are returned; default the model's threshold. */
  minProbability?: number;
  /**
   * Pairs are also returned when one states this share (0..1, by specificity) of the other's content with
   * shared words of at least minSharedWeight: one fact told at two lengths. Default off.
   */
  minSharedShare?: number;
  minSharedWeight?: number;
  /** With a number both sentences give (same value), this share suffices: a figure is specific evidence. */
  minSharedShareWithNumber?: number;
}

export interface SentenceMatch {
  /** Index in the first set. */
  a: number;
  /** Index in the second set. */
  b: number;
  probability: number;
  sharedShare: number;
  /** How strongly the pair was accepted: its probability, or its shared share when that accepted it. */
  score: number;
}

type MatchLimits = Required<
  Pick<SentenceMatchOptions, "maxSentences" | "maxCandidatesPerSentence" | "maxPairs" | "maxSentencesPerWord">
>;

export const DEFAULT_MATCH_LIMITS: Readonly<MatchLimits> = {
  maxSentences: 400,
  maxCandidatesPerSentence: 8,
  maxPairs: 20_000,
  maxSentencesPerWord: 100,
};

/**
 * Pairs of sentences, one from each set, that state the same fact. Bounded: candidates are only pairs that
 * share a content word (a word common to very many sentences proposes none), at most
 * maxCandidatesPerSentence per sentence, maxPairs in all; so the work is linear in the sets' sizes with a
 * cap, never quadratic. Sorted by score (highest first), then by position; deterministic.
 */
export function matchSentenceSets(
  first: readonly (string | AnalysedSentence)[],
  second: readonly (string | AnalysedSentence)[],
  options: SentenceMatchOptions = {},
): SentenceMatch[] {
  const limits = { ...DEFAULT_MATCH_LIMITS, ...definedOnly(options) };
  const minProbability =
    options.minProbability ?? options.threshold ?? (options.model ?? SAME_FACT_MODEL).threshold;
  const a = first.slice(0, limits.maxSentences).map(analysed);
  const b = second.slice(0, limits.maxSentences).map(analysed);
  const postings = new Map<string, number[]>();
  b.forEach((sentence, j) => {
    for (const key of candidateKeys(sentence)) {
      const list = postings.get(key);
      if (list) list.push(j);
      else postings.set(key, [j]);
    }
  });

  const matches: SentenceMatch[] = [];
  let judged = 0;
  for (let i = 0; i < a.length && judged < limits.maxPairs; i++) {
    const shared = new Map<number, number>();
    for (const key of candidateKeys(a[i] as AnalysedSentence)) {
      const list = postings.get(key);
      if (!list || list.length > limits.maxSentencesPerWord) continue;
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const candidates = [...shared]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, Math.min(limits.maxCandidatesPerSentence, limits.maxPairs - judged));
    for (const [j] of candidates) {
      judged++;
      const verdict = judgeSameFact(a[i] as AnalysedSentence, b[j] as AnalysedSentence, options);
      const byModel = verdict.probability >= minProbability;
      const enough = verdict.sharedWeight >= (options.minSharedWeight ?? Infinity);
      const byContent =
        enough &&
        (verdict.sharedShare >= (options.minSharedShare ?? Infinity) ||
          (verdict.sharedShare >= (options.minSharedShareWithNumber ?? Infinity) &&
            sharesNumber(a[i] as AnalysedSentence, b[j] as AnalysedSentence)));
      if (!byModel && !byContent) continue;
      matches.push({
        a: i,
        b: j,
        probability: verdict.probability,
        sharedShare: verdict.sharedShare,
        score: byModel ? verdict.probability : Math.min(verdict.probability + verdict.sharedShare, 1),
      });
    }
  }
  return matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

function sharesNumber(a: AnalysedSentence, b: AnalysedSentence): boolean {
  const values = new Set(a.tokens.flatMap((t) => (t.value === null ? [] : [t.value])));
  return b.tokens.some((t) => t.value !== null && values.has(t.value));
}

function analysed(sentence: string | AnalysedSentence): AnalysedSentence {
  return typeof sentence === "string" ? analyseSentence(sentence) : sentence;
}

/** Distinct stems of a sentence's content words (numbers by value): what proposes a candidate pair. */
function candidateKeys(sentence: AnalysedSentence): Set<string> {
  return new Set(sentence.tokens.filter((t) => t.content).map((t) => t.stem));
}

function definedOnly(options: SentenceMatchOptions): Partial<MatchLimits> {
  const result: Partial<MatchLimits> = {};
  for (const key of Object.keys(DEFAULT_MATCH_LIMITS) as (keyof MatchLimits)[]) {
    const value = options[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}
