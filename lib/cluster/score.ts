import { daysBetweenWindows, daysOutsideWindow, timeOf } from "./dates";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import type { DocumentProfile, StoryProfile } from "./types";

/** A document profile in the shape scoring wants, built once per assignment. */
export interface ScoringDocument {
  /** The terms and their weights, side by side (the profile's order): scoring loops over them per candidate. */
  termKeys: string[];
  termWeights: number[];
  termNorm: number;
  entities: ReadonlySet<string>;
  time: number | null;
  language: string | null;
  /** Where each term is among termKeys (a small Map, looked up by every candidate's terms). */
  positions: ReadonlyMap<string, number>;
}

/** A story profile in the shape scoring wants: Maps, since plain objects with hundreds of keys are slow. */
export interface ScoringStory {
  terms: ReadonlyMap<string, number>;
  /** The terms and their weights, side by side (the profile's order). */
  termKeys: string[];
  termWeights: number[];
  termNorm: number;
  /** Share of members mentioning each name (0..1). */
  entityShares: ReadonlyMap<string, number>;
  entityNorm: number;
  first: number | null;
  last: number | null;
  language: string | null;
}

export function scoringDocument(doc: DocumentProfile): ScoringDocument {
  // for…in into parallel arrays rather than Object.entries: this runs for every article.
  const termKeys: string[] = [];
  const weights: number[] = [];
  let sumOfSquares = 0;
  const positions = new Map<string, number>();
  for (const term in doc.terms) {
    const w = doc.terms[term];
    if (!Object.hasOwn(doc.terms, term) || w === undefined || !Number.isFinite(w)) continue;
    positions.set(term, termKeys.length);
    termKeys.push(term);
    weights.push(w);
    sumOfSquares += w * w;
  }
  return {
    termKeys,
    termWeights: weights,
    termNorm: Math.sqrt(sumOfSquares),
    entities: new Set(doc.entities),
    time: timeOf(doc.publishedAt),
    language: doc.language,
    positions,
  };
}

/**
 * Every new document is scored against the same stored stories, so their scoring shape is remembered per
 * profile object. Profiles are treated as immutable (addToStoryProfile returns a new one), so this is safe.
 */
const scoringStories = new WeakMap<StoryProfile, ScoringStory>();

export function scoringStory(story: StoryProfile): ScoringStory {
  const cached = scoringStories.get(story);
  if (cached) return cached;
  // for…in rather than Object.entries: this runs for every story that changes, on every article.
  const terms = new Map<string, number>();
  const termKeys: string[] = [];
  const termWeights: number[] = [];
  let termNorm = 0;
  for (const term in story.terms) {
    const w = story.terms[term];
    if (!Object.hasOwn(story.terms, term) || w === undefined || !Number.isFinite(w)) continue;
    terms.set(term, w);
    termKeys.push(term);
    termWeights.push(w);
    termNorm += w * w;
  }
  const members = Math.max(1, story.documentCount);
  const entityShares = new Map<string, number>();
  let entityNorm = 0;
  for (const name in story.entities) {
    const count = story.entities[name];
    if (!Object.hasOwn(story.entities, name) || count === undefined) continue;
    const share = Math.min(1, count / members);
    entityShares.set(name, share);
    entityNorm += share * share;
  }
  const prepared: ScoringStory = {
    terms,
    termKeys,
    termWeights,
    termNorm: Math.sqrt(termNorm),
    entityShares,
    entityNorm: Math.sqrt(entityNorm),
    first: timeOf(story.firstPublishedAt),
    last: timeOf(story.lastPublishedAt),
    language: story.language,
  };
  scoringStories.set(story, prepared);
  return prepared;
}

/**
 * How well a document fits a story, 0..1: term cosine blended with name overlap, times a time factor. 0 when
 * languages differ or a dated document lies maxDaysApart or more outside the story's dates.
 */
