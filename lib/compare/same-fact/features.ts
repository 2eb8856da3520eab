import type { AnalysedSentence, FactToken } from "./tokens";
import { specificity } from "./weights";

/** How two words were matched, strongest first. */
type MatchKind = "word" | "stem" | "synonym" | "variant" | "name";

/** Measures of how far two sentences' words, numbers, names and clauses match; symmetric in the two. */
const BASE_FEATURES = [
  "coverageMin",
  "coverageMax",
  "unmatchedMin",
  "unmatchedMax",
  "unmatchedRunMin",
  "unmatchedRunMax",
  "unmatchedVerbsMin",
  "unmatchedVerbsMax",
  "extraClauseWordsMin",
  "extraClauseWordsMax",
  "extraClausesMax",
  "exactCoverageMin",
  "unigramMin",
  "unigramMax",
  "unigramDice",
  "bigramMin",
  "bigramMax",
  "bigramDice",
  "trigramMin",
  "trigramDice",
  "fourgramDice",
  "wordDice",
  "lengthRatio",
  "lengthDiff",
  "longerLength",
  "matched",
  "numbersUnmatched",
  "numbersAgree",
  "namesUnmatched",
  "negationMismatch",
  "reportedMismatch",
  "order",
  "synonymShare",
  "weightedMin",
  "weightedMax",
  "matchedWeight",
] as const;

type BaseFeature = (typeof BASE_FEATURES)[number];

/** Products of the main overlap measures: lets a linear model weigh coverage by length and extra clauses. */
const INTERACTING: readonly BaseFeature[] = [
  "weightedMin",
  "matchedWeight",
  "coverageMin",
  "coverageMax",
  "unigramMin",
  "unigramMax",
  "bigramMin",
  "extraClauseWordsMax",
  "unmatchedMax",
  "lengthRatio",
];
const INTERACTIONS: readonly (readonly [BaseFeature, BaseFeature])[] = INTERACTING.flatMap((x, i) =>
  INTERACTING.slice(i).map((y) => [x, y] as const),
);

/** The model's inputs, in order: the base features, then their products. */
export const FEATURE_NAMES: readonly string[] = [
  ...BASE_FEATURES,
  ...INTERACTIONS.map(([x, y]) => `${x}*${y}`),
];

interface Alignment {
  /** For each token of a, the index of its match in b (or -1), and the reverse. */
  aToB: number[];
  bToA: number[];
  kinds: MatchKind[];
}

