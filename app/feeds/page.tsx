import type { Metadata } from "next";
import { AddFeedForm } from "@/components/feeds/AddFeedForm";
import { FeedHealthCard } from "@/components/feeds/FeedHealthCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { listFeeds } from "@/lib/views";
import { SignInPrompt } from "@/components/editor/SignInPrompt";
import { getEditor } from "@/lib/auth";

export const metadata: Metadata = {
  title: "Feeds",
  description: "RSS, Atom and JSON Feed subscriptions and how each is doing.",
};

export const dynamic = "force-dynamic";

export default async function FeedsPage() {
  const [feeds, editor] = await Promise.all([listFeeds(), getEditor()]);
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Sources"
        title="Feeds"
        description="Parallax checks each feed on its schedule, fetches new articles and files them into stories. A feed whose articles come back suspiciously short is flagged: that is how extraction usually fails, silently."
      />
      {editor ? <AddFeedForm /> : <SignInPrompt next="/feeds">to subscribe to feeds.</SignInPrompt>}
      <section aria-labelledby="feeds-heading" className="space-y-4">
        <h2 id="feeds-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
          Subscriptions ({feeds.length})
        </h2>
        {feeds.length === 0 ? (
          <EmptyState title="No feeds yet">Subscribe to an outlet’s RSS, Atom or JSON feed above.</EmptyState>
        ) : (
          feeds.map((feed) => <FeedHealthCard key={feed.id} feed={feed} />)
        )}
      </section>
    </div>
  );
}
