import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 text-center sm:px-6">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">We couldn&rsquo;t find that page</h1>
      <p className="text-muted">
        The story or article may have been merged into another story or removed, or the link may be
        incomplete. Stories are regrouped as new articles arrive, so an old link can point to a story that no
        longer exists.
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonClass("primary")}>
          Browse all stories
        </Link>
        <Link href="/ingest" className={buttonClass("secondary")}>
          Add an article
        </Link>
      </div>
    </div>
  );
}
