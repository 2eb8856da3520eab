import "server-only";
import { parentPort } from "node:worker_threads";
import { toAppError } from "@/lib/errors";
import { prepareArticle, type IngestRequest } from "./prepare-article";

/*
 * An analysis thread (analysis-threads.ts): decodes, extracts and analyses the documents it is sent, the
 * CPU-heavy half of ingestion, so the web server's own thread keeps answering while a large article is read.
 */
export interface AnalysisTask {
  id: number;
  request: IngestRequest;
}

parentPort?.on("message", (task: AnalysisTask) => {
  // The time limit runs from here, so a thread's start-up (tsx compiling the sources) never counts against it.
  parentPort?.postMessage({ id: task.id, started: true });
  try {
    parentPort?.postMessage({ id: task.id, prepared: prepareArticle(task.request) });
  } catch (error) {
    const appError = toAppError(error);
    parentPort?.postMessage({ id: task.id, error: { code: appError.code, message: appError.message } });
  }
});
