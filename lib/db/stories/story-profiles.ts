import "server-only";
import type { Db } from "../client";
import { toJson } from "../json";
import { replaceStoryKeys } from "./story-keys";

/** The stored cluster profiles of a story's members, oldest first (undated last, then by id). */
export async function loadMemberProfiles(
  db: Db,
  storyId: string,
): Promise<{ articleId: string; profile: unknown }[]> {
  const rows = await db.storyMembership.findMany({
    where: { storyId },
    select: { article: { select: { id: true, profile: true, publishedAt: true } } },
  });
  return rows
    .map((r) => r.article)
    .sort(
      (a, b) =>
        (a.publishedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) -
          (b.publishedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((a) => ({ articleId: a.id, profile: a.profile }));
}

/** Stores a story's clustering profile and the index keys it is posted under (inside the caller's transaction). */
export async function saveStoryProfile(
  tx: Db,
  input: { storyId: string; profile: unknown; keys: readonly string[]; postedAt: Date },
): Promise<void> {
  await tx.story.update({ where: { id: input.storyId }, data: { profile: toJson(input.profile) } });
  await replaceStoryKeys(tx, input.storyId, input.keys, input.postedAt);
}