/** Every base feature of a sentence pair by name. */
function baseFeatures(a: AnalysedSentence, b: AnalysedSentence): Record<BaseFeature, number> {
  const [first, second] = shorterFirst(a, b) ? [a, b] : [b, a];
  const alignment = alignTokens(first, second);
  const coverA = coverage(first.tokens, alignment.aToB);
  const coverB = coverage(second.tokens, alignment.bToA);
  const idsA = canonicalIds(first.tokens, (i) => (alignment.aToB[i] === -1 ? -1 : i));
  const idsB = canonicalIds(second.tokens, (j) => alignment.bToA[j] ?? -1);
  const numbers = numberAgreement(first, second, alignment);
  const exactShare = (
    tokens: readonly FactToken[],
    toOther: readonly number[],
    other: readonly FactToken[],
  ) => {
    const content = tokens.filter((t) => t.content).length;
    const same = tokens.filter((t, i) => t.content && other[toOther[i] ?? -1]?.key === t.key).length;
    return content === 0 ? 1 : same / content;
  };
  const exactA = exactShare(first.tokens, alignment.aToB, second.tokens);
  const exactB = exactShare(second.tokens, alignment.bToA, first.tokens);
  const extraA = extraClauses(first, alignment.aToB);
  const extraB = extraClauses(second, alignment.bToA);
  const lengthA = first.tokens.length;
  const lengthB = second.tokens.length;
  const matched = alignment.kinds.length;
  const features: Record<BaseFeature, number> = {
    weightedMin: Math.min(coverA.weightedShare, coverB.weightedShare),
    weightedMax: Math.max(coverA.weightedShare, coverB.weightedShare),
    matchedWeight: Math.min(coverA.matchedWeight, coverB.matchedWeight),
    coverageMin: Math.min(coverA.share, coverB.share),
    coverageMax: Math.max(coverA.share, coverB.share),
    unmatchedMin: Math.min(coverA.unmatched, coverB.unmatched),
    unmatchedMax: Math.max(coverA.unmatched, coverB.unmatched),
    bigramDice: ngramDice(idsA, idsB, 2),
    trigramDice: ngramDice(idsA, idsB, 3),
    lengthRatio:
      Math.max(lengthA, lengthB) === 0 ? 1 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
    numbersUnmatched: numbers.unmatched,
    numbersAgree: numbers.agree,
    namesUnmatched: coverA.namesUnmatched + coverB.namesUnmatched,
    negationMismatch: a.negations % 2 !== b.negations % 2 ? 1 : 0,
    reportedMismatch: a.reported !== b.reported ? 1 : 0,
    order: orderAgreement(alignment.aToB),
    synonymShare: matched === 0 ? 0 : alignment.kinds.filter((k) => k === "synonym").length / matched,
    wordDice: ngramDice(
      first.tokens.map((t) => t.key),
      second.tokens.map((t) => t.key),
      1,
    ),
    longerLength: Math.log(1 + Math.max(coverA.content, coverB.content)),
    unigramMin: Math.min(ngramContainment(idsA, idsB, 1), ngramContainment(idsB, idsA, 1)),
    unigramMax: Math.max(ngramContainment(idsA, idsB, 1), ngramContainment(idsB, idsA, 1)),
    bigramMin: Math.min(ngramContainment(idsA, idsB, 2), ngramContainment(idsB, idsA, 2)),
    bigramMax: Math.max(ngramContainment(idsA, idsB, 2), ngramContainment(idsB, idsA, 2)),
    trigramMin: Math.min(ngramContainment(idsA, idsB, 3), ngramContainment(idsB, idsA, 3)),
    fourgramDice: ngramDice(idsA, idsB, 4),
    lengthDiff: Math.abs(lengthA - lengthB),
    matched: matched,
    unigramDice: ngramDice(idsA, idsB, 1),
    unmatchedVerbsMax: Math.max(coverA.verbs, coverB.verbs),
    unmatchedVerbsMin: Math.min(coverA.verbs, coverB.verbs),
    exactCoverageMin: Math.min(exactA, exactB),
    extraClauseWordsMax: Math.max(extraA.words, extraB.words),
    extraClauseWordsMin: Math.min(extraA.words, extraB.words),
    extraClausesMax: Math.max(extraA.clauses, extraB.clauses),
    unmatchedRunMax: Math.max(coverA.longestRun, coverB.longestRun),
    unmatchedRunMin: Math.min(coverA.longestRun, coverB.longestRun),
  };
  return features;
}

/**
 * The model's inputs for a pair, and the evidence of a shared fact told at different lengths (a lede and a
 * shorter mention of the same event): `share`, how much of the more-covered sentence's content the other
 * states, weighted by how specific each word is (0..1); `weight`, the specificity of the words they share.
 */
export function pairMeasures(
  a: AnalysedSentence,
  b: AnalysedSentence,
): { features: number[]; share: number; weight: number } {
  const base = baseFeatures(a, b);
  return {
    features: [
      ...BASE_FEATURES.map((name) => base[name]),
      ...INTERACTIONS.map(([x, y]) => base[x] * base[y]),
    ],
    share: base.weightedMax,
    weight: base.matchedWeight,
  };
}

/** Features of a sentence pair for the same-fact model (see FEATURE_NAMES). */
export function pairFeatures(a: AnalysedSentence, b: AnalysedSentence): number[] {
  return pairMeasures(a, b).features;
}

/** Which sentence leads, by length then wording, so the features do not depend on the order given. */
function shorterFirst(a: AnalysedSentence, b: AnalysedSentence): boolean {
  if (a.tokens.length !== b.tokens.length) return a.tokens.length < b.tokens.length;
  const keyA = a.tokens.map((t) => t.key).join(" ");
  const keyB = b.tokens.map((t) => t.key).join(" ");
  return keyA <= keyB;
}

/**
 * Matches the content words of a to those of b, each word at most once: the same word or lemma (or the same
 * number, however written) first, then the same stem, then a WordNet synonym, then a name's short form or
 * acronym. Deterministic: a's words in order, b's candidates by position.
 */
