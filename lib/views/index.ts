/**
 * Read models for pages, the API and exports. loaders/ read the database (and never write); shapers/ turn what
 * was read into what pages show, pure and testable without a database. Server only.
 */
import "server-only";

export type * from "./types";
export { listStories, getStory, findMergedStory } from "./loaders/stories";
export { getCompareData } from "./loaders/compare";
export {
  selectComparedArticles,
  DEFAULT_COMPARED_ARTICLES,
  MAX_COMPARED_ARTICLES,
  type CompareSelection,
} from "./shapers/compare-selection";
export { getArticle } from "./loaders/article";
export { getArticleChanges } from "./loaders/article-changes";
export { listFeeds } from "./loaders/feeds";
export { exportStory, type ExportAlignment, type StoryExport } from "./loaders/export-story";
export { createShareLink, getSharedView, type SharedView, type SharedArticleView } from "./loaders/share";
export {
  getLastStoryEdit,
  findStoryChoices,
  type StoryEditView,
  type StoryChoice,
} from "./loaders/story-edits";
export { listAuditLog, AUDIT_PAGE_SIZE, type AuditEntryView } from "./loaders/audit";
export {
  getStoryComparison,
  loadStoryComparison,
  type LoadedStoryComparison,
} from "./loaders/story-analysis";
export { COMPARISON_ALGORITHM_VERSION } from "./shapers/story-comparison";
export * from "./loaders/search";
export { exportStoryAs, EXPORT_FORMATS, type ExportFormat, type ExportFile } from "./loaders/export-formats";
export { CSV_COLUMNS } from "./shapers/export-csv";
export { getDemoCorpusSize, getLastDemoRemoval, type DemoRemovalView } from "./loaders/demo";
export * from "./follow";
export {
  getOutletProfile,
  OUTLET_PROFILE_STORIES,
  type OutletProfileView,
  type OutletFactView,
} from "./loaders/outlet";
