import type { StoryRecord } from "@/lib/db";
import { prepareArticle, type IngestRequest, type PreparedArticle } from "@/lib/ingest/prepare-article";
import type { StoryComparisonPayload } from "@/lib/views/types";
import { storyComparisonPayload } from "@/lib/views/shapers/story-comparison";
import type { ComparedArticleText } from "@/lib/views/shapers/compare-articles";

/*
 * The CPU-heavy work that runs off the web server's thread, as plain data in and out (it crosses a thread by
 * structured clone): one document's analysis, and one story's comparison (sentence alignment and diffs over
 * every member's text, which for a 1 MB article is a few hundred milliseconds).
 */
export type AnalysisTask =
  | { kind: "prepare"; request: IngestRequest }
  | { kind: "compare"; record: StoryRecord; texts: readonly ComparedArticleText[] };

export interface AnalysisResults {
  prepare: PreparedArticle;
  compare: StoryComparisonPayload;
}

/** Runs one task where it is called: on an analysis thread, or inline when threads are off. */
export function runAnalysisTask(task: AnalysisTask): AnalysisResults[AnalysisTask["kind"]] {
  return task.kind === "prepare"
    ? prepareArticle(task.request)
    : storyComparisonPayload(task.record, task.texts);
}
