"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "@/components/ui/button";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 sm:px-6" role="alert">
      <h1 className="font-serif text-3xl font-semibold">This page could not be loaded</h1>
      <p className="text-muted">
        Something went wrong on the server while preparing it — most often the database is unavailable or
        still being set up. Try again in a moment. If it keeps happening, the server log has the details
        {digest ? (
          <>
            {" "}
            (reference <code className="rounded bg-sunken px-1 font-mono text-sm text-ink">{digest}</code>)
          </>
        ) : null}
        .
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={() => retry()} className={buttonClass("primary")}>
          Try again
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          Back to stories
        </Link>
      </div>
    </div>
  );
}
