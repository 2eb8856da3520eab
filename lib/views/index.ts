/** Read models for pages, the API and exports: lib/db loaders composed with lib/compare. Server only. */
import "server-only";

export type * from "./types";
export { listStories, getStory, findMergedStory } from "./stories";
export { getCompareData, MAX_COMPARED_ARTICLES } from "./compare";
export { getArticle } from "./article";
export { getArticleChanges } from "./article-changes";
export { listFeeds } from "./feeds";
export { exportStory, type ExportAlignment, type StoryExport } from "./export-story";
export { createShareLink, getSharedView, type SharedView, type SharedArticleView } from "./share";
export { getLastStoryEdit, findStoryChoices, type StoryEditView, type StoryChoice } from "./story-edits";
export { listAuditLog, AUDIT_PAGE_SIZE, type AuditEntryView } from "./audit";
export { getStoryComparison, COMPARISON_ALGORITHM_VERSION } from "./story-analysis";
export * from "./search";
export { exportStoryAs, EXPORT_FORMATS, type ExportFormat, type ExportFile } from "./export-formats";
export { CSV_COLUMNS } from "./export-csv";
export { getDemoCorpusSize, getLastDemoRemoval, type DemoRemovalView } from "./demo";
