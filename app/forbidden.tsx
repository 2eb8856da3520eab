import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EDITING_OFF } from "@/lib/auth";

export const metadata: Metadata = { title: "Editing is switched off", robots: { index: false } };

/** Answered with status 403 when an editor's action is tried on a server where editing is switched off. */
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 text-center sm:px-6">
      <p className="font-mono text-sm text-muted">403</p>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Editing is switched off</h1>
      <p className="text-muted">{EDITING_OFF}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonClass("primary")}>
          Browse all stories
        </Link>
      </div>
    </div>
  );
}
