import type { Metadata } from "next";
import { DeadLetterList } from "@/components/editor/DeadLetterList";
import { redirectUnlessEditor } from "@/components/editor/require-editor-page";
import { PageHeader } from "@/components/ui/PageHeader";
import { getQueue } from "@/lib/jobs";

export const metadata: Metadata = { title: "Background jobs", robots: { index: false } };

export const dynamic = "force-dynamic";

export default async function JobsPage() {
  await redirectUnlessEditor("/admin/jobs");
  const queue = await getQueue();
  const [stats, dead] = await Promise.all([queue.stats(), queue.deadLetters(100)]);
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Editors"
        title="Background jobs"
        description="Feed polls, queued pages and webhook deliveries run as jobs. A failed job is retried with growing pauses; after repeated failures it lands here, with its last error, until you retry it."
      />
      <p className="text-sm text-muted" data-testid="job-counts">
        {stats.queued} queued · {stats.running} running · {stats.dead} failed ({queue.backend})
      </p>
      <section aria-labelledby="dead-heading" className="space-y-4">
        <h2 id="dead-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
          Failed jobs ({dead.length})
        </h2>
        <DeadLetterList jobs={dead} />
      </section>
    </div>
  );
}
