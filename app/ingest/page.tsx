import type { Metadata } from "next";
import { BookmarkletLink } from "@/components/ingest/BookmarkletLink";
import { IngestForm } from "@/components/ingest/IngestForm";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { redirectUnlessEditor } from "@/components/editor/require-editor-page";
import { readSharedPage, sharedPagePath } from "@/lib/forms";

export const metadata: Metadata = {
  title: "Add an article",
  description: "Add a news article to Parallax from a saved web page, a text file or pasted text.",
};

/**
 * The add-an-article form. `/ingest?url=…&title=…` (the bookmarklet, a share sheet) opens it filled in for the
 * editor to confirm: this GET only reads the address; the article is added when the form is submitted.
 * Signed out, sign-in comes first and returns here with the same page.
 */
export default async function IngestPage({ searchParams }: PageProps<"/ingest">) {
  const shared = readSharedPage(await searchParams);
  await redirectUnlessEditor(sharedPagePath(shared));
  const sent = shared.url !== "" || shared.title !== "";
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Add"
        title="Add an article"
        description="Parallax extracts the text, finds the quotations and who said them, and places the article in the story it belongs to."
      />
      {sent ? (
        <Notice tone="info" title="Check and confirm">
          <span data-testid="shared-page-notice">
            The page you sent is filled in below. Nothing is added until you press “Add article”.
          </span>
        </Notice>
      ) : null}
      {shared.droppedUrl ? (
        <Notice tone="warn" title="The address was left out">
          What was sent as the page&rsquo;s address is not a web address (http or https), so it was not filled
          in.
        </Notice>
      ) : null}
      <IngestForm initial={{ url: shared.url, title: shared.title }} />
      <BookmarkletLink />
    </div>
  );
}
