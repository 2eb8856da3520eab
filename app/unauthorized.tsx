import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign in required", robots: { index: false } };

/** Answered with status 401 when an action or page needs an editor and nobody is signed in. */
export default function Unauthorized() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 text-center sm:px-6">
      <p className="font-mono text-sm text-muted">401</p>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Sign in as an editor to do this</h1>
      <p className="text-muted">
        Reading is open to everyone; changing anything needs the editor password. Your session may have ended
        (signed out, or after 12 hours).
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/signin" className={buttonClass("primary")}>
          Sign in
        </Link>
        <Link href="/" className={buttonClass("secondary")}>
          Browse all stories
        </Link>
      </div>
    </div>
  );
}