export function scoreStory(doc: ScoringDocument, profile: StoryProfile, maxDaysApart: number): number {
  const story = scoringStory(profile);
  if (doc.language !== null && story.language !== null && doc.language !== story.language) return 0;
  const gap = daysOutsideWindow(doc.time, story.first, story.last);
  if (gap !== null && gap >= maxDaysApart) return 0;
  const similarity =
    (1 - P.entityWeight) * termCosine(doc, story) + P.entityWeight * entityCosine(doc, story);
  return similarity * timeFactor(gap);
}

/**
 * Whether a dated document falls inside a dated story's date range, or less than coincidentDays outside it:
 * reports of one event on the same day corroborate a weaker textual match (see coincidentThreshold).
 */
export function coincides(doc: ScoringDocument, profile: StoryProfile): boolean {
  const story = scoringStory(profile);
  const gap = daysOutsideWindow(doc.time, story.first, story.last);
  return gap !== null && gap < P.coincidentDays;
}

/**
 * What a gap of so many days (null: undated) leaves of a score: nothing lost within the grace days, then
 * halving every halfLifeDays down to a floor; undated sides get a fixed factor.
 */
export function timeFactor(gap: number | null): number {
  return gap === null
    ? P.undatedFactor
    : Math.max(P.timeFactorFloor, Math.pow(0.5, Math.max(0, gap - P.graceDays) / P.halfLifeDays));
}

/**
 * Σ document weight × story weight over the document's terms, in the document's order, so the sum is the same
 * to the last bit as a lookup per document term; but the story's terms are looked up in the document's small
 * Map (in the cache for every candidate) rather than the document's in each story's (out of it).
 */
function termCosine(doc: ScoringDocument, story: ScoringStory): number {
  const weights = doc.termWeights;
  if (aligned.length < weights.length) aligned = new Float64Array(weights.length * 2);
  const keys = story.termKeys;
  const storyWeights = story.termWeights;
  const positions = doc.positions;
  let shared = 0;
  for (let k = 0; k < keys.length; k++) {
    const position = positions.get(keys[k] as string);
    if (position === undefined) continue;
    aligned[position] = storyWeights[k] as number;
    shared++;
  }
  if (shared === 0) return 0;
  let dot = 0;
  for (let i = 0; i < weights.length; i++) {
    dot += (weights[i] as number) * (aligned[i] as number);
    aligned[i] = 0;
  }
  return dot === 0 ? 0 : dot / (doc.termNorm * Math.pow(story.termNorm, P.centroidNormPower));
}

/** Scratch row of termCosine: the story's weight at each of the document's term positions (zero elsewhere). */
let aligned = new Float64Array(256);

/**
 * Cosine of the document's names (each 1) with the story's names weighted by the share of members that
 * mention them, so a name every member uses counts fully and a passing mention barely.
 */
function entityCosine(doc: ScoringDocument, story: ScoringStory): number {
  let dot = 0;
  for (const name of doc.entities) dot += story.entityShares.get(name) ?? 0;
  return dot === 0 ? 0 : dot / (Math.sqrt(doc.entities.size) * story.entityNorm);
}

/**
 * How alike two stories are, 0..1, on the same scale as a document's score against a story: centroid cosine
 * blended with shared names (each weighted by the share of members naming it, on both sides), times the time
 * factor of the gap between their date ranges. 0 across languages or maxDaysApart or more apart.
 */
export function scoreStoryPair(a: StoryProfile, b: StoryProfile, maxDaysApart: number): number {
  const x = scoringStory(a);
  const y = scoringStory(b);
  if (x.language !== null && y.language !== null && x.language !== y.language) return 0;
  const gap = daysBetweenWindows(x.first, x.last, y.first, y.last);
  if (gap !== null && gap >= maxDaysApart) return 0;
  const terms = mapCosine(x.terms, x.termNorm, y.terms, y.termNorm);
  const entities = mapCosine(x.entityShares, x.entityNorm, y.entityShares, y.entityNorm);
  return ((1 - P.entityWeight) * terms + P.entityWeight * entities) * timeFactor(gap);
}

function mapCosine(
  a: ReadonlyMap<string, number>,
  normA: number,
  b: ReadonlyMap<string, number>,
  normB: number,
): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small) dot += weight * (large.get(key) ?? 0);
  return dot <= 0 ? 0 : dot / (normA * normB);
}
