import "server-only";
import { getDb, inTransaction, LONG_TRANSACTION, type Db } from "@/lib/db";
import { refreshStoryAnalysis } from "@/lib/stories";
import { toAppError, type ErrorCode } from "@/lib/errors";
import { log } from "@/lib/log";
import type { ArticleFetchOptions } from "../fetch-article";
import { ingestPrepared, type IngestResult } from "../ingest-document";
import type { PreparedArticle } from "../prepare-article";
import { ensureStoryIndex } from "../story-index";
import type { ImportItem } from "./items";
import { prepareItemOffThread } from "./prepare-item";

export interface ImportFailure {
  label: string;
  code: ErrorCode;
  reason: string;
}

export interface ImportSummary {
  total: number;
  created: number;
  updated: number;
  duplicates: number;
  failed: number;
  /** The first failures with their reasons (all are counted in `failed`). */
  failures: ImportFailure[];
  /** Articles whose clean text came out under SHORT_TEXT_CHARS: often a paywall or a missed body. */
  short: number;
}

export interface ImportOptions {
  /** Pages fetched ahead of the one being stored; storing stays in input order so results are repeatable. */
  prefetch?: number;
  /**
   * Articles stored per commit (default 32): each is a nested transaction of its own, so a failing one is
   * undone alone, but the commit's write cost is shared. A batch also ends after BATCH_MAX_MS or when the
   * next item is still being fetched, so the write lock is never held while waiting on the network.
   */
  batchSize?: number;
  maxReportedFailures?: number;
  fetch?: ArticleFetchOptions;
  /** Fetches and analyses an item; defaults to this thread. A worker pool's `prepare` spreads it over cores. */
  prepare?: (item: ImportItem, fetch: ArticleFetchOptions) => Promise<PreparedArticle>;
  onItem?: (
    item: { label: string; result?: IngestResult; error?: { code: ErrorCode; message: string } },
    summary: ImportSummary,
  ) => void;
}

export const SHORT_TEXT_CHARS = 400;

/** The longest a batch keeps the database's write lock (other writers wait for it). */
const BATCH_MAX_MS = 300;

type Outcome =
  { label: string; result: IngestResult } | { label: string; error: { code: ErrorCode; message: string } };

interface Pending {
  label: string;
  prepared: Promise<PreparedArticle>;
  settled: boolean;
}

/**
 * Ingests a stream of items: fetching and analysis run a few items ahead (on worker threads when given a
 * pool), storage and clustering go one by one in input order, so the result does not depend on timing.
 * A failing item is counted with its reason and the rest go on: each article is a nested transaction of a
 * batch that commits a few dozen at a time (or every BATCH_MAX_MS), so an interrupted import keeps every
 * batch committed before it, and an article is counted (and reported to `onItem`) once its batch committed.
 */
export async function importArticles(
  items: AsyncIterable<ImportItem>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const prefetch = Math.max(1, options.prefetch ?? 8);
  const maxReported = options.maxReportedFailures ?? 1_000;
  const summary: ImportSummary = {
    total: 0,
    created: 0,
    updated: 0,
    duplicates: 0,
    failed: 0,
    failures: [],
    short: 0,
  };
  const prepare = options.prepare ?? prepareItemOffThread;
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const pending: Pending[] = [];
  const iterator = items[Symbol.asyncIterator]();
  let exhausted = false;

  const fill = async () => {
    while (!exhausted && pending.length < prefetch) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const entry: Pending = {
        label: next.value.label,
        prepared: prepare(next.value, options.fetch ?? {}),
        settled: false,
      };
      // Settled later in order; until then a rejection must not count as unhandled.
      entry.prepared.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
      pending.push(entry);
    }
  };

  const written = new Set<string>();
  const report = (outcome: Outcome) => {
    summary.total += 1;
    if ("result" in outcome) {
      const { result } = outcome;
      if (result.status !== "duplicate") written.add(result.storyId);
      if (result.status === "created") summary.created += 1;
      else if (result.status === "updated") summary.updated += 1;
      else summary.duplicates += 1;
      if (result.textChars < SHORT_TEXT_CHARS) summary.short += 1;
    } else {
      summary.failed += 1;
      if (summary.failures.length < maxReported)
        summary.failures.push({
          label: outcome.label,
          code: outcome.error.code,
          reason: outcome.error.message,
        });
    }
    options.onItem?.(outcome, summary);
  };

  const db = await getDb();
  // Before any batch: the backfill commits on its own.
  await ensureStoryIndex(db);
  await fill();
  while (pending.length > 0) {
    // Wait for the next article outside any transaction.
    await (pending[0] as Pending).prepared.catch(() => undefined);
    const outcomes: Outcome[] = [];
    try {
      await inTransaction({ db, ...LONG_TRANSACTION }, async (tx) => {
        const deadline = performance.now() + BATCH_MAX_MS;
        do {
          const head = pending.shift() as Pending;
          outcomes.push(await storeItem(tx, head));
          await fill();
        } while (outcomes.length < batchSize && (await nextReadyBy(pending[0], deadline)));
      });
    } catch (error) {
      // The commit itself failed: nothing of this batch is stored, so none of it counts as stored.
      const reason = failureReason(error, "the batch could not be committed");
      for (let i = 0; i < outcomes.length; i += 1) {
        const outcome = outcomes[i] as Outcome;
        if ("result" in outcome) outcomes[i] = { label: outcome.label, error: reason };
      }
    }
    for (const outcome of outcomes) report(outcome);
  }
  // The stories the import wrote, once each now that every batch has committed.
  await refreshStoryAnalysis({ db, storyIds: written });
  return summary;
}

/**
 * Whether the next item is prepared by the deadline: a batch waits for it a little (the preparation thread
 * is usually a step ahead), but never past the deadline, so a slow fetch does not hold the write lock.
 */
async function nextReadyBy(next: Pending | undefined, deadline: number): Promise<boolean> {
  if (!next) return false;
  const remaining = deadline - performance.now();
  if (next.settled || remaining <= 0) return next.settled && remaining > 0;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    next.prepared.catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, remaining))),
  ]);
  clearTimeout(timer);
  return next.settled;
}

/** Stores one item as a nested transaction of the batch: a failure undoes this item only and is returned. */
async function storeItem(tx: Db, item: Pending): Promise<Outcome> {
  try {
    return { label: item.label, result: await ingestPrepared(await item.prepared, { within: tx }) };
  } catch (error) {
    return { label: item.label, error: failureReason(error, item.label) };
  }
}

function failureReason(error: unknown, label: string): { code: ErrorCode; message: string } {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") log("import").error({ err: error, item: label }, "import item failed");
  return { code: appError.code, message: appError.message.split("\n")[0] || "failed" };
}
