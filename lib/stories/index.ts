/**
 * A story's life after ingest: editors' moves, merges and splits and their undo, re-clustering the archive, and
 * the story's derived data (headline, counts, dates, quote groups) recomputed from its members. Server only.
 */
import "server-only";

export { moveArticle, mergeStories, splitStory, type StoryEditResult } from "./edit-stories";
export { undoStoryEdit } from "./undo-edit";
export { recluster, type ReclusterOptions, type ReclusterSummary } from "./recluster";
export { refreshStory } from "./refresh-story";
export { refreshStoryAnalysis } from "./refresh-story-analysis";
export { rebuildStoryProfile } from "./rebuild-profile";
