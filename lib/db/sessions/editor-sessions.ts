import "server-only";
import type { Db } from "../client";

/** Records a new editor session and removes the expired ones (signing in is rare: the table stays small). */
export async function createEditorSession(
  db: Db,
  session: { id: string; name: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db.$transaction([
    db.editorSession.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.editorSession.create({ data: session }),
  ]);
}

/** Whether the session is still open (not signed out, not expired) at `now`. */
export async function isEditorSessionOpen(db: Db, id: string, now: Date): Promise<boolean> {
  const row = await db.editorSession.findUnique({ where: { id }, select: { expiresAt: true } });
  return row !== null && row.expiresAt > now;
}

/** Ends a session: its cookie is refused from now on, wherever it was copied to. */
export async function deleteEditorSession(db: Db, id: string): Promise<void> {
  await db.editorSession.deleteMany({ where: { id } });
}
