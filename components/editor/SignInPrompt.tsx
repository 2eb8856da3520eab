import Link from "next/link";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/Notice";

/** "Sign in as an editor …" with a link that comes back here. */
export function SignInPrompt({ next, children }: { next: string; children: ReactNode }) {
  return (
    <Notice title="Editors only">
      <Link href={`/signin?next=${encodeURIComponent(next)}`} data-testid="signin-prompt">
        Sign in as an editor
      </Link>{" "}
      {children}
    </Notice>
  );
}