function alignTokens(a: AnalysedSentence, b: AnalysedSentence): Alignment {
  const aToB = a.tokens.map(() => -1);
  const bToA = b.tokens.map(() => -1);
  const kinds: MatchKind[] = [];
  const byLemma = indexBy(b.tokens, (t) => t.lemmas);
  const byStem = indexBy(b.tokens, (t) => [t.stem]);
  const bySynonym = indexBy(b.tokens, (t) => t.synonyms.map(String));
  const passes: [MatchKind, (t: FactToken) => number | undefined][] = [
    ["word", (t) => firstFree(t.lemmas, byLemma, bToA)],
    ["stem", (t) => (t.value === null ? firstFree([t.stem], byStem, bToA) : undefined)],
    ["synonym", (t) => firstFree(t.synonyms.map(String), bySynonym, bToA)],
    ["variant", (t) => variantOf(t, b.tokens, bToA)],
  ];
  for (const [kind, find] of passes) {
    a.tokens.forEach((token, i) => {
      if (!token.content || aToB[i] !== -1) return;
      const j = find(token);
      if (j === undefined) return;
      aToB[i] = j;
      bToA[j] = i;
      kinds.push(kind);
    });
  }
  matchNames(a, b, aToB, bToA, kinds);
  return { aToB, bToA, kinds };
}

/** Work bound: words of b compared letter by letter against one word of a. */
const MAX_VARIANT_CANDIDATES = 60;

/**
 * A spelling variant or abbreviation of the word in b: "Gen." / "General", "organisation" / "organization",
 * "Barbakow" / "Brabakow" (one edit or one swap of neighbours, in words of five letters or more).
 */
function variantOf(
  token: FactToken,
  tokens: readonly FactToken[],
  taken: readonly number[],
): number | undefined {
  if (token.value !== null) return undefined;
  let checked = 0;
  for (let j = 0; j < tokens.length && checked < MAX_VARIANT_CANDIDATES; j++) {
    const other = tokens[j] as FactToken;
    if (taken[j] !== -1 || !other.content || other.value !== null) continue;
    checked++;
    if (isAbbreviationOf(token, other) || isAbbreviationOf(other, token)) return j;
    if (token.key.length >= 5 && other.key.length >= 5 && withinOneEdit(token.key, other.key)) return j;
  }
  return undefined;
}

function isAbbreviationOf(short: FactToken, long: FactToken): boolean {
  return short.abbreviated && long.key.length > short.key.length && long.key.startsWith(short.key);
}

/** One insertion, deletion, substitution or swap of neighbouring letters apart (and not equal). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function indexBy(
  tokens: readonly FactToken[],
  keys: (t: FactToken) => readonly string[],
): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    if (!token.content) return;
    for (const key of keys(token)) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

function firstFree(
  keys: readonly string[],
  index: ReadonlyMap<string, number[]>,
  taken: number[],
): number | undefined {
  for (const key of keys) for (const j of index.get(key) ?? []) if (taken[j] === -1) return j;
  return undefined;
}

/** An acronym matches the name it abbreviates ("U.S." / "United States"): the name's first word is matched. */
function matchNames(
  a: AnalysedSentence,
  b: AnalysedSentence,
  aToB: number[],
  bToA: number[],
  kinds: MatchKind[],
) {
  a.names.forEach((nameA, runA) => {
    if (nameA.initials.length < 2) return;
    const runB = b.names.findIndex(
      (nameB) => nameB.initials === nameA.initials && nameB.words.join() !== nameA.words.join(),
    );
    if (runB < 0) return;
    const i = a.tokens.findIndex((t, k) => t.nameRun === runA && aToB[k] === -1);
    const j = b.tokens.findIndex((t, k) => t.nameRun === runB && bToA[k] === -1);
    if (i < 0 || j < 0) return;
    aToB[i] = j;
    bToA[j] = i;
    kinds.push("name");
  });
}

/**
 * Share of a sentence's content words the other sentence matches. A word of a name counts as matched when
 * another word of the same name is ("Hillary Rodham Clinton" / "Clinton"), or when the other sentence's name
 * it matches is its acronym.
 */
function coverage(
  tokens: readonly FactToken[],
  toOther: readonly number[],
): {
  share: number;
  unmatched: number;
  content: number;
  namesUnmatched: number;
  longestRun: number;
  verbs: number;
  /** Specificity (rarity) of the matched words, and the share of the sentence's total it makes. */
  matchedWeight: number;
  weightedShare: number;
} {
  const matchedRuns = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.nameRun >= 0 && toOther[i] !== -1) matchedRuns.add(t.nameRun);
  });
  let content = 0;
  let unmatched = 0;
  let namesUnmatched = 0;
  let run = 0;
  let longestRun = 0;
  let verbs = 0;
  let weight = 0;
  let matchedWeight = 0;
  tokens.forEach((t, i) => {
    if (!t.content) return;
    content++;
    const w = specificity(t);
    weight += w;
    if (toOther[i] !== -1 || matchedRuns.has(t.nameRun)) {
      matchedWeight += w;
      run = 0;
      return;
    }
    unmatched++;
    if (t.verb) verbs++;
    run++;
    longestRun = Math.max(longestRun, run);
    if (t.nameRun >= 0) namesUnmatched++;
  });
  return {
    share: content === 0 ? 1 : 1 - unmatched / content,
    unmatched,
    content,
    namesUnmatched,
    longestRun,
    verbs,
    matchedWeight,
    weightedShare: weight === 0 ? 1 : matchedWeight / weight,
  };
}

