import "server-only";
import type { Db } from "../client";

/** A new, empty story row (inside the caller's transaction); its members and derived fields come after. */
export async function createStory(
  tx: Db,
  input: { title: string; language: string | null; editedAt: Date | null },
): Promise<string> {
  const story = await tx.story.create({
    data: { title: input.title, language: input.language, editedAt: input.editedAt },
    select: { id: true },
  });
  return story.id;
}
