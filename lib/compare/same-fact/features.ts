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

/** Each product as the positions of its two factors among the base features. */
const INTERACTION_INDEXES: readonly (readonly [number, number])[] = INTERACTIONS.map(
  ([x, y]) => [BASE_FEATURES.indexOf(x), BASE_FEATURES.indexOf(y)] as const,
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
  const [first, second] = ordered(a, b);
  return orderedBaseFeatures(first, second);
}

/** The pair in the order its features are measured in (shorterFirst). */
function ordered(a: AnalysedSentence, b: AnalysedSentence): [AnalysedSentence, AnalysedSentence] {
  return shorterFirst(a, b, profileOf(a), profileOf(b)) ? [a, b] : [b, a];
}

function orderedBaseFeatures(first: AnalysedSentence, second: AnalysedSentence): Record<BaseFeature, number> {
  const firstProfile = profileOf(first);
  const secondProfile = profileOf(second);
  const alignment = alignTokens(first, second, firstProfile, secondProfile);
  const coverA = coverage(first.tokens, alignment.aToB, firstProfile);
  const coverB = coverage(second.tokens, alignment.bToA, secondProfile);
  const ids = canonicalCodes(firstProfile.keys, secondProfile.keys, alignment);
  /** Dice of the surface words' 1-, 2- and 3-grams (the words themselves, matched or not). */
  const words = canonicalCodes(firstProfile.keys, secondProfile.keys, null);
  const surfaceWordDice = [1, 2, 3].map((n) => gramOverlap(words, n).dice);
  /** Dice of the n-grams (n = 1..4), and the share of each side's the other has: [a in b, b in a]. */
  const grams = [1, 2, 3, 4].map((n) => gramOverlap(ids, n));
  const numbers = numberAgreement(first, second, alignment);
  const contained = grams.map((g) => g.contained);
  const exactShare = (
    tokens: readonly FactToken[],
    toOther: readonly number[],
    other: readonly FactToken[],
    content: number,
  ) => {
    const same = tokens.filter((t, i) => t.content && other[toOther[i] ?? -1]?.key === t.key).length;
    return content === 0 ? 1 : same / content;
  };
  const exactA = exactShare(first.tokens, alignment.aToB, second.tokens, firstProfile.content);
  const exactB = exactShare(second.tokens, alignment.bToA, first.tokens, secondProfile.content);
  const extraA = extraClauses(first, alignment.aToB);
  const extraB = extraClauses(second, alignment.bToA);
  const lengthA = first.tokens.length;
  const lengthB = second.tokens.length;
  const matched = alignment.kinds.length;
  const surface = surfaceFeatures(
    first,
    second,
    firstProfile,
    secondProfile,
    alignment,
    ids,
    contained,
    surfaceWordDice,
    coverA,
    coverB,
  );
  const features: Record<BaseFeature, number> = {
    weightedMin: Math.min(coverA.weightedShare, coverB.weightedShare),
    weightedMax: Math.max(coverA.weightedShare, coverB.weightedShare),
    matchedWeight: Math.min(coverA.matchedWeight, coverB.matchedWeight),
    coverageMin: Math.min(coverA.share, coverB.share),
    coverageMax: Math.max(coverA.share, coverB.share),
    unmatchedMin: Math.min(coverA.unmatched, coverB.unmatched),
    unmatchedMax: Math.max(coverA.unmatched, coverB.unmatched),
    bigramDice: (grams[1] as { dice: number }).dice,
    trigramDice: (grams[2] as { dice: number }).dice,
    lengthRatio:
      Math.max(lengthA, lengthB) === 0 ? 1 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
    numbersUnmatched: numbers.unmatched,
    numbersAgree: numbers.agree,
    namesUnmatched: coverA.namesUnmatched + coverB.namesUnmatched,
    negationMismatch: first.negations % 2 !== second.negations % 2 ? 1 : 0,
    reportedMismatch: first.reported !== second.reported ? 1 : 0,
    order: orderAgreement(alignment.aToB),
    synonymShare: matched === 0 ? 0 : alignment.kinds.filter((k) => k === "synonym").length / matched,
    wordDice: surfaceWordDice[0] as number,
    longerLength: Math.log(1 + Math.max(coverA.content, coverB.content)),
    unigramMin: Math.min(...(contained[0] as Both)),
    unigramMax: Math.max(...(contained[0] as Both)),
    bigramMin: Math.min(...(contained[1] as Both)),
    bigramMax: Math.max(...(contained[1] as Both)),
    trigramMin: Math.min(...(contained[2] as Both)),
    fourgramDice: (grams[3] as { dice: number }).dice,
    lengthDiff: Math.abs(lengthA - lengthB),
    matched: matched,
    unigramDice: (grams[0] as { dice: number }).dice,
    unmatchedVerbsMax: Math.max(coverA.verbs, coverB.verbs),
    unmatchedVerbsMin: Math.min(coverA.verbs, coverB.verbs),
    exactCoverageMin: Math.min(exactA, exactB),
    extraClauseWordsMax: Math.max(extraA.words, extraB.words),
    extraClauseWordsMin: Math.min(extraA.words, extraB.words),
    extraClausesMax: Math.max(extraA.clauses, extraB.clauses),
    unmatchedRunMax: Math.max(coverA.longestRun, coverB.longestRun),
    unmatchedRunMin: Math.min(coverA.longestRun, coverB.longestRun),
    // Named one by one, not spread: a spread makes a slow dictionary of the record, read 54 times per pair.
    lcsMin: surface.lcsMin,
    lcsMax: surface.lcsMax,
    editRate: surface.editRate,
    bleuMin: surface.bleuMin,
    bleuMax: surface.bleuMax,
    charDice: surface.charDice,
    char4Dice: surface.char4Dice,
    tfidfCosine: surface.tfidfCosine,
    unmatchedWeightMin: surface.unmatchedWeightMin,
    unmatchedWeightMax: surface.unmatchedWeightMax,
    stemShare: surface.stemShare,
    exactShare: surface.exactShare,
    commonRun: surface.commonRun,
    surfaceBigramDice: surface.surfaceBigramDice,
    surfaceTrigramDice: surface.surfaceTrigramDice,
    unmatchedNamesWeight: surface.unmatchedNamesWeight,
    unmatchedNounish: surface.unmatchedNounish,
    firstNameMismatch: surface.firstNameMismatch,
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
  cache?: PairMeasureCache,
): PairMeasures {
  const [first, second] = ordered(a, b);
  const known = cache?.get(first)?.get(second);
  if (known) return known;
  const base = orderedBaseFeatures(first, second);
  const features: number[] = [];
  for (const name of BASE_FEATURES) features.push(base[name]);
  for (const [x, y] of INTERACTION_INDEXES) features.push((features[x] as number) * (features[y] as number));
  const measures = { features, share: base.weightedMax, weight: base.matchedWeight };
  if (cache) {
    const row = cache.get(first);
    if (row) row.set(second, measures);
    else cache.set(first, new Map([[second, measures]]));
  }
  return measures;
}

export interface PairMeasures {
  features: number[];
  share: number;
  weight: number;
}

/**
 * Measures of pairs already measured, by the pair's sentences in the order they are measured in: one
 * comparison judges some pairs twice (aligning, then asking who left a fact out). Its caller bounds it (it
 * holds at most the pairs that caller judges) and drops it when done.
 */
export type PairMeasureCache = Map<AnalysedSentence, Map<AnalysedSentence, PairMeasures>>;

/** Features of a sentence pair for the same-fact model (see FEATURE_NAMES). */
export function pairFeatures(a: AnalysedSentence, b: AnalysedSentence): number[] {
  return pairMeasures(a, b).features;
}

/** Which sentence leads, by length then wording, so the features do not depend on the order given. */
function shorterFirst(
  a: AnalysedSentence,
  b: AnalysedSentence,
  profileA: SentenceProfile,
  profileB: SentenceProfile,
): boolean {
  if (a.tokens.length !== b.tokens.length) return a.tokens.length < b.tokens.length;
  return profileA.keyText <= profileB.keyText;
}

/**
 * What the pair features read of one sentence alone, computed once per sentence: alignment puts each sentence
 * in dozens of pairs, and recomputing these per pair (indexes, word specificities, character n-grams) was most
 * of a pair's cost. A pure function of the sentence, so the features are the same as without it.
 */
interface SentenceProfile {
  /** Each token's key, and them joined by spaces (the text the character n-grams read). */
  keys: string[];
  /** Each token's synonym group ids as text (the keys of TokenIndexes.bySynonym). */
  synonymKeys: string[][];
  /** Each token's specificity, and the sum of the squares over content words in order (the TF-IDF norm). */
  specificity: number[];
  norm: number;
  /** Content words. */
  content: number;
  /** Distinct character 3- and 4-grams of the keys joined by spaces. */
  charGrams: [GramSet, GramSet];
  keyText: string;
  /** Built the first time the sentence is the second of a pair (a sentence judged once may never need them). */
  indexes: TokenIndexes | null;
}

/** Content words by lemma, by stem and by synonym group: where another sentence's words find a match here. */
interface TokenIndexes {
  byLemma: Map<string, number[]>;
  byStem: Map<string, number[]>;
  bySynonym: Map<string, number[]>;
}

/**
 * A set of distinct n-grams: those packed into exact numbers sorted (compared by merging), the rest as text.
 * Each n-gram has one form, so two sets share exactly the n-grams they have in common.
 */
interface GramSet {
  packed: Float64Array;
  other: Set<string> | null;
  size: number;
}

/**
 * Where a sentence keeps its profile: on the sentence itself (so it lives exactly as long), under a key only
 * this module knows. A WeakMap did the same but slowed collection enough to cost more than it saved on
 * sentences judged once (the paraphrase evaluation, the fits).
 */
const PROFILE = Symbol("same-fact profile");

type Profiled = AnalysedSentence & { [PROFILE]?: SentenceProfile };

function profileOf(sentence: Profiled): SentenceProfile {
  const known = sentence[PROFILE];
  if (known) return known;
  const tokens = sentence.tokens;
  const keys = tokens.map((t) => t.key);
  const keyText = keys.join(" ");
  const specificities = tokens.map((t) => specificity(t));
  let norm = 0;
  let content = 0;
  tokens.forEach((t, i) => {
    if (!t.content) return;
    content++;
    const w = specificities[i] as number;
    norm += w * w;
  });
  const profile: SentenceProfile = {
    keys,
    keyText,
    synonymKeys: tokens.map((t) => t.synonyms.map(String)),
    specificity: specificities,
    norm,
    content,
    charGrams: charGramSets(keyText),
    indexes: null,
  };
  Object.defineProperty(sentence, PROFILE, { value: profile });
  return profile;
}

function indexesOf(sentence: AnalysedSentence, profile: SentenceProfile): TokenIndexes {
  profile.indexes ??= {
    byLemma: indexBy(sentence.tokens, (t) => t.lemmas),
    byStem: indexBy(sentence.tokens, (t) => [t.stem]),
    bySynonym: indexBy(sentence.tokens, (_, i) => profile.synonymKeys[i] as string[]),
  };
  return profile.indexes;
}

/** Three UTF-16 units of 16 bits make an exact 48-bit number; four of 13 bits (Latin, Greek, Cyrillic…) 52. */
const UNIT_3 = 2 ** 16;
const UNIT_4 = 2 ** 13;

/**
 * The distinct character 3- and 4-grams of a text (UTF-16 units, as String.slice reads them): as exact numbers,
 * a 4-gram with a unit past 13 bits as text.
 */
function charGramSets(text: string): [GramSet, GramSet] {
  const three: number[] = [];
  const four: number[] = [];
  let otherFour: Set<string> | null = null;
  for (let i = 0; i + 3 <= text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    three.push((a * UNIT_3 + b) * UNIT_3 + c);
    if (i + 4 > text.length) continue;
    const d = text.charCodeAt(i + 3);
    if (a < UNIT_4 && b < UNIT_4 && c < UNIT_4 && d < UNIT_4)
      four.push(((a * UNIT_4 + b) * UNIT_4 + c) * UNIT_4 + d);
    else (otherFour ??= new Set()).add(text.slice(i, i + 4));
  }
  return [gramSet(three, null), gramSet(four, otherFour)];
}

function gramSet(packed: number[], other: Set<string> | null): GramSet {
  const sorted = Float64Array.from(packed).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] as number;
  const unique = sorted.subarray(0, distinct);
  return { packed: unique, other, size: unique.length + (other?.size ?? 0) };
}

