import "server-only";
import { parentPort } from "node:worker_threads";
import { toAppError } from "@/lib/errors";
import type { ArticleFetchOptions } from "../fetch-article";
import type { ImportItem } from "./items";
import { prepareItem } from "./prepare-item";
import type { StoryRecord } from "@/lib/db";
import type { ComparedArticleText } from "@/lib/views/shapers/compare-articles";

/*
 * A worker thread of the preparation pool: fetches and analyses the items it is sent (the CPU-heavy half of
 * ingestion) while the main thread stores and clusters, so a bulk import uses more than one core.
 */
export interface PrepareTask {
  id: number;
  item: ImportItem;
  fetch: ArticleFetchOptions;
}

/** A story's comparison, asked for at an import's end (PreparePool.comparers). */
export interface CompareTask {
  id: number;
  record: StoryRecord;
  texts: readonly ComparedArticleText[];
}

export type PoolTask = PrepareTask | CompareTask;

parentPort?.on("message", (task: PoolTask) => {
  const fail = (error: unknown) => {
    const appError = toAppError(error);
    parentPort?.postMessage({ id: task.id, error: { code: appError.code, message: appError.message } });
  };
  if ("record" in task) {
    // Loaded on the first comparison only: an import that compares nothing here does not pay for it.
    import("@/lib/views/shapers/story-comparison")
      .then(({ storyComparisonPayload }) =>
        parentPort?.postMessage({ id: task.id, compared: storyComparisonPayload(task.record, task.texts) }),
      )
      .catch(fail);
    return;
  }
  prepareItem(task.item, task.fetch).then(
    (prepared) => parentPort?.postMessage({ id: task.id, prepared }),
    fail,
  );
});
