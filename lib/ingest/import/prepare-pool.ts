import "server-only";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { ArticleFetchOptions } from "../fetch-article";
import type { PreparedArticle } from "../prepare-article";
import type { ImportItem } from "./items";
import type { PrepareTask } from "./prepare-worker";
import { startTsxWorker } from "@/lib/threads";

type Reply =
  { id: number; prepared: PreparedArticle } | { id: number; error: { code: ErrorCode; message: string } };

export interface PreparePool {
  prepare(item: ImportItem, fetch: ArticleFetchOptions): Promise<PreparedArticle>;
  close(): Promise<void>;
}

/** Threads worth starting: one per core beyond the main thread's, at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}

/**
 * Worker threads that fetch and analyse import items, round robin. For the CLI (run by tsx): the threads load
 * the TypeScript sources through tsx. A thread that dies rejects what it had in hand.
 */
export function startPreparePool(size = defaultPoolSize()): PreparePool {
  const url = new URL("./prepare-worker.ts", import.meta.url);
  const pending = new Map<number, { resolve: (p: PreparedArticle) => void; reject: (e: Error) => void }>();
  const fail = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = startTsxWorker(url.href);
    worker.on("message", (reply: Reply) => {
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiter) return;
      if ("prepared" in reply) waiter.resolve(reply.prepared);
      else waiter.reject(new AppError(reply.error.code, reply.error.message));
    });
    worker.on("error", (error) =>
      fail(new AppError("INTERNAL", `a preparation thread failed: ${error.message}`)),
    );
    return worker;
  });
  let next = 0;
  return {
    prepare(item, fetch) {
      const id = next++;
      const worker = workers[id % workers.length] as Worker;
      return new Promise<PreparedArticle>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const task: PrepareTask = { id, item, fetch };
        worker.postMessage(task);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