/** Dice overlap of two sets of distinct n-grams. */
function setDice(a: GramSet, b: GramSet): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.packed.length && j < b.packed.length) {
    const x = a.packed[i] as number;
    const y = b.packed[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  if (a.other && b.other) {
    const [small, large] = a.other.size <= b.other.size ? [a.other, b.other] : [b.other, a.other];
    for (const gram of small) if (large.has(gram)) shared++;
  }
  return (2 * shared) / (a.size + b.size);
}

/**
 * Matches the content words of a to those of b, each word at most once: the same word or lemma (or the same
 * number, however written) first, then the same stem, then a WordNet synonym, then a name's short form or
 * acronym. Deterministic: a's words in order, b's candidates by position.
 */
function alignTokens(
  a: AnalysedSentence,
  b: AnalysedSentence,
  profileA: SentenceProfile,
  profileB: SentenceProfile,
): Alignment {
  const aToB = a.tokens.map(() => -1);
  const bToA = b.tokens.map(() => -1);
  const kinds: MatchKind[] = [];
  const { byLemma, byStem, bySynonym } = indexesOf(b, profileB);
  const passes: [MatchKind, (t: FactToken, i: number) => number | undefined][] = [
    ["word", (t) => firstFree(t.lemmas, byLemma, bToA)],
    ["stem", (t) => (t.value === null ? firstFree([t.stem], byStem, bToA) : undefined)],
    ["synonym", (_, i) => firstFree(profileA.synonymKeys[i] as string[], bySynonym, bToA)],
    ["variant", (t) => variantOf(t, b.tokens, bToA)],
  ];
  for (const [kind, find] of passes) {
    a.tokens.forEach((token, i) => {
      if (!token.content || aToB[i] !== -1) return;
      const j = find(token, i);
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
  keys: (t: FactToken, i: number) => readonly string[],
): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    if (!token.content) return;
    for (const key of keys(token, i)) {
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
  profile: SentenceProfile,
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
    const w = profile.specificity[i] as number;
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

/** Work bound: words of a sentence read for n-grams (so a 4-gram of word codes stays an exact integer). */
const MAX_CODED_WORDS = 2000;

/**
 * Two word sequences with each distinct word as a small integer, where matched words share one code (the
 * words' own keys otherwise), so n-grams can be compared across wordings as numbers.
 */
interface CodedPair {
  a: number[];
  b: number[];
  /** Number of distinct codes: an n-gram's key is its codes as digits in this base. */
  base: number;
}

function canonicalCodes(
  keysA: readonly string[],
  keysB: readonly string[],
  alignment: Alignment | null,
): CodedPair {
  // An unmatched word by its key (text), a matched pair by its position in a (a number): never the same key.
  // Without an alignment, every word by its key.
  const codes = new Map<string | number, number>();
  const code = (key: string | number) => {
    let c = codes.get(key);
    if (c === undefined) {
      c = codes.size;
      codes.set(key, c);
    }
    return c;
  };
  const codedA: number[] = [];
  for (let i = 0; i < Math.min(keysA.length, MAX_CODED_WORDS); i++)
    codedA.push(code((alignment?.aToB[i] ?? -1) === -1 ? (keysA[i] as string) : i));
  const codedB: number[] = [];
  for (let j = 0; j < Math.min(keysB.length, MAX_CODED_WORDS); j++) {
    const i = alignment?.bToA[j] ?? -1;
    codedB.push(code(i === -1 ? (keysB[j] as string) : i));
  }
  return { a: codedA, b: codedB, base: Math.max(1, codes.size) };
}

/** The n-grams (n ≤ 4) of a coded sequence as exact integer keys, sorted (a multiset: repeats kept). */
function sortedGramKeys(codes: readonly number[], n: number, base: number): Float64Array {
  const count = Math.max(0, codes.length - n + 1);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let key = 0;
    for (let k = 0; k < n; k++) key = key * base + (codes[i + k] as number);
    keys[i] = key;
  }
  return keys.sort();
}

/**
 * How the n-grams of two coded sequences overlap, from one merge of their sorted n-grams: Dice of the distinct
 * n-grams, and the share of each side's n-grams (as a multiset, clipped) the other has: [a in b, b in a].
 */
function gramOverlap(pair: CodedPair, n: number): { dice: number; contained: Both } {
  const a = sortedGramKeys(pair.a, n, pair.base);
  const b = sortedGramKeys(pair.b, n, pair.base);
  let clipped = 0;
  let distinctShared = 0;
  let distinctA = 0;
  let distinctB = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    const gram = x <= y ? x : y;
    let inA = 0;
    let inB = 0;
    while (i < a.length && a[i] === gram) {
      inA++;
      i++;
    }
    while (j < b.length && b[j] === gram) {
      inB++;
      j++;
    }
    clipped += inA < inB ? inA : inB;
    if (inA > 0) distinctA++;
    if (inB > 0) distinctB++;
    if (inA > 0 && inB > 0) distinctShared++;
  }
  return {
    dice: distinctA + distinctB === 0 ? 0 : (2 * distinctShared) / (distinctA + distinctB),
    // Clipped matches are symmetric: each shared n-gram is one of a's and one of b's.
    contained: [a.length === 0 ? 0 : clipped / a.length, b.length === 0 ? 0 : clipped / b.length],
  };
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
  profileA: SentenceProfile,
  profileB: SentenceProfile,
  alignment: Alignment,
  ids: CodedPair,
  contained: readonly Both[],
  surfaceWordDice: readonly number[],
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
  const matched = alignment.kinds.length;
  return {
    lcsMin: ids.a.length && ids.b.length ? lcs / Math.max(ids.a.length, ids.b.length) : 0,
    lcsMax: ids.a.length && ids.b.length ? lcs / Math.min(ids.a.length, ids.b.length) : 0,
    editRate: edits / Math.max(1, (ids.a.length + ids.b.length) / 2),
    bleuMin: Math.min(bleuAB, bleuBA),
    bleuMax: Math.max(bleuAB, bleuBA),
    charDice: setDice(profileA.charGrams[0], profileB.charGrams[0]),
    char4Dice: setDice(profileA.charGrams[1], profileB.charGrams[1]),
    tfidfCosine: tfidfCosine(a, profileA, profileB, alignment),
    unmatchedWeightMin: Math.min(coverA.unmatchedWeight, coverB.unmatchedWeight),
    unmatchedWeightMax: Math.max(coverA.unmatchedWeight, coverB.unmatchedWeight),
    stemShare: matched === 0 ? 0 : alignment.kinds.filter((k) => k === "stem").length / matched,
    exactShare: matched === 0 ? 0 : alignment.kinds.filter((k) => k === "word").length / matched,
    commonRun: run / Math.max(1, Math.min(ids.a.length, ids.b.length)),
    surfaceBigramDice: surfaceWordDice[1] as number,
    surfaceTrigramDice: surfaceWordDice[2] as number,
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

/** Cosine of the two sentences' content words weighted by specificity, matched words counting as one. */
function tfidfCosine(
  a: AnalysedSentence,
  profileA: SentenceProfile,
  profileB: SentenceProfile,
  alignment: Alignment,
): number {
  let dot = 0;
  a.tokens.forEach((t, i) => {
    if (!t.content) return;
    const j = alignment.aToB[i] ?? -1;
    if (j !== -1) dot += (profileA.specificity[i] as number) * (profileB.specificity[j] as number);
  });
  const na = profileA.norm;
  const nb = profileB.norm;
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
