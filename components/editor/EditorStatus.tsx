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
    // Wraps onto two lines on a phone rather than pushing the page sideways.
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="editor-status">
      <span className="max-w-full min-w-0 break-words text-muted">
        Editor: <strong className="font-semibold text-ink">{editor.name}</strong>
      </span>
      <Link href="/admin/tokens" className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap">
        Tokens
      </Link>
      <Link href="/admin/jobs" className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap">
        Jobs
      </Link>
      <Link href="/admin/webhooks" className="rounded-md px-2 py-1.5 font-medium whitespace-nowrap">
        Webhooks
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
