import "server-only";
import { parentPort } from "node:worker_threads";
import { toAppError } from "@/lib/errors";
import { runAnalysisTask, type AnalysisTask } from "./tasks";

/*
 * An analysis thread (analysis-threads.ts): runs the tasks it is sent (a document's analysis, a story's
 * comparison), the CPU-heavy work, so the web server's own thread keeps answering meanwhile.
 */
export interface AnalysisMessage {
  id: number;
  task: AnalysisTask;
}

parentPort?.on("message", ({ id, task }: AnalysisMessage) => {
  // The time limit runs from here, so a thread's start-up (tsx compiling the sources) never counts against it.
  parentPort?.postMessage({ id, started: true });
  try {
    parentPort?.postMessage({ id, result: runAnalysisTask(task) });
  } catch (error) {
    const appError = toAppError(error);
    parentPort?.postMessage({ id, error: { code: appError.code, message: appError.message } });
  }
});
