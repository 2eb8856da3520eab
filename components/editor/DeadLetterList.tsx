import { retryJobAction } from "@/app/admin/jobs/actions";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { buttonClass } from "@/components/ui/button";
import { jobSubject, type DeadLetter } from "@/lib/jobs";

const KIND_LABELS: Record<DeadLetter["kind"], string> = {
  "poll-feed": "Feed poll",
  "ingest-url": "Page",
  "deliver-webhook": "Webhook delivery to",
};

/** Dead letters with their last error and a retry button each. */
export function DeadLetterList({ jobs }: { jobs: DeadLetter[] }) {
  if (jobs.length === 0)
    return <EmptyState title="No failed jobs">Every job so far has succeeded.</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {jobs.map((job) => (
        <li
          key={job.id}
          className="flex flex-wrap items-center justify-between gap-3 p-4"
          data-testid="dead-job"
        >
          <div className="min-w-0 space-y-1">
            <p className="font-semibold break-all">
              {KIND_LABELS[job.kind]} {jobSubject(job.payload)}
            </p>
            <p className="text-sm break-words text-muted">
              {job.attempts} {job.attempts === 1 ? "attempt" : "attempts"}, last{" "}
              <DateTime iso={job.failedAt.toISOString()} />: {job.error ?? "no error"}
            </p>
          </div>
          <form action={retryJobAction}>
            <input type="hidden" name="id" value={job.id} />
            <button type="submit" className={buttonClass("secondary")}>
              Retry
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
