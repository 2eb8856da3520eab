import "server-only";
import { forbidden, notFound, unauthorized } from "next/navigation";
import { editingEnabled, getEditor, type EditorSession } from "@/lib/auth";
import { isAppError } from "@/lib/errors";

/**
 * The first step of a form action that returns nothing (a button in a list): the signed-in editor, or a clear
 * refusal with its HTTP status instead of a thrown error's 500 — 403 while editing is switched off, 401 when
 * nobody is signed in (app/forbidden.tsx and app/unauthorized.tsx say what to do).
 */
export async function editorOrRefuse(): Promise<EditorSession> {
  if (!editingEnabled()) forbidden();
  const editor = await getEditor();
  if (!editor) unauthorized();
  return editor;
}

/** Runs an editor's action on one record; an id that is not valid or names nothing is answered 404. */
export async function onRecord(id: string | null, run: (id: string) => Promise<void>): Promise<void> {
  if (id === null) notFound();
  try {
    await run(id);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
}
