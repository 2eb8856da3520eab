export type StoryEditState =
  | { status: "idle" }
  | { status: "done"; message: string; storyId: string; undoId?: string }
  | { status: "error"; message: string };

export const initialStoryEditState: StoryEditState = { status: "idle" };

/** A story id from what an editor pastes: the id itself, its /stories/<id> path, or the full address. */
export function storyIdFromAddress(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /(?:^|\/stories\/)([A-Za-z0-9_-]{1,128})\/?(?:[?#].*)?$/.exec(value.trim());
  return match?.[1] ?? null;
}
