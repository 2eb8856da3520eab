import "server-only";
import { storyIndexKeys, type StoryProfile } from "@/lib/cluster";
import { findUnindexedStories, inTransaction, replaceStoryKeys, type Db } from "@/lib/db";

const PAGE = 500;
const indexed = new WeakSet<Db>();

function isStoryProfile(value: unknown): value is StoryProfile {
  return typeof value === "object" && value !== null && "terms" in value && "entities" in value;
}

/**
 * Posts stories stored before the clustering index existed under their keys, once per process and database,
 * so they stay findable by new articles. Stories with no usable profile are left out of the index.
 */
export async function ensureStoryIndex(db: Db): Promise<void> {
  if (indexed.has(db)) return;
  let afterId = "";
  // Older stories count as posted before anything new, so fresh postings stay first.
  const postedAt = new Date(0);
  for (;;) {
    const page = await findUnindexedStories(db, { limit: PAGE, afterId });
    if (page.length === 0) break;
    await inTransaction({ db }, async (tx) => {
      for (const story of page) {
        if (isStoryProfile(story.profile))
          await replaceStoryKeys(tx, story.storyId, storyIndexKeys(story.profile), postedAt);
      }
    });
    afterId = page[page.length - 1]?.storyId ?? afterId;
  }
  indexed.add(db);
}
