import "server-only";
import { saveStoryAnalysis, type Db } from "@/lib/db";
import { log } from "@/lib/log";
import { loadStoryComparison, type CompareStory } from "@/lib/views";

/**
 * Stores a story's derived comparison (StoryAnalysis: quote groups with diffs, framing, the default compare
 * view) when the stored one no longer matches its members. The one place it is written, and the one rule for
 * when: after every write that changes a story's members or their versions (ingest, a bulk import, an
 * editor's edit, recluster, the demo's removal), once that write has committed. Reads never write it: a page
 * read before this ran computes the comparison for itself. A failure here leaves the committed write as it is
 * and is logged; the next write of the story stores it.
 */
export async function refreshStoryAnalysis(options: {
  db: Db;
  storyIds: Iterable<string>;
  /**
   * Where the comparisons run, one story at a time on each (default: the process's analysis thread). An
   * import that ends with many stories to compare passes one per idle thread, so they run side by side.
   */
  comparers?: readonly CompareStory[];
}): Promise<void> {
  const queue = [...new Set(options.storyIds)].filter((id) => id !== "");
  const comparers = options.comparers?.length ? options.comparers : [undefined];
  // Each lane takes the next story when its last one is stored; stories are independent, so the order in
  // which they finish does not change what is stored.
  const lane = async (compare: CompareStory | undefined) => {
    for (let storyId = queue.shift(); storyId !== undefined; storyId = queue.shift())
      await refreshOne(options.db, storyId, compare);
  };
  await Promise.all(comparers.map(lane));
}

async function refreshOne(db: Db, storyId: string, compare: CompareStory | undefined): Promise<void> {
  try {
    const loaded = await loadStoryComparison(db, storyId, compare);
    if (!loaded || loaded.stored) return;
    const { key, computedAt, ...payload } = loaded.comparison;
    await saveStoryAnalysis(db, storyId, key, payload, new Date(computedAt));
  } catch (error) {
    log("stories").warn({ err: error, storyId }, "could not store the story's comparison");
  }
}
