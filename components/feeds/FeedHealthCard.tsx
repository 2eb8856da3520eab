import type { FeedView } from "@/lib/views";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { plural } from "@/components/ui/format";
import { hostOf } from "@/components/ui/url";

const STATE: Record<FeedView["state"], { label: string; tone: BadgeTone }> = {
  ok: { label: "Healthy", tone: "ok" },
  warning: { label: "Check this feed", tone: "warn" },
  failing: { label: "Failing", tone: "del" },
  "never-polled": { label: "Not polled yet", tone: "neutral" },
  paused: { label: "Paused", tone: "neutral" },
};

function Stat({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted">{term}</dt>
      <dd className="font-semibold">{children}</dd>
    </div>
  );
}

/** One feed's health: state, the facts behind it, warnings in words, and the latest failed items. */
export function FeedHealthCard({ feed, controls }: { feed: FeedView; controls?: React.ReactNode }) {
  const state = STATE[feed.state];
  return (
    <article
      className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5"
      data-testid="feed-card"
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-serif text-lg leading-snug font-semibold break-words">
            {feed.title ?? hostOf(feed.url)}
          </h3>
          <p className="text-xs break-words text-muted">
            <span className="break-all">{feed.url}</span>
            {feed.outlet ? <> · {feed.outlet}</> : null}
            {feed.format ? <> · {feed.format.toUpperCase()}</> : null} · every{" "}
            {plural(feed.intervalMinutes, "minute")}
          </p>
        </div>
        <Badge tone={state.tone}>{state.label}</Badge>
      </header>
      {!feed.active ? (
        <p className="text-sm text-muted">Paused: Parallax does not check this feed until you resume it.</p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Stat term="Last success">
          <DateTime iso={feed.lastSuccessAt} fallback="Never" />
        </Stat>
        <Stat term="Articles found">{feed.itemsFound}</Stat>
        <Stat term="In the feed now">{feed.lastItemCount}</Stat>
        <Stat term="Typical extract">
          {feed.medianExtractChars === null
            ? "–"
            : `${feed.medianExtractChars.toLocaleString("en-GB")} chars`}
        </Stat>
      </dl>
      {feed.lastError && feed.consecutiveFailures > 0 ? (
        <p className="text-sm">
          <span className="font-semibold text-error-ink">Last error</span> (
          <DateTime iso={feed.lastErrorAt} />, {plural(feed.consecutiveFailures, "failure")} in a row):{" "}
          {feed.lastError}
        </p>
      ) : null}
      {feed.warnings.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-warn-ink">
          {feed.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {feed.failedItems.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold">
            Recent items that failed ({feed.failedItems.length})
          </summary>
          <ul className="mt-2 space-y-1">
            {feed.failedItems.map((item) => (
              <li key={item.url} className="break-words">
                <span className="break-all">{item.title ?? item.url}</span>:{" "}
                <span className="text-muted">{item.error}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {controls}
    </article>
  );
}
