import "server-only";
import type { Db } from "../client";

/** An editor's title for a story (inside the caller's transaction): automatic refreshes keep it from now on. */
export async function setEditorTitle(tx: Db, storyId: string, title: string): Promise<void> {
  await tx.story.update({
    where: { id: storyId },
    data: { title, titleOutlet: null, titleByEditor: true },
  });
}

/** Hands the story's title back to the automatic choice; the caller refreshes the story to recompute it. */
export async function clearEditorTitle(tx: Db, storyId: string): Promise<void> {
  await tx.story.update({ where: { id: storyId }, data: { titleByEditor: false } });
}
