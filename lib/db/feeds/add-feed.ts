import "server-only";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { upsertOutlet, type OutletInput } from "../outlets/upsert-outlet";

export interface AddFeedInput {
  url: string;
  intervalMinutes: number;
  /** The outlet the feed's articles belong to; null lets each page name its own. */
  outlet: OutletInput | null;
}

/** Subscribes to a feed; the same URL twice is a conflict, not a second subscription. */
export async function addFeed(db: Db, input: AddFeedInput): Promise<{ id: string }> {
  const existing = await db.feed.findUnique({ where: { url: input.url }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `Already subscribed to ${input.url}.`);
  return db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const outletId = input.outlet ? await upsertOutlet(tx, input.outlet) : null;
    return tx.feed.create({
      data: { url: input.url, intervalMinutes: input.intervalMinutes, outletId, nextFetchAt: null },
      select: { id: true },
    });
  });
}
