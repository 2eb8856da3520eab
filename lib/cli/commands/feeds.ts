import { parseArgs } from "node:util";
import { z } from "zod";
import { pollDueFeeds, subscribeFeed, type PollOutcome } from "@/lib/ingest";
import { listFeeds } from "@/lib/views";
import { UsageError, type CliIo } from "../output";

export const feedsUsage =
  "feeds add <url> [--outlet NAME] [--interval MIN] | feeds list [--json] | feeds poll [--all]";

const addSchema = z.object({
  outlet: z.string().trim().min(1).max(120).optional(),
  interval: z.coerce.number().int().min(5, "--interval is at least 5 minutes").max(10_080).default(30),
});

function describePoll(o: PollOutcome): string {
  if (o.result === "error") return `failed: ${o.url}: ${o.error}`;
  if (o.result === "not-modified") return `not modified: ${o.url}`;
  return `polled: ${o.url}: ${o.items} items, ${o.created} new, ${o.updated} updated, ${o.duplicates} duplicates, ${o.failed} failed`;
}

/** Feed subscriptions: add one, list them with their health, or poll the due ones (or all) once. */
export async function runFeeds(argv: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  if (action === "add") {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { outlet: { type: "string" }, interval: { type: "string" } },
    });
    if (positionals.length !== 1) throw new UsageError(`usage: ${feedsUsage}`);
    const parsed = addSchema.safeParse(values);
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("; "));
    const feed = await subscribeFeed({
      url: positionals[0] as string,
      intervalMinutes: parsed.data.interval,
      outlet: parsed.data.outlet ?? null,
    });
    io.out(`subscribed: ${feed.url} (feed ${feed.id}); the worker polls it on its next round`);
    return 0;
  }
  if (action === "list") {
    const { values } = parseArgs({ args: rest, options: { json: { type: "boolean" } } });
    const feeds = await listFeeds();
    if (values.json) {
      io.out(JSON.stringify(feeds, null, 2));
      return 0;
    }
    if (feeds.length === 0) io.out("No feeds yet. Add one: npm run parallax -- feeds add <url>");
    for (const f of feeds) {
      io.out(
        `${f.state.padEnd(12)} ${f.url}  ${f.itemsFound} articles  last success ${f.lastSuccessAt ?? "never"}`,
      );
      if (f.lastError && f.consecutiveFailures > 0) io.out(`             last error: ${f.lastError}`);
      for (const warning of f.warnings) io.out(`             warning: ${warning}`);
    }
    return 0;
  }
  if (action === "poll") {
    const { values } = parseArgs({ args: rest, options: { all: { type: "boolean" } } });
    const onlyIds = values.all ? (await listFeeds()).filter((f) => f.active).map((f) => f.id) : undefined;
    const outcomes = await pollDueFeeds({ batch: 1_000, onlyIds, onPoll: (o) => io.out(describePoll(o)) });
    if (outcomes.length === 0) io.out("No feed is due.");
    return outcomes.some((o) => o.result === "error") ? 1 : 0;
  }
  throw new UsageError(`usage: ${feedsUsage}`);
}
