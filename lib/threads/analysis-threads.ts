import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { AppError, type ErrorCode } from "@/lib/errors";
import { log } from "@/lib/log";
import type { StoryRecord } from "@/lib/db";
import type { IngestRequest, PreparedArticle } from "@/lib/ingest/prepare-article";
import type { ComparedArticleText } from "@/lib/views/shapers/compare-articles";
import type { StoryComparisonPayload } from "@/lib/views/types";
import type { AnalysisMessage } from "./analysis-worker";
import { runAnalysisTask, type AnalysisResults, type AnalysisTask } from "./tasks";
import { startTsxWorker } from "./tsx-worker";

/*
 * Analysis off the calling thread. The web server handles every request on one thread; an article of 400,000
 * quotation marks takes seconds to analyse, and its story's comparison a few hundred milliseconds more: done
 * there, either would stall every page and /api/health for that long. So documents are analysed, and stories
 * compared, by worker threads, one task at a time each, and a task that runs past its time is refused and its
 * thread replaced (a thread cannot be interrupted otherwise).
 *
 * The threads run the TypeScript sources through tsx, as the import pool does, from the project directory the
 * server runs in (`next start` runs there). Where the sources are not found, analysis runs inline.
 */

type Reply =
  | { id: number; started: true }
  | { id: number; result: AnalysisResults[AnalysisTask["kind"]] }
  | { id: number; error: { code: ErrorCode; message: string } };

interface Task {
  id: number;
  task: AnalysisTask;
  resolve: (result: AnalysisResults[AnalysisTask["kind"]]) => void;
  reject: (error: Error) => void;
}

export interface AnalysisThreadOptions {
  /** Threads to run; 0 analyses inline. */
  threads: number;
  /** How long one task may take (from when its thread starts on it) before it is refused. */
  timeoutMs: number;
  /** The worker's TypeScript entry. */
  entry: string;
}

/** One worker thread and its queue: one task in hand at a time, so a time limit is the task's own. */
class AnalysisThread {
  private worker: Worker | null = null;
  private readonly queue: Task[] = [];
  private current: { task: Task; timer: NodeJS.Timeout | null } | null = null;

  constructor(private readonly options: AnalysisThreadOptions) {}

