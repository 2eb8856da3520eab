import { CLUSTER_PARAMETERS as P } from "./parameters";
import { explain } from "./explain";
import { scoreStory, scoringDocument } from "./score";
import type { Assignment, DocumentProfile, StoryCandidate } from "./types";

export interface AssignOptions {
  /** Score (0..1) a story needs for the document to join it. */
  threshold?: number;
  /** Work bound: only the first this many candidates, in the order given, are scored. */
  maxCandidates?: number;
  /** A dated document this many days or more outside a story's date range never joins it. */
  maxDaysApart?: number;
}

interface Scored {
  candidate: StoryCandidate;
  score: number;
}

/**
 * Picks the story a new document belongs to, or null for a new story. Score: cosine of the document's TF-IDF
 * vector with the story centroid, blended with entity overlap, times a time factor (a dated document far from
 * the story's date range loses score, an undated one does not). Different languages never join. Ties go to
 * the smaller storyId, so the result does not depend on candidate order.
 */
export function assignToStory(
  doc: DocumentProfile,
  candidates: StoryCandidate[],
  options: AssignOptions = {},
): Assignment {
  const threshold = options.threshold ?? P.threshold;
  const maxDaysApart = options.maxDaysApart ?? P.maxDaysApart;
  const scoring = scoringDocument(doc);

  let best: Scored | null = null;
  for (const candidate of candidates.slice(0, options.maxCandidates ?? P.maxCandidates)) {
    const score = scoreStory(scoring, candidate.profile, maxDaysApart);
    if (score <= 0) continue;
    if (!best || score > best.score || (score === best.score && candidate.storyId < best.candidate.storyId)) {
      best = { candidate, score };
    }
  }
  if (!best || best.score < threshold) {
    // A new story has no reasons to show; the near miss's score is still reported, for tuning and logs.
    return { storyId: null, score: best?.score ?? 0, sharedTerms: [], sharedEntities: [] };
  }
  return { storyId: best.candidate.storyId, score: best.score, ...explain(doc, best.candidate.profile) };
}
