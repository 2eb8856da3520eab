import type { AnalysedSentence, FactToken } from "./tokens";
import { specificity } from "./weights";

/** How two words were matched, strongest first. */
type MatchKind = "word" | "stem" | "synonym" | "variant" | "name";

/** Measures of how far two sentences' words, numbers, names and clauses match; symmetric in the two. */
export const BASE_FEATURES = [
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
  "lcsMin",
  "lcsMax",
  "editRate",
  "bleuMin",
  "bleuMax",
  "charDice",
  "char4Dice",
  "tfidfCosine",
  "unmatchedWeightMin",
  "unmatchedWeightMax",
  "stemShare",
  "exactShare",
  "commonRun",
  "surfaceBigramDice",
  "surfaceTrigramDice",
  "unmatchedNamesWeight",
  "unmatchedNounish",
  "firstNameMismatch",
] as const;

export type BaseFeature = (typeof BASE_FEATURES)[number];

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
  "lcsMin",
  "editRate",
  "char4Dice",
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
export function baseFeatures(a: AnalysedSentence, b: AnalysedSentence): Record<BaseFeature, number> {
  const [first, second] = shorterFirst(a, b) ? [a, b] : [b, a];
  const alignment = alignTokens(first, second);
  const coverA = coverage(first.tokens, alignment.aToB);
  const coverB = coverage(second.tokens, alignment.bToA);
  const idsA = canonicalIds(first.tokens, (i) => (alignment.aToB[i] === -1 ? -1 : i));
  const idsB = canonicalIds(second.tokens, (j) => alignment.bToA[j] ?? -1);
  const ids = codePair(idsA, idsB);
  const words = codePair(
    first.tokens.map((t) => t.key),
    second.tokens.map((t) => t.key),
  );
  const numbers = numberAgreement(first, second, alignment);
  /** Share of each side's n-grams (n = 1..4) the other has: [a in b, b in a]. */
  const contained = [1, 2, 3, 4].map((n) => ngramContainment(ids, n));
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
    bigramDice: ngramDice(ids, 2),
    trigramDice: ngramDice(ids, 3),
    lengthRatio:
      Math.max(lengthA, lengthB) === 0 ? 1 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
    numbersUnmatched: numbers.unmatched,
    numbersAgree: numbers.agree,
    namesUnmatched: coverA.namesUnmatched + coverB.namesUnmatched,
    negationMismatch: a.negations % 2 !== b.negations % 2 ? 1 : 0,
    reportedMismatch: a.reported !== b.reported ? 1 : 0,
    order: orderAgreement(alignment.aToB),
    synonymShare: matched === 0 ? 0 : alignment.kinds.filter((k) => k === "synonym").length / matched,
    wordDice: ngramDice(words, 1),
    longerLength: Math.log(1 + Math.max(coverA.content, coverB.content)),
    unigramMin: Math.min(...(contained[0] as Both)),
    unigramMax: Math.max(...(contained[0] as Both)),
    bigramMin: Math.min(...(contained[1] as Both)),
    bigramMax: Math.max(...(contained[1] as Both)),
    trigramMin: Math.min(...(contained[2] as Both)),
    fourgramDice: ngramDice(ids, 4),
    lengthDiff: Math.abs(lengthA - lengthB),
    matched: matched,
    unigramDice: ngramDice(ids, 1),
    unmatchedVerbsMax: Math.max(coverA.verbs, coverB.verbs),
    unmatchedVerbsMin: Math.min(coverA.verbs, coverB.verbs),
    exactCoverageMin: Math.min(exactA, exactB),
    extraClauseWordsMax: Math.max(extraA.words, extraB.words),
    extraClauseWordsMin: Math.min(extraA.words, extraB.words),
    extraClausesMax: Math.max(extraA.clauses, extraB.clauses),
    unmatchedRunMax: Math.max(coverA.longestRun, coverB.longestRun),
    unmatchedRunMin: Math.min(coverA.longestRun, coverB.longestRun),
    ...surfaceFeatures(first, second, alignment, ids, words, contained, coverA, coverB),
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
  unmatchedWeight: number;
  unmatchedNameWeight: number;
  unmatchedOther: number;
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
  let unmatchedNameWeight = 0;
  let unmatchedOther = 0;
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
    if (t.nameRun >= 0) {
      namesUnmatched++;
      unmatchedNameWeight += w;
    } else if (!t.verb && t.value === null) unmatchedOther++;
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
    unmatchedWeight: weight - matchedWeight,
    unmatchedNameWeight,
    unmatchedOther,
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

/** Work bound: words of a sentence read for n-grams (so a 4-gram of word codes stays an exact integer). */
const MAX_CODED_WORDS = 2000;

/** Two word sequences with each distinct word as a small integer, so n-grams are compared as numbers. */
interface CodedPair {
  a: number[];
  b: number[];
  /** Number of distinct words: an n-gram's key is its codes as digits in this base. */
  base: number;
}

function codePair(a: readonly string[], b: readonly string[]): CodedPair {
  const codes = new Map<string, number>();
  const code = (word: string) => {
    let c = codes.get(word);
    if (c === undefined) {
      c = codes.size;
      codes.set(word, c);
    }
    return c;
  };
  const codedA = a.slice(0, MAX_CODED_WORDS).map(code);
  const codedB = b.slice(0, MAX_CODED_WORDS).map(code);
  return { a: codedA, b: codedB, base: Math.max(1, codes.size) };
}

/** The n-grams (n ≤ 4) of a coded sequence as exact integer keys, in order. */
function gramKeys(codes: readonly number[], n: number, base: number): number[] {
  const keys: number[] = [];
  for (let i = 0; i + n <= codes.length; i++) {
    let key = 0;
    for (let k = 0; k < n; k++) key = key * base + (codes[i + k] as number);
    keys.push(key);
  }
  return keys;
}

/** Dice overlap of the distinct n-grams of the two sequences. */
function ngramDice(pair: CodedPair, n: number): number {
  const gramsA = new Set(gramKeys(pair.a, n, pair.base));
  const gramsB = new Set(gramKeys(pair.b, n, pair.base));
  if (gramsA.size + gramsB.size === 0) return 0;
  let shared = 0;
  for (const gram of gramsA) if (gramsB.has(gram)) shared++;
  return (2 * shared) / (gramsA.size + gramsB.size);
}

/** Share of the first sequence's n-grams (as a multiset) the second has, and the reverse: [a in b, b in a]. */
function ngramContainment(pair: CodedPair, n: number): [number, number] {
  const gramsA = gramKeys(pair.a, n, pair.base);
  const gramsB = gramKeys(pair.b, n, pair.base);
  const countsB = new Map<number, number>();
  for (const gram of gramsB) countsB.set(gram, (countsB.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of gramsA) {
    const left = countsB.get(gram) ?? 0;
    if (left > 0) {
      shared++;
      countsB.set(gram, left - 1);
    }
  }
  // Clipped matches are symmetric: each shared n-gram is one of a's and one of b's.
  return [gramsA.length === 0 ? 0 : shared / gramsA.length, gramsB.length === 0 ? 0 : shared / gramsB.length];
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

type Cover = ReturnType<typeof coverage>;
type Both = readonly [number, number];

/**
 * Measures published non-neural paraphrase systems use, over the aligned wording (matched words share an id):
 * machine-translation metrics (BLEU both ways, a TER-like word edit rate, the longest common subsequence and
 * longest common run of words), character n-gram overlap (catches spellings and compounds the word match
 * misses), TF-IDF cosine by word specificity, the specificity of what each side leaves unmatched, how words were
 * matched, and names: the specificity of unmatched names, and whether the first names (the subjects, mostly)
 * differ. Each dynamic programme reads at most MAX_DP_WORDS words a side.
 */
function surfaceFeatures(
  a: AnalysedSentence,
  b: AnalysedSentence,
  alignment: Alignment,
  ids: CodedPair,
  words: CodedPair,
  contained: readonly Both[],
  coverA: Cover,
  coverB: Cover,
) {
  const { lcs, edits, run } = wordSequences(ids.a, ids.b);
  const bleuAB = bleu(
    contained.map((c) => c[0]),
    ids.a.length,
    ids.b.length,
  );
  const bleuBA = bleu(
    contained.map((c) => c[1]),
    ids.b.length,
    ids.a.length,
  );
  const textA = a.tokens.map((t) => t.key).join(" ");
  const textB = b.tokens.map((t) => t.key).join(" ");
  const matched = alignment.kinds.length;
  return {
    lcsMin: ids.a.length && ids.b.length ? lcs / Math.max(ids.a.length, ids.b.length) : 0,
    lcsMax: ids.a.length && ids.b.length ? lcs / Math.min(ids.a.length, ids.b.length) : 0,
    editRate: edits / Math.max(1, (ids.a.length + ids.b.length) / 2),
    bleuMin: Math.min(bleuAB, bleuBA),
    bleuMax: Math.max(bleuAB, bleuBA),
    charDice: charDice(textA, textB, 3),
    char4Dice: charDice(textA, textB, 4),
    tfidfCosine: tfidfCosine(a, b, alignment),
    unmatchedWeightMin: Math.min(coverA.unmatchedWeight, coverB.unmatchedWeight),
    unmatchedWeightMax: Math.max(coverA.unmatchedWeight, coverB.unmatchedWeight),
    stemShare: matched === 0 ? 0 : alignment.kinds.filter((k) => k === "stem").length / matched,
    exactShare: matched === 0 ? 0 : alignment.kinds.filter((k) => k === "word").length / matched,
    commonRun: run / Math.max(1, Math.min(ids.a.length, ids.b.length)),
    surfaceBigramDice: ngramDice(words, 2),
    surfaceTrigramDice: ngramDice(words, 3),
    unmatchedNamesWeight: coverA.unmatchedNameWeight + coverB.unmatchedNameWeight,
    unmatchedNounish: coverA.unmatchedOther + coverB.unmatchedOther,
    firstNameMismatch: firstNameMismatch(a, b, alignment),
  };
}

/** Work bound of the word-level dynamic programmes (LCS, edit distance, common run): words read a side. */
const MAX_DP_WORDS = 80;

/**
 * Longest common subsequence, word edit distance (insertions, deletions, substitutions: TER without shifts)
 * and longest common contiguous run of two word sequences, in one dynamic programme over their first
 * MAX_DP_WORDS words.
 */
function wordSequences(
  a: readonly number[],
  b: readonly number[],
): { lcs: number; edits: number; run: number } {
  const n = Math.min(a.length, MAX_DP_WORDS);
  const m = Math.min(b.length, MAX_DP_WORDS);
  const ca = a;
  const cb = b;
  let lcsPrev = new Int32Array(m + 1);
  let lcsRow = new Int32Array(m + 1);
  let editPrev = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let editRow = new Int32Array(m + 1);
  let runPrev = new Int32Array(m + 1);
  let runRow = new Int32Array(m + 1);
  let run = 0;
  for (let i = 1; i <= n; i++) {
    editRow[0] = i;
    const x = ca[i - 1];
    for (let j = 1; j <= m; j++) {
      const same = x === cb[j - 1];
      lcsRow[j] = same
        ? (lcsPrev[j - 1] as number) + 1
        : Math.max(lcsPrev[j] as number, lcsRow[j - 1] as number);
      editRow[j] = Math.min(
        (editPrev[j] as number) + 1,
        (editRow[j - 1] as number) + 1,
        (editPrev[j - 1] as number) + (same ? 0 : 1),
      );
      runRow[j] = same ? (runPrev[j - 1] as number) + 1 : 0;
      if ((runRow[j] as number) > run) run = runRow[j] as number;
    }
    [lcsPrev, lcsRow] = [lcsRow, lcsPrev];
    [editPrev, editRow] = [editRow, editPrev];
    [runPrev, runRow] = [runRow, runPrev];
  }
  return { lcs: lcsPrev[m] as number, edits: editPrev[m] as number, run };
}

/**
 * BLEU of a candidate against a reference, from the candidate's n-gram precisions (n = 1..4, clipped, as
 * ngramContainment gives them): add-one smoothed geometric mean, with the brevity penalty.
 */
function bleu(precisions: readonly number[], candidateLength: number, referenceLength: number): number {
  let logSum = 0;
  precisions.forEach((precision, k) => {
    const total = Math.max(0, candidateLength - k);
    logSum += Math.log((precision * total + 1) / (total + 1));
  });
  const brevity =
    candidateLength >= referenceLength ? 1 : Math.exp(1 - referenceLength / Math.max(1, candidateLength));
  return brevity * Math.exp(logSum / precisions.length);
}

/** Dice overlap of the distinct character n-grams of two texts. */
function charDice(a: string, b: string, n: number): number {
  const grams = (s: string) => {
    const set = new Set<string>();
    for (let i = 0; i + n <= s.length; i++) set.add(s.slice(i, i + n));
    return set;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size + gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Cosine of the two sentences' content words weighted by specificity, matched words counting as one. */
function tfidfCosine(a: AnalysedSentence, b: AnalysedSentence, alignment: Alignment): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.tokens.forEach((t, i) => {
    if (!t.content) return;
    const w = specificity(t);
    na += w * w;
    const j = alignment.aToB[i] ?? -1;
    if (j !== -1) dot += w * specificity(b.tokens[j] as FactToken);
  });
  b.tokens.forEach((t) => {
    if (!t.content) return;
    const w = specificity(t);
    nb += w * w;
  });
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** 1 when both sentences name someone and the first name of one is not matched with the first of the other. */
function firstNameMismatch(a: AnalysedSentence, b: AnalysedSentence, alignment: Alignment): number {
  const i = a.tokens.findIndex((t) => t.nameRun >= 0);
  const j = b.tokens.findIndex((t) => t.nameRun >= 0);
  if (i < 0 || j < 0) return 0;
  const runA = (a.tokens[i] as FactToken).nameRun;
  const runB = (b.tokens[j] as FactToken).nameRun;
  const linked = a.tokens.some(
    (t, k) => t.nameRun === runA && (b.tokens[alignment.aToB[k] ?? -1]?.nameRun ?? -2) === runB,
  );
  return linked ? 0 : 1;
}
