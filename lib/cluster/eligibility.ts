import { timeOf } from "./dates";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import type { StoryCandidate, StoryProfile } from "./types";

const DAY_MS = 86_400_000;

/** What eligibility reads of an article (a DocumentProfile has these fields). */
export interface EligibilityArticle {
  publishedAt: string | null;
  language: string | null;
}

/** What eligibility reads of a story (a StoryProfile, or a stored story's columns, has these fields). */
export interface EligibilityStory {
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  language: string | null;
  /** The clock when an article last joined (see StoryProfile); dormancy counts from it or lastPublishedAt. */
  activeAt?: string | null;
}

/**
 * The one rule for which stories an article may join, shared by the app's ingest (its database lookup takes
 * the window bounds from candidateWindow and filters the rest with storyEligibility), `recluster` and the
 * in-memory StreamingClusterer the evaluation and benchmark run:
 *
 * - language: never across two known, different languages;
 * - a dated article: only stories whose date range comes within candidateWindowDays of its date (undated
 *   stories always qualify: nothing says they are elsewhere in time);
 * - an undated article: any story, but one dormant for dormantDays (its newest article, and the last
 *   join, that much older than the clock, the newest date seen so far) only on a strong match (dormantThreshold): with no date to
 *   corroborate it, a look-alike event's report must not revive an old story.
 *
 * The result is the lowest score the story may be joined at (the usual threshold still applies), or null
 * when it is not a candidate at all. Pure.
 */
export function storyEligibility(
  story: EligibilityStory,
  article: EligibilityArticle,
  clock: number | null,
): { minScore: number } | null {
  if (article.language !== null && story.language !== null && article.language !== story.language)
    return null;
  const time = timeOf(article.publishedAt);
  const { first, last, active } = storyTimes(story);
  if (time !== null) {
    if (first === null || last === null) return { minScore: 0 };
    const window = P.candidateWindowDays * DAY_MS;
    return last >= time - window && first <= time + window ? { minScore: 0 } : null;
  }
  const dormant = clock !== null && active !== null && active < clock - P.dormantDays * DAY_MS;
  return { minScore: dormant ? P.dormantThreshold : 0 };
}

interface StoryTimes {
  first: number | null;
  last: number | null;
  /** The later of the last join's clock and the newest article: what dormancy counts from. */
  active: number | null;
}

/** Parsed once per story profile object (profiles are never changed in place; a join makes a new one). */
const parsedTimes = new WeakMap<EligibilityStory, StoryTimes>();

function storyTimes(story: EligibilityStory): StoryTimes {
  const cached = parsedTimes.get(story);
  if (cached) return cached;
  const first = timeOf(story.firstPublishedAt) ?? timeOf(story.lastPublishedAt);
  const last = timeOf(story.lastPublishedAt) ?? first;
  const activeAt = timeOf(story.activeAt ?? null);
  const times = {
    first,
    last,
    active: activeAt !== null && (last === null || activeAt > last) ? activeAt : last,
  };
  parsedTimes.set(story, times);
  return times;
}

/**
 * The date bounds a candidate story's range must reach for a dated article (stories whose newest article is
 * before `from` or whose first is after `to` are out), for a database query; null when the article is
 * undated (no bound).
 */
export function candidateWindow(publishedAt: string | null): { from: string; to: string } | null {
  const time = timeOf(publishedAt);
  if (time === null) return null;
  const window = P.candidateWindowDays * DAY_MS;
  return { from: new Date(time - window).toISOString(), to: new Date(time + window).toISOString() };
}

/**
 * The clock dormancy is judged by: the newest publication date seen, never later than `now` plus a day (a
 * plausible but future date, a typo for next century, must not put every story to sleep).
 */
export function advanceClock(clock: number | null, publishedAt: string | null, now: number): number | null {
  const time = timeOf(publishedAt);
  if (time === null || time > now + DAY_MS) return clock;
  return clock === null || time > clock ? time : clock;
}

/**
 * The first `limit` stories of an index's ranked hits that the rule allows, each with the score it needs:
 * what the in-memory clusterer and `recluster` score (the app's database lookup does the same in SQL and
 * storyEligibility). `profileOf` gives a held story's profile (undefined: no longer held, skipped).
 */
export function eligibleCandidates(
  ranked: readonly string[],
  profileOf: (storyId: string) => StoryProfile | undefined,
  article: EligibilityArticle,
  clock: number | null,
  limit: number,
): StoryCandidate[] {
  const candidates: StoryCandidate[] = [];
  for (const storyId of ranked) {
    if (candidates.length >= limit) break;
    const profile = profileOf(storyId);
    if (!profile) continue;
    const eligible = storyEligibility(profile, article, clock);
    if (!eligible) continue;
    candidates.push(
      eligible.minScore > 0 ? { storyId, profile, minScore: eligible.minScore } : { storyId, profile },
    );
  }
  return candidates;
}
