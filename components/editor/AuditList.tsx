import Link from "next/link";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import type { AuditEntryView } from "@/lib/views";

const ACTION_LABELS: Record<string, string> = {
  "story.move": "Moved an article",
  "story.merge": "Merged stories",
  "story.split": "Split a story",
  "story.rename": "Renamed a story",
  "story.title-reset": "Reset a story's title",
  "token.create": "Created an API token",
  "token.revoke": "Revoked an API token",
  "job.retry": "Retried a failed job",
  "demo.remove": "Removed the demo corpus",
  "feed.pause": "Paused a feed",
  "feed.resume": "Resumed a feed",
  "feed.remove": "Removed a feed",
  "webhook.add": "Added a webhook",
  "webhook.remove": "Removed a webhook",
  "outlet.fact": "Changed an outlet's profile",
  "outlet.import": "Imported an outlet list",
};

function describe(entry: AuditEntryView): string {
  const d = entry.details;
  const list = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  switch (entry.action) {
    case "story.move":
      return `“${String(d.articleTitle ?? d.articleId ?? "")}” from “${String(d.fromTitle ?? d.fromStoryId ?? "")}” to “${String(d.toTitle ?? d.toStoryId ?? "")}”`;
    case "story.merge":
      return `“${String(d.fromTitle ?? d.fromStoryId ?? "")}” into “${String(d.intoTitle ?? entry.targetId)}”`;
    case "story.split":
      return `${list(d.articleIds)} article(s) from “${String(d.fromTitle ?? d.fromStoryId ?? "")}” into a new story`;
    case "story.rename":
    case "story.title-reset":
      return `“${String(d.fromTitle ?? "")}” to “${String(d.toTitle ?? "")}”`;
    case "token.create":
    case "token.revoke":
      return `“${String(d.name ?? "")}” (${String(d.prefix ?? "")}…)`;
    case "job.retry":
      return `${String(d.kind ?? "job")} ${String(d.subject ?? entry.targetId)}`;
    case "demo.remove":
      return `${Number(d.articles ?? 0)} demo article(s), ${Number(d.stories ?? 0)} story(ies), ${Number(d.outlets ?? 0)} outlet(s)`;
    case "feed.pause":
    case "feed.resume":
    case "feed.remove":
    case "webhook.remove":
      return String(d.url ?? entry.targetId);
    case "webhook.add":
      return `${String(d.url ?? entry.targetId)} (${d.scope === "story" ? `story ${String(d.storyId)}` : d.scope === "search" ? `search ?${String(d.query)}` : "every story"})`;
    case "outlet.fact":
      return d.after === null
        ? `${entry.targetId}: removed its ${String(d.kind)} (was ${String(d.before ?? "none")})`
        : `${entry.targetId}: ${String(d.kind)} ${String(d.before ?? "none")} → ${String(d.after)} (${String(d.source ?? "")}, as of ${String(d.asOf ?? "")})`;
    case "outlet.import":
      return `${entry.targetId}: ${Number(d.rows ?? 0)} outlet(s), ${Number(d.created ?? 0)} new, from ${list(d.sources)} source(s)`;
    default:
      return JSON.stringify(d).slice(0, 300);
  }
}

/** The audit log as a table: when, who, what, to which story or token. */
export function AuditList({ entries }: { entries: AuditEntryView[] }) {
  if (entries.length === 0)
    return <EmptyState title="Nothing yet">Story edits and token changes are recorded here.</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-line text-xs tracking-[0.08em] text-muted uppercase">
          <tr>
            <th scope="col" className="p-3">
              When
            </th>
            <th scope="col" className="p-3">
              Who
            </th>
            <th scope="col" className="p-3">
              What
            </th>
            <th scope="col" className="p-3">
              Details
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <td className="p-3 whitespace-nowrap">
                <DateTime iso={entry.createdAt} />
              </td>
              <td className="p-3">{entry.actor}</td>
              <td className="p-3 font-semibold">{ACTION_LABELS[entry.action] ?? entry.action}</td>
              <td className="p-3">
                {entry.targetType === "Story" ? (
                  <Link href={`/stories/${entry.targetId}`}>{describe(entry)}</Link>
                ) : entry.targetType === "outlet" ? (
                  <Link href={`/outlets/${encodeURIComponent(entry.targetId)}`}>{describe(entry)}</Link>
                ) : (
                  describe(entry)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
