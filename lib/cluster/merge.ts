import { CLUSTER_PARAMETERS as P } from "./parameters";
import { round } from "./profile";
import { topEntries } from "./story";
import { earlierDate, laterDate } from "./dates";

import { scoreStoryPair } from "./score";
import type { StoryProfile } from "./types";

/**
 * One story of two (the second folded into the first): centroids averaged by member count, name counts added,
 * date ranges joined. Pure; the first story's language is kept.
 */
export function mergeStoryProfiles(into: StoryProfile, from: StoryProfile): StoryProfile {
  const a = Math.max(0, into.documentCount);
  const b = Math.max(0, from.documentCount);
  const documentCount = a + b;
  const sums = new Map<string, number>();
  for (const [term, weight] of Object.entries(into.terms)) sums.set(term, weight * a);
  for (const [term, weight] of Object.entries(from.terms)) sums.set(term, (sums.get(term) ?? 0) + weight * b);
  const terms = topEntries(
    [...sums].map(([term, sum]): [string, number] => [
      term,
      documentCount > 0 ? round(sum / documentCount) : 0,
    ]),
    P.maxStoryTerms,
  );
  const counts = new Map<string, number>(Object.entries(into.entities));
  for (const [name, count] of Object.entries(from.entities))
    counts.set(name, (counts.get(name) ?? 0) + count);
  return {
    terms,
    entities: topEntries([...counts], P.maxStoryEntities),
    documentCount,
    firstPublishedAt: earlierDate(into.firstPublishedAt, from.firstPublishedAt),
    lastPublishedAt: laterDate(into.lastPublishedAt, from.lastPublishedAt),
    language: into.language ?? from.language,
    ...activeAtOf(laterDate(into.activeAt ?? null, from.activeAt ?? null)),
  };
}

/**
 * How alike two stories are, 0..1, on the same scale as a document's score against a story: centroid cosine
 * blended with shared names (each weighted by the share of members naming it, on both sides), times the time
 * factor of the gap between their date ranges. 0 across languages or maxDaysApart or more apart.
 */
export function storySimilarity(a: StoryProfile, b: StoryProfile, maxDaysApart = P.maxDaysApart): number {
  return scoreStoryPair(a, b, maxDaysApart);
}

function activeAtOf(activeAt: string | null): { activeAt?: string } {
  return activeAt ? { activeAt } : {};
}
