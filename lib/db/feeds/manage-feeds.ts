import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../client";

export type FeedChange = "pause" | "resume" | "remove";

/**
 * An editor pauses, resumes or removes a feed, audit logged in the same transaction. Paused: the poller skips it
 * (claimDueFeeds takes active feeds only); its history and items stay. Resumed: polled on the next round, its
 * failure count reset. Removed: the subscription and its item records go; the articles it brought in stay.
 */
export async function changeFeed(
  db: Db,
  input: { feedId: string; change: FeedChange; actor: string },
): Promise<{ url: string }> {
  return db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const feed = await tx.feed.findUnique({ where: { id: input.feedId }, select: { id: true, url: true } });
    if (!feed) throw new AppError("NOT_FOUND", "No such feed.");
    if (input.change === "remove") await tx.feed.delete({ where: { id: feed.id } });
    else
      await tx.feed.update({
        where: { id: feed.id },
        data:
          input.change === "pause"
            ? { active: false }
            : { active: true, nextFetchAt: null, consecutiveFailures: 0 },
      });
    await recordAudit(tx, {
      actor: input.actor,
      action: `feed.${input.change}`,
      targetType: "feed",
      targetId: feed.id,
      details: { url: feed.url },
    });
    return { url: feed.url };
  });
}
