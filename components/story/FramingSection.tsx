import { Suspense } from "react";
import { getStoryComparison } from "@/lib/views";
import { Section } from "@/components/ui/Section";
import { Skeleton } from "@/components/ui/Skeleton";
import { assignSwatches } from "@/components/ui/swatches";
import { FramingPanel } from "./FramingPanel";

/** The story page's framing section: loads the story's cached comparison and lays the signals side by side. */
export function FramingSection({ storyId }: { storyId: string }) {
  return (
    <Section
      id="framing"
      title="Framing signals"
      description="How each outlet words the story: headlines, attribution verbs, the labels it gives the people involved, and hedges and loaded words from a documented lexicon."
    >
      <Suspense
        fallback={
          <div role="status" aria-live="polite">
            <span className="sr-only">Reading the framing signals…</span>
            <Skeleton className="h-40 w-full rounded-xl" />
          </div>
        }
      >
        <FramingLoader storyId={storyId} />
      </Suspense>
    </Section>
  );
}

async function FramingLoader({ storyId }: { storyId: string }) {
  const comparison = await getStoryComparison(storyId);
  if (!comparison) return <p className="text-sm text-muted">This story has no articles to examine.</p>;
  const swatches = assignSwatches(comparison.framing.articles.map((a) => a.outlet));
  return <FramingPanel framing={comparison.framing} swatches={swatches} />;
}