  get load(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  run<K extends AnalysisTask["kind"]>(
    id: number,
    task: AnalysisTask & { kind: K },
  ): Promise<AnalysisResults[K]> {
    return new Promise<AnalysisResults[K]>((resolve, reject) => {
      // The reply to a task of kind K is that kind's result (runAnalysisTask on the thread).
      this.queue.push({ id, task, resolve: resolve as Task["resolve"], reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    const closed = new AppError("INTERNAL", "the analysis threads were closed");
    for (const task of this.queue.splice(0)) task.reject(closed);
    this.finish()?.reject(closed);
    await worker?.terminate();
  }

  private pump(): void {
    if (this.current) return;
    const task = this.queue.shift();
    if (!task) {
      // Idle, the thread keeps no process alive (a CLI command ends when its work does).
      this.worker?.unref();
      return;
    }
    const worker = (this.worker ??= this.start());
    worker.ref();
    this.current = { task, timer: null };
    const message: AnalysisMessage = { id: task.id, task: task.task };
    worker.postMessage(message);
  }

  private finish(): Task | null {
    const current = this.current;
    if (!current) return null;
    if (current.timer) clearTimeout(current.timer);
    this.current = null;
    return current.task;
  }

  private start(): Worker {
    const worker = startTsxWorker(pathToFileURL(this.options.entry).href);
    worker.on("message", (reply: Reply) => {
      const current = this.current;
      if (this.worker !== worker || current?.task.id !== reply.id) return;
      if ("started" in reply) {
        current.timer = setTimeout(() => this.timeOut(worker), this.options.timeoutMs);
        current.timer.unref();
        return;
      }
      const task = this.finish();
      if ("result" in reply) task?.resolve(reply.result);
      else task?.reject(new AppError(reply.error.code, reply.error.message));
      this.pump();
    });
    worker.on("error", (error) => this.lose(worker, `the analysis thread failed: ${error.message}`));
    worker.on("exit", () => this.lose(worker, "the analysis thread stopped"));
    return worker;
  }

  /** The thread died under a task: that task fails, the queue goes on with a fresh thread. */
  private lose(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.finish()?.reject(new AppError("INTERNAL", message));
    this.pump();
  }

  /** The thread is stuck on one task: refuse it in plain words and replace the thread. */
  private timeOut(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const seconds = Math.round(this.options.timeoutMs / 1000);
    const task = this.finish();
    task?.reject(
      new AppError(
        "UNPROCESSABLE",
        task.task.kind === "prepare"
          ? `The document took longer than ${seconds} s to analyse, so it was not stored. Shorten it or split it into parts.`
          : `The story's comparison took longer than ${seconds} s, so it was not computed.`,
      ),
    );
    void worker.terminate();
    this.pump();
  }
}

export interface AnalysisThreads {
  /** Decode, extract and analyse one document. */
  prepare(request: IngestRequest): Promise<PreparedArticle>;
  /** A story's comparison from its record and its framed members' texts (storyComparisonPayload). */
  compare(record: StoryRecord, texts: readonly ComparedArticleText[]): Promise<StoryComparisonPayload>;
  close(): Promise<void>;
}

/** Threads as configured; each task goes to the least busy thread. */
export function startAnalysisThreads(options: AnalysisThreadOptions): AnalysisThreads {
  if (options.threads === 0) {
    return {
      prepare: async (request) => runAnalysisTask({ kind: "prepare", request }) as PreparedArticle,
      compare: async (record, texts) =>
        runAnalysisTask({ kind: "compare", record, texts }) as StoryComparisonPayload,
      close: async () => undefined,
    };
  }
  const threads = Array.from({ length: options.threads }, () => new AnalysisThread(options));
  let next = 0;
  const leastBusy = () => threads.reduce((best, t) => (t.load < best.load ? t : best));
  return {
    prepare: (request) => leastBusy().run(next++, { kind: "prepare", request }),
    compare: (record, texts) => leastBusy().run(next++, { kind: "compare", record, texts }),
    async close() {
      await Promise.all(threads.map((t) => t.close()));
    },
  };
}

/** Where the worker's source lives: beside this file in the project the server runs from. */
export const ANALYSIS_WORKER_ENTRY = path.join(process.cwd(), "lib", "threads", "analysis-worker.ts");

const globalForThreads = globalThis as typeof globalThis & { parallaxAnalysisThreads?: AnalysisThreads };

/** The process's analysis threads, started on first use from the environment's settings. */
function analysisThreads(): AnalysisThreads {
  if (globalForThreads.parallaxAnalysisThreads) return globalForThreads.parallaxAnalysisThreads;
  let threads = env.PARALLAX_ANALYSIS_THREADS;
  if (threads > 0 && !existsSync(ANALYSIS_WORKER_ENTRY)) {
    log("threads").warn(
      { entry: ANALYSIS_WORKER_ENTRY },
      "the analysis worker's source is not here; analysing on the server's thread",
    );
    threads = 0;
  }
  globalForThreads.parallaxAnalysisThreads = startAnalysisThreads({
    threads,
    timeoutMs: env.PARALLAX_ANALYSIS_TIMEOUT_SECONDS * 1000,
    entry: ANALYSIS_WORKER_ENTRY,
  });
  return globalForThreads.parallaxAnalysisThreads;
}

/** Decode → extract → analyse one document off the calling thread (see above). */
export function prepareArticleOffThread(request: IngestRequest): Promise<PreparedArticle> {
  return analysisThreads().prepare(request);
}

/** A story's comparison computed off the calling thread (see above). */
export function compareStoryOffThread(
  record: StoryRecord,
  texts: readonly ComparedArticleText[],
): Promise<StoryComparisonPayload> {
  return analysisThreads().compare(record, texts);
}
