import { earlierDate, laterDate } from "./dates";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import { round } from "./profile";
import { topByValue } from "./top";
import type { DocumentProfile, StoryProfile } from "./types";

/**
 * Adds a member to a story's running centroid: the mean of the members' term vectors, cut to the 200 heaviest
 * terms, plus how many members mention each entity. Pure: returns a new profile (null starts a story).
 */
export function addToStoryProfile(story: StoryProfile | null, doc: DocumentProfile): StoryProfile {
  const previousCount = story?.documentCount ?? 0;
  const documentCount = previousCount + 1;

  const sums = new Map<string, number>();
  for (const [term, weight] of Object.entries(story?.terms ?? {})) sums.set(term, weight * previousCount);
  for (const [term, weight] of Object.entries(doc.terms)) sums.set(term, (sums.get(term) ?? 0) + weight);
  const terms = topEntries(
    [...sums].map(([term, sum]): [string, number] => [term, round(sum / documentCount)]),
    P.maxStoryTerms,
  );

  const entityCounts = new Map<string, number>(Object.entries(story?.entities ?? {}));
  for (const name of new Set(doc.entities)) entityCounts.set(name, (entityCounts.get(name) ?? 0) + 1);
  const entities = topEntries([...entityCounts], P.maxStoryEntities);

  return {
    terms,
    entities,
    documentCount,
    firstPublishedAt: earlierDate(story?.firstPublishedAt ?? null, doc.publishedAt),
    lastPublishedAt: laterDate(story?.lastPublishedAt ?? null, doc.publishedAt),
    language: story?.language ?? doc.language,
  };
}

/** The `limit` largest entries as a record, ties broken by key so the cut is deterministic. */
function topEntries(entries: [string, number][], limit: number): Record<string, number> {
  return Object.fromEntries(topByValue(entries, limit).filter(([, value]) => value > 0));
}
