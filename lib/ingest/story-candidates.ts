import "server-only";
import {
  advanceClock,
  candidateWindow,
  indexKeys,
  storyEligibility,
  type DocumentProfile,
  type StoryCandidate,
  type StoryProfile,
} from "@/lib/cluster";
import { findClusteringClock, findStoryCandidatesByKeys, type Db } from "@/lib/db";

/** Candidate stories scored per article: the index ranks them, so a few suffice at any archive size. */
const MAX_CANDIDATE_STORIES = 15;
const DAY_MS = 86_400_000;

export interface StoryCandidates {
  /** What clusterStep scores, each with the score the eligibility rule asks of it. */
  candidates: StoryCandidate[];
  /** Candidates an editor shaped: never folded into another story. */
  keepApart: Set<string>;
  /** The clustering clock after this article (clusterStep stamps it on the story joined). */
  clock: number | null;
}

/**
 * The stories a new article may join, by lib/cluster's one eligibility rule (the database lookup takes the
 * date window and language from it; dormancy sets the score an undated article needs), as the in-memory
 * clusterer and `recluster` apply it.
 */
export async function findCandidateStories(
  db: Db,
  profile: DocumentProfile,
  now: Date = new Date(),
): Promise<StoryCandidates> {
  const window = candidateWindow(profile.publishedAt);
  const stored = await findStoryCandidatesByKeys(db, {
    keys: indexKeys(profile),
    window: window && { from: new Date(window.from), to: new Date(window.to) },
    language: profile.language,
    limit: MAX_CANDIDATE_STORIES,
  });
  const newest = await findClusteringClock(db, new Date(now.getTime() + DAY_MS));
  const clock = advanceClock(newest?.getTime() ?? null, profile.publishedAt, now.getTime());
  const candidates: StoryCandidate[] = [];
  for (const s of stored) {
    if (!s.profile) continue;
    const story = s.profile as StoryProfile;
    const eligible = storyEligibility(story, profile, clock);
    if (!eligible) continue;
    candidates.push(
      eligible.minScore > 0
        ? { storyId: s.storyId, profile: story, minScore: eligible.minScore }
        : { storyId: s.storyId, profile: story },
    );
  }
  return { candidates, keepApart: new Set(stored.filter((s) => s.edited).map((s) => s.storyId)), clock };
}
