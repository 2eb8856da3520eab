import { earlierDate, laterDate } from "./dates";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import { emptyRecord } from "./records";
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

  // for…in over own keys and one Map: this runs for every article, and entries arrays were most of its cost.
  const sums = new Map<string, number>();
  const storyTerms = story?.terms ?? {};
  for (const term in storyTerms) {
    if (Object.hasOwn(storyTerms, term)) sums.set(term, (storyTerms[term] ?? 0) * previousCount);
  }
  for (const term in doc.terms) {
    if (Object.hasOwn(doc.terms, term)) sums.set(term, (sums.get(term) ?? 0) + (doc.terms[term] ?? 0));
  }
  const means: [string, number][] = [];
  for (const [term, sum] of sums) means.push([term, round(sum / documentCount)]);
  const terms = topEntries(means, P.maxStoryTerms);

  const entityCounts = new Map<string, number>();
  const storyEntities = story?.entities ?? {};
  for (const name in storyEntities) {
    if (Object.hasOwn(storyEntities, name)) entityCounts.set(name, storyEntities[name] ?? 0);
  }
  for (const name of new Set(doc.entities)) entityCounts.set(name, (entityCounts.get(name) ?? 0) + 1);
  const entities = topEntries([...entityCounts], P.maxStoryEntities);

  return {
    terms,
    entities,
    documentCount,
    firstPublishedAt: earlierDate(story?.firstPublishedAt ?? null, doc.publishedAt),
    lastPublishedAt: laterDate(story?.lastPublishedAt ?? null, doc.publishedAt),
    language: story?.language ?? doc.language,
    ...(story?.activeAt ? { activeAt: story.activeAt } : {}),
  };
}

/**
 * The `limit` largest positive entries as a record, ties broken by key so the cut is deterministic. Keys are
 * words and names, so "__proto__" (which assignment would not store as a key) is never one.
 */
export function topEntries(entries: [string, number][], limit: number): Record<string, number> {
  const record: Record<string, number> = emptyRecord();
  for (const [key, value] of topByValue(entries, limit)) {
    if (value > 0 && key !== "__proto__") record[key] = value;
  }
  return record;
}
