import "server-only";
import {
  absorbStories,
  findStoryState,
  getDb,
  withStoryAssignmentLock,
  type Db,
  type StoryState,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { refreshStory } from "./refresh-story";
import { refreshStoryAnalysis } from "./refresh-story-analysis";
import { rebuildStoryProfile } from "./rebuild-profile";

export interface StoryEditResult {
  /** The story the editor should look at next (where the article went, the merged story, the new story). */
  storyId: string;
  /** Every live story whose members changed. */
  affected: string[];
  /** What was done, naming the article and the stories by their titles at the time ("Moved “X” from “A” to “B”."). */
  message: string;
  /** The audit row of this edit: what an undo names. */
  auditId: string;
}

/** What one edit's change reports back to applyEdit: its result, and the stories it left empty. */
export interface EditChange {
  result: StoryEditResult;
  /** Stories left without articles, folded into `result.storyId` so their links redirect there. */
  emptied: string[];
}

/** “Title”, shortened to a readable length for a one-line message. */
export function quoted(title: string): string {
  const clean = title.replace(/\s+/g, " ").trim();
  return `“${clean.length > 120 ? `${clean.slice(0, 119)}…` : clean}”`;
}

export async function liveStory(db: Db, storyId: string, role: string): Promise<StoryState> {
  const story = await findStoryState(db, storyId);
  if (!story) throw new AppError("NOT_FOUND", `There is no ${role} story ${storyId}.`);
  if (story.mergedIntoId)
    throw new AppError("CONFLICT", `The ${role} story was merged into ${story.mergedIntoId}; edit that one.`);
  return story;
}

/**
 * Runs an edit's membership changes, audit row and editedAt marks in one transaction, rebuilds the affected
 * stories' clustering profiles inside it, then recomputes their headlines, counts, dates and quote groups.
 * A story left empty is folded into the result's story, so its links redirect there.
 */
export async function applyEdit(
  change: (tx: Db, now: Date) => Promise<EditChange>,
): Promise<StoryEditResult> {
  const db = await getDb();
  const now = new Date();
  // One at a time with ingest: an article being clustered never joins a story this edit is emptying.
  const result = await withStoryAssignmentLock({ db, maxWait: 10_000, timeout: 60_000 }, async (tx) => {
    const { result, emptied } = await change(tx, now);
    if (emptied.length > 0) await absorbStories(tx, result.storyId, emptied, { byEditor: true });
    for (const storyId of result.affected) await rebuildStoryProfile(tx, storyId, now);
    return result;
  });
  for (const storyId of result.affected) await refreshStory(db, storyId);
  await refreshStoryAnalysis({ db, storyIds: result.affected });
  return result;
}
