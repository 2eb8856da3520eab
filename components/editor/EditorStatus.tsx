import Link from "next/link";
import { signOutAction } from "@/app/signin/actions";
import { editingEnabled, getEditor } from "@/lib/auth";

/** The header's sign-in state: who is signed in with a sign-out button, or a sign-in link. */
export async function EditorStatus() {
  if (!editingEnabled()) return null;
  const editor = await getEditor();
  if (!editor)
    return (
      <Link href="/signin" className="rounded-md px-3 py-1.5 text-sm font-medium" data-testid="signin-link">
        Sign in
      </Link>
    );
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="editor-status">
      <span className="whitespace-nowrap text-muted">
        Editor: <strong className="font-semibold text-ink">{editor.name}</strong>
      </span>
      <Link href="/admin/tokens" className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap">
        Tokens
      </Link>
      <Link href="/admin/jobs" className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap">
        Jobs
      </Link>
      <Link href="/admin/audit" className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap">
        Audit log
      </Link>
      <form action={signOutAction}>
        <button
          type="submit"
          className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap text-accent hover:underline"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
