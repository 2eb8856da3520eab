import "server-only";
import { saveStoryAnalysis, type Db } from "@/lib/db";
import { log } from "@/lib/log";
import { loadStoryComparison } from "@/lib/views";

/**
 * Stores a story's derived comparison (StoryAnalysis: quote groups with diffs, framing, the default compare
 * view) when the stored one no longer matches its members. The one place it is written, and the one rule for
 * when: after every write that changes a story's members or their versions (ingest, a bulk import, an
 * editor's edit, recluster, the demo's removal), once that write has committed. Reads never write it: a page
 * read before this ran computes the comparison for itself. A failure here leaves the committed write as it is
 * and is logged; the next write of the story stores it.
 */
export async function refreshStoryAnalysis(options: { db: Db; storyIds: Iterable<string> }): Promise<void> {
  for (const storyId of new Set(options.storyIds)) {
    if (!storyId) continue;
    try {
      const loaded = await loadStoryComparison(options.db, storyId);
      if (!loaded || loaded.stored) continue;
      const { key, computedAt, ...payload } = loaded.comparison;
      await saveStoryAnalysis(options.db, storyId, key, payload, new Date(computedAt));
    } catch (error) {
      log("stories").warn({ err: error, storyId }, "could not store the story's comparison");
    }
  }
}
