import type { Metadata } from "next";
import { IngestForm } from "@/components/ingest/IngestForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { redirectUnlessEditor } from "@/components/editor/require-editor-page";

export const metadata: Metadata = {
  title: "Add an article",
  description: "Add a news article to Parallax from a saved web page, a text file or pasted text.",
};

export default async function IngestPage() {
  await redirectUnlessEditor("/ingest");
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Add"
        title="Add an article"
        description="Parallax extracts the text, finds the quotations and who said them, and places the article in the story it belongs to."
      />
      <IngestForm />
    </div>
  );
}
