import Link from "next/link";
import type { SharedView } from "@/lib/views";
import { Notice } from "@/components/ui/Notice";
import { plural } from "@/components/ui/format";

/** What changed since the link was made, with a way to the story as it is now. */
export function ShareChanges({ view }: { view: SharedView }) {
  const { newerVersions, newArticles, missingArticles, notPinned } = view.changes;
  const changed = newerVersions.length > 0 || newArticles > 0 || missingArticles > 0;
  const currentLink = view.story ? (
    <Link href={`/stories/${view.story.id}`} className="font-semibold underline underline-offset-2">
      See the story as it is now
    </Link>
  ) : null;
  if (!changed) {
    return (
      <p className="text-sm text-muted" data-testid="share-unchanged">
        Nothing has changed since this link was made.{" "}
        {notPinned > 0 ? (
          <>It shows the first {plural(view.articles.length, "article")} of the story. </>
        ) : null}
        {currentLink}
      </p>
    );
  }
  return (
    <Notice tone="info" title="This story has changed since the link was made" className="max-w-3xl">
      <div data-testid="share-changes">
        <ul className="list-disc space-y-0.5 pl-5">
          {newerVersions.map((v) => (
            <li key={v.articleId}>
              {v.outlet} has edited its article since (version {v.latest}; this link shows version {v.pinned}
              ).{" "}
              <Link
                href={`/articles/${v.articleId}/changes?from=${v.pinned}&to=${v.latest}`}
                className="underline underline-offset-2"
              >
                See what changed
              </Link>
            </li>
          ))}
          {newArticles > 0 ? <li>{plural(newArticles, "new article")} joined the story.</li> : null}
          {missingArticles > 0 ? (
            <li>{plural(missingArticles, "article")} of this link is no longer stored.</li>
          ) : null}
        </ul>
        <p className="mt-2">
          Below is what the sender saw. {currentLink}
          {view.story && view.story.title !== view.title ? <> (now titled “{view.story.title}”)</> : null}
        </p>
      </div>
    </Notice>
  );
}
