import "server-only";
import { toAppError, type ErrorCode } from "@/lib/errors";
import { log } from "@/lib/log";
import type { ArticleFetchOptions } from "../fetch-article";
import { ingestPrepared, type IngestResult } from "../ingest-document";
import type { PreparedArticle } from "../prepare-article";
import type { ImportItem } from "./items";
import { prepareItem } from "./prepare-item";

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

/**
 * Ingests a stream of items: fetching and analysis run a few items ahead (on worker threads when given a
 * pool), storage and clustering go one by one in input order, so the result does not depend on timing.
 * A failing item is counted with its reason and the rest go on; each stored article is its own transaction,
 * so an interrupted import keeps everything stored before it.
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
  const prepare = options.prepare ?? prepareItem;
  const pending: { label: string; prepared: Promise<PreparedArticle> }[] = [];
  const iterator = items[Symbol.asyncIterator]();
  let exhausted = false;

  const fill = async () => {
    while (!exhausted && pending.length < prefetch) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const prepared = prepare(next.value, options.fetch ?? {});
      // Settled later in order; until then a rejection must not count as unhandled.
      prepared.catch(() => undefined);
      pending.push({ label: next.value.label, prepared });
    }
  };

  await fill();
  while (pending.length > 0) {
    const head = pending.shift() as (typeof pending)[number];
    summary.total += 1;
    try {
      const result = await ingestPrepared(await head.prepared);
      if (result.status === "created") summary.created += 1;
      else if (result.status === "updated") summary.updated += 1;
      else summary.duplicates += 1;
      if (result.textChars < SHORT_TEXT_CHARS) summary.short += 1;
      options.onItem?.({ label: head.label, result }, summary);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL")
        log("import").error({ err: error, item: head.label }, "import item failed");
      const reason = appError.message.split("\n")[0] || "failed";
      summary.failed += 1;
      if (summary.failures.length < maxReported)
        summary.failures.push({ label: head.label, code: appError.code, reason });
      options.onItem?.({ label: head.label, error: { code: appError.code, message: reason } }, summary);
    }
    await fill();
  }
  return summary;
}
