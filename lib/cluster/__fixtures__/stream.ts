import { assignToStory, type AssignOptions } from "../assign";
import { documentTerms, profileDocument } from "../profile";
import { addToStoryProfile } from "../story";
import type { Assignment, ClusterDocument, StoryProfile } from "../types";

/**
 * Runs documents through clustering the way the app does, one at a time: corpus statistics count the
 * documents seen before (not the current one), every story so far is a candidate, and the story's profile
 * grows with each member. Story ids are "story-1", "story-2", … in order of creation.
 */
export function streamDocuments(
  docs: readonly ClusterDocument[],
  options?: AssignOptions,
): {
  storyOf: Map<string, string>;
  assignments: Map<string, Assignment>;
  stories: Map<string, StoryProfile>;
} {
  const documentFrequency: Record<string, number> = {};
  const stories = new Map<string, StoryProfile>();
  const storyOf = new Map<string, string>();
  const assignments = new Map<string, Assignment>();
  docs.forEach((doc, documentCount) => {
    const terms = documentTerms(doc);
    const profile = profileDocument(doc, { documentCount, documentFrequency: { ...documentFrequency } });
    const candidates = [...stories].map(([storyId, story]) => ({ storyId, profile: story }));
    const assignment = assignToStory(profile, candidates, options);
    const storyId = assignment.storyId ?? `story-${stories.size + 1}`;
    stories.set(storyId, addToStoryProfile(stories.get(storyId) ?? null, profile));
    storyOf.set(doc.id, storyId);
    assignments.set(doc.id, assignment);
    for (const term of terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  });
  return { storyOf, assignments, stories };
}
