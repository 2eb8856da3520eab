import "server-only";
import { redirect } from "next/navigation";
import { getEditor, type EditorSession } from "@/lib/auth";

/** For editor-only pages: the signed-in editor, or a redirect to the sign-in page that comes back to `path`. */
export async function redirectUnlessEditor(path: string): Promise<EditorSession> {
  const editor = await getEditor();
  if (!editor) redirect(`/signin?next=${encodeURIComponent(path)}`);
  return editor;
}