/** Clauses (not attributions) none of whose content words the other sentence matches: information it lacks. */
function extraClauses(
  sentence: AnalysedSentence,
  toOther: readonly number[],
): { clauses: number; words: number } {
  const matchedRuns = new Set<number>();
  const contentOf = new Map<number, number>();
  const matchedClauses = new Set<number>();
  sentence.tokens.forEach((t, i) => {
    if (t.nameRun >= 0 && toOther[i] !== -1) matchedRuns.add(t.nameRun);
  });
  sentence.tokens.forEach((t, i) => {
    if (!t.content || sentence.reportingClauses.has(t.clause)) return;
    contentOf.set(t.clause, (contentOf.get(t.clause) ?? 0) + 1);
    if (toOther[i] !== -1 || matchedRuns.has(t.nameRun)) matchedClauses.add(t.clause);
  });
  let clauses = 0;
  let words = 0;
  for (const [clause, count] of contentOf) {
    if (matchedClauses.has(clause)) continue;
    clauses++;
    words += count;
  }
  return { clauses, words };
}

/** Token ids where matched words share an id, so n-grams can be compared across wordings. */
function canonicalIds(tokens: readonly FactToken[], matchedInA: (i: number) => number): string[] {
  return tokens.map((t, i) => {
    const j = matchedInA(i);
    return j === -1 ? t.key : `\u0001${j}`;
  });
}

function ngramDice(a: readonly string[], b: readonly string[], n: number): number {
  const gramsA = ngrams(a, n);
  const gramsB = ngrams(b, n);
  if (gramsA.size + gramsB.size === 0) return 0;
  let shared = 0;
  for (const gram of gramsA) if (gramsB.has(gram)) shared++;
  return (2 * shared) / (gramsA.size + gramsB.size);
}

/** Share of a's n-grams (as a multiset) that b has. */
function ngramContainment(a: readonly string[], b: readonly string[], n: number): number {
  const gramsB = new Map<string, number>();
  for (let i = 0; i + n <= b.length; i++) {
    const gram = b.slice(i, i + n).join("\u0000");
    gramsB.set(gram, (gramsB.get(gram) ?? 0) + 1);
  }
  let total = 0;
  let shared = 0;
  for (let i = 0; i + n <= a.length; i++) {
    total++;
    const gram = a.slice(i, i + n).join("\u0000");
    const left = gramsB.get(gram) ?? 0;
    if (left > 0) {
      shared++;
      gramsB.set(gram, left - 1);
    }
  }
  return total === 0 ? 0 : shared / total;
}

function ngrams(ids: readonly string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= ids.length; i++) grams.add(ids.slice(i, i + n).join("\u0000"));
  return grams;
}

/** Numbers only one sentence has, and whether both have numbers and every one is matched. */
function numberAgreement(
  a: AnalysedSentence,
  b: AnalysedSentence,
  alignment: Alignment,
): { unmatched: number; agree: number } {
  let unmatched = 0;
  let numbersA = 0;
  let numbersB = 0;
  a.tokens.forEach((t, i) => {
    if (t.value === null) return;
    numbersA++;
    if (alignment.aToB[i] === -1) unmatched++;
  });
  b.tokens.forEach((t, j) => {
    if (t.value === null) return;
    numbersB++;
    if (alignment.bToA[j] === -1) unmatched++;
  });
  return { unmatched, agree: numbersA > 0 && numbersB > 0 && unmatched === 0 ? 1 : 0 };
}

/** Share of matched word pairs that keep their relative order (1 when no clause moved). */
function orderAgreement(aToB: readonly number[]): number {
  const sequence = aToB.filter((j) => j !== -1);
  if (sequence.length < 2) return 1;
  return longestIncreasingRun(sequence) / sequence.length;
}

/** Length of the longest increasing subsequence (patience sorting, n log n). */
function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}
