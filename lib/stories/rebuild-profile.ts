import "server-only";
import { addToStoryProfile, storyIndexKeys, type DocumentProfile, type StoryProfile } from "@/lib/cluster";
import { loadMemberProfiles, saveStoryProfile, type Db } from "@/lib/db";

function isDocumentProfile(value: unknown): value is DocumentProfile {
  return typeof value === "object" && value !== null && "terms" in value && "entities" in value;
}

/** A story's clustering centroid from its members' stored profiles, folded oldest first (deterministic). */
export function profileOfMembers(profiles: readonly unknown[]): StoryProfile | null {
  let story: StoryProfile | null = null;
  for (const profile of profiles) if (isDocumentProfile(profile)) story = addToStoryProfile(story, profile);
  return story;
}

/**
 * Recomputes a story's clustering profile and index keys from its current members (inside the caller's
 * transaction), so new articles are matched against what the story holds after an edit.
 */
export async function rebuildStoryProfile(tx: Db, storyId: string, postedAt: Date): Promise<void> {
  const members = await loadMemberProfiles(tx, storyId);
  const profile = profileOfMembers(members.map((m) => m.profile));
  await saveStoryProfile(tx, {
    storyId,
    profile,
    keys: profile ? storyIndexKeys(profile) : [],
    postedAt,
  });
}
