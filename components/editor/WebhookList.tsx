import Link from "next/link";
import { removeWebhookAction } from "@/app/admin/webhooks/actions";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { buttonClass } from "@/components/ui/button";
import type { DeliveryView, WebhookView } from "@/lib/webhooks";

const STATUS: Record<DeliveryView["status"], { label: string; tone: BadgeTone }> = {
  pending: { label: "waiting", tone: "neutral" },
  queued: { label: "queued", tone: "neutral" },
  delivered: { label: "delivered", tone: "ok" },
  failed: { label: "failed", tone: "warn" },
};

function Follows({ hook }: { hook: WebhookView }) {
  if (hook.scope === "story")
    return (
      <>
        the story{" "}
        <Link href={`/stories/${hook.storyId}`} className="font-medium">
          {hook.storyTitle ?? hook.storyId}
        </Link>
      </>
    );
  if (hook.scope === "search")
    return (
      <>
        the search{" "}
        <Link href={`/?${hook.query ?? ""}`} className="font-mono text-xs break-all">
          ?{hook.query}
        </Link>
      </>
    );
  return <>every story</>;
}

function Deliveries({ deliveries }: { deliveries: DeliveryView[] }) {
  if (deliveries.length === 0) return <p className="text-sm text-muted">No deliveries yet.</p>;
  return (
    <ul
      className="divide-y divide-line rounded-lg border border-line text-sm"
      data-testid="webhook-deliveries"
    >
      {deliveries.map((d) => (
        <li key={d.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-2">
          <Badge tone={STATUS[d.status].tone}>{STATUS[d.status].label}</Badge>
          <code className="font-mono text-xs">{d.event}</code>
          <span className="min-w-0 flex-1 break-words">{d.title ?? d.eventId}</span>
          <span className="text-xs text-muted">
            {d.attempts} {d.attempts === 1 ? "attempt" : "attempts"}
            {d.lastStatus !== null ? ` · answered ${d.lastStatus}` : ""} ·{" "}
            <DateTime iso={(d.lastAttemptAt ?? d.createdAt).toISOString()} />
          </span>
          {d.lastError && d.status !== "delivered" ? (
            <span className="w-full text-xs break-words text-error-ink">{d.lastError}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Each webhook: where it posts, what it follows, its events, its newest deliveries, and a remove button. */
export function WebhookList({ webhooks }: { webhooks: WebhookView[] }) {
  if (webhooks.length === 0)
    return (
      <EmptyState title="No webhooks yet">
        Add one above to have new coverage of a story or a search POSTed to your newsroom’s systems.
      </EmptyState>
    );
  return (
    <ul className="space-y-4">
      {webhooks.map((hook) => (
        <li
          key={hook.id}
          className="space-y-3 rounded-xl border border-line bg-surface p-4"
          data-testid="webhook-row"
        >
          <div className="space-y-1">
            <p className="font-mono text-sm font-semibold break-all">{hook.url}</p>
            <p className="text-sm">
              Follows <Follows hook={hook} />
            </p>
            <p className="flex flex-wrap gap-1">
              {hook.events.map((event) => (
                <Badge key={event}>{event}</Badge>
              ))}
            </p>
            <p className="text-xs text-muted">
              Added by {hook.createdBy} <DateTime iso={hook.createdAt.toISOString()} />
            </p>
          </div>
          <section aria-label={`Recent deliveries to ${hook.url}`} className="space-y-2">
            <h3 className="text-xs font-semibold tracking-[0.08em] text-muted uppercase">
              Recent deliveries
            </h3>
            <Deliveries deliveries={hook.deliveries} />
          </section>
          <details className="group">
            <summary className={`${buttonClass("secondary")} cursor-pointer list-none`}>Remove</summary>
            <form
              action={removeWebhookAction}
              className="mt-2 max-w-sm space-y-2 rounded-lg border border-error-line bg-error-bg p-3 text-sm text-error-ink"
            >
              <input type="hidden" name="id" value={hook.id} />
              <p>
                Stop sending events to <span className="break-all">{hook.url}</span>? Deliveries still queued
                are dropped.
              </p>
              <button type="submit" className={buttonClass("secondary", "border-error-ink text-error-ink")}>
                Remove this webhook
              </button>
            </form>
          </details>
        </li>
      ))}
    </ul>
  );
}
