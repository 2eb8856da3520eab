export {
  ANALYSIS_WORKER_ENTRY,
  compareStoryOffThread,
  prepareArticleOffThread,
  startAnalysisThreads,
  type AnalysisThreadOptions,
  type AnalysisThreads,
} from "./analysis-threads";
export { startTsxWorker } from "./tsx-worker";
