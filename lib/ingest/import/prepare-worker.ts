import "server-only";
import { parentPort } from "node:worker_threads";
import { toAppError } from "@/lib/errors";
import type { ArticleFetchOptions } from "../fetch-article";
import type { ImportItem } from "./items";
import { prepareItem } from "./prepare-item";

/*
 * A worker thread of the preparation pool: fetches and analyses the items it is sent (the CPU-heavy half of
 * ingestion) while the main thread stores and clusters, so a bulk import uses more than one core.
 */
export interface PrepareTask {
  id: number;
  item: ImportItem;
  fetch: ArticleFetchOptions;
}

parentPort?.on("message", (task: PrepareTask) => {
  prepareItem(task.item, task.fetch).then(
    (prepared) => parentPort?.postMessage({ id: task.id, prepared }),
    (error: unknown) => {
      const appError = toAppError(error);
      parentPort?.postMessage({ id: task.id, error: { code: appError.code, message: appError.message } });
    },
  );
});
