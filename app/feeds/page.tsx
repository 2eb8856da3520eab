import type { Metadata } from "next";
import { AddFeedForm } from "@/components/feeds/AddFeedForm";
import { FeedHealthCard } from "@/components/feeds/FeedHealthCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { listFeeds } from "@/lib/views";
import { redirectUnlessEditor } from "@/components/editor/require-editor-page";
import { FeedControls } from "@/components/feeds/FeedControls";
import { Notice } from "@/components/ui/Notice";

export const metadata: Metadata = {
  title: "Feeds",
  description: "RSS, Atom and JSON Feed subscriptions and how each is doing.",
  robots: { index: false },
};

export const dynamic = "force-dynamic";

/** Editors only: feed addresses and their errors are the newsroom's business, not readers'. */
export default async function FeedsPage({ searchParams }: PageProps<"/feeds">) {
  await redirectUnlessEditor("/feeds");
  const [feeds, params] = await Promise.all([listFeeds(), searchParams]);
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Sources"
        title="Feeds"
        description="Parallax checks each feed on its schedule, fetches new articles and files them into stories. A feed whose articles come back suspiciously short is flagged: that is how extraction usually fails, silently."
      />
      {params.removed === "1" ? (
        <div data-testid="feed-removed">
          <Notice tone="ok" title="Feed removed" live>
            Parallax no longer checks it. The articles it brought in stay in their stories.
          </Notice>
        </div>
      ) : null}
      <AddFeedForm />
      <section aria-labelledby="feeds-heading" className="space-y-4">
        <h2 id="feeds-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
          Subscriptions ({feeds.length})
        </h2>
        {feeds.length === 0 ? (
          <EmptyState title="No feeds yet">Subscribe to an outlet’s RSS, Atom or JSON feed above.</EmptyState>
        ) : (
          feeds.map((feed) => (
            <FeedHealthCard
              key={feed.id}
              feed={feed}
              controls={<FeedControls feedId={feed.id} active={feed.active} url={feed.url} />}
            />
          ))
        )}
      </section>
    </div>
  );
}
