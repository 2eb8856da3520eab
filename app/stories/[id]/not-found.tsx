import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function StoryNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 text-center sm:px-6">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="font-serif text-3xl font-semibold">Story not found</h1>
      <p className="text-muted">
        There is no story at this address. Stories are regrouped as articles arrive, so this one may have been
        merged into another. Search the story list for its headline.
      </p>
      <Link href="/" className={buttonClass("primary")}>
        Browse all stories
      </Link>
    </div>
  );
}
