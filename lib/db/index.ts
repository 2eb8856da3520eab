/*
 * The only module that touches Prisma. Server code only. Read models for pages (listStories, getStory,
 * getCompareData, getArticle) are built in lib/views from these loaders plus lib/compare.
 */
import "server-only";

export type { Db } from "./client";
export { getDbConfig, getDbClient, createDb, disconnectDb } from "./client";
export { resolveDatabaseConfig, type DatabaseConfig, type DatabaseProvider } from "./config";
export { applyPendingMigrations } from "./migrations";
export { getDb } from "./ready";
export { getDatabaseStatus, type DatabaseStatus } from "./health/database-status";
export { isDatabaseAvailable } from "./health/database-gate";
export {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailable,
  isDatabaseUnreachable,
} from "./health/unreachable";
export { backupSqlite } from "./backup/backup-sqlite";
export { restoreSqlite, type RestoreResult } from "./backup/restore-sqlite";
export { upsertOutlet, type OutletInput } from "./outlets/upsert-outlet";
export {
  saveOutletFacts,
  findOutletForListRow,
  findOutletIdBySlug,
  type OutletFactKind,
  type OutletFactWrite,
  type OutletFactValues,
} from "./outlets/outlet-facts";
export { getOutletProfileRow, type OutletProfileRow } from "./outlets/outlet-profile";
export {
  inTransaction,
  withStoryAssignmentLock,
  LONG_TRANSACTION,
  type TransactionOptions,
} from "./transactions";
export { isUniqueViolation } from "./ingest/unique-violation";
export { countArticles } from "./articles/count-articles";
export {
  findExistingArticle,
  findOutletTextTwin,
  type ExistingArticle,
} from "./articles/find-existing-article";
export {
  saveArticleVersion,
  markArticleFetched,
  type ArticleVersionInput,
  type SavedArticleVersion,
} from "./articles/save-article-version";
export {
  saveNewArticle,
  writeNewArticle,
  type NewArticleInput,
  type SavedArticle,
} from "./articles/save-new-article";
export { findStoryCandidatesByKeys, findUnindexedStories, replaceStoryKeys } from "./stories/story-keys";
export { findClusteringClock } from "./stories/clustering-clock";
export { absorbStories, findMergeTarget } from "./stories/merge-stories";
export { getCorpusStats } from "./stories/corpus-stats";
export { loadStoryMembers, type StoryMemberRecord } from "./stories/load-story-members";
export { saveStoryDerived, writeStoryDerived, type StoryDerivedInput } from "./stories/save-story-derived";
export { getStoryAnalysis, type StoredStoryAnalysis } from "./stories/get-story-analysis";
export { getStoryPageStamp } from "./stories/story-page-stamp";
export { getStoryListStamp } from "./stories/story-list-stamp";
export { saveStoryAnalysis } from "./stories/save-story-analysis";
export {
  listStoryRows,
  type StoryRow,
  type ListStoriesOptions,
  type OutletCoverageFacts,
} from "./queries/list-stories";
export { getStoryRecord, getArticlesWithText, type StoryRecord } from "./queries/get-story-record";
export { getArticleRecord } from "./queries/get-article-record";
export { getArticleVersions } from "./queries/get-article-versions";
export { getStoryTexts } from "./queries/get-story-texts";
export { addFeed, type AddFeedInput } from "./feeds/add-feed";
export { changeFeed, type FeedChange } from "./feeds/manage-feeds";
export { claimDueFeeds, type DueFeed } from "./feeds/claim-due-feeds";
export { recordFeedPoll, type FeedPollRecord } from "./feeds/record-feed-poll";
export {
  findKnownFeedItems,
  markFeedItemsPending,
  recordFeedItem,
  type FeedItemOutcome,
  type KnownFeedItem,
  type NewFeedItem,
} from "./feeds/feed-items";
export { listFeedRows, type FeedRow } from "./feeds/list-feeds";
export * from "./share";
export { recordAudit, type AuditEntry } from "./audit/record-audit";
export {
  findAuditRow,
  findAuditRowAbout,
  listRecentAuditRows,
  STORY_EDIT_ACTIONS,
  STORY_UNDO_ACTION,
} from "./audit/find-audit";
export { findAbsorbedLinks, reviveStory, type AbsorbedLinks } from "./stories/revive-story";
export { findStoriesByTitle, type StoryTitleMatch } from "./stories/find-stories-by-title";
export { listAuditRows, type AuditRow } from "./audit/list-audit";
export type { ApiTokenRow } from "./tokens/api-token-row";
export { createApiToken } from "./tokens/create-api-token";
export { revokeApiToken } from "./tokens/revoke-api-token";
export { listApiTokens } from "./tokens/list-api-tokens";
export { findActiveApiToken } from "./tokens/find-active-api-token";
export { placeArticlesInStory } from "./stories/editor-placements";
export { markStoriesEdited } from "./stories/mark-stories-edited";
export { createStory } from "./stories/create-story";
export { clearEditorTitle, setEditorTitle } from "./stories/story-title";
export { createEditorSession, deleteEditorSession, isEditorSessionOpen } from "./sessions/editor-sessions";
export { findStoryState, findArticlePlacement, type StoryState } from "./stories/find-story-state";
export { loadMemberProfiles, saveStoryProfile } from "./stories/story-profiles";
export { listClusteringArticles, type ClusteringArticle } from "./stories/list-clustering-articles";
export { reassignMembership } from "./stories/reassign-membership";
export * from "./search";
export {
  DEMO_REMOVE_ACTION,
  countDemoCorpus,
  findLastDemoRemoval,
  deleteDemoCorpus,
  listDemoArticles,
  wasDemoRemoved,
  type DemoArticleRecord,
  type DemoRemoval,
} from "./demo/demo-corpus";
export * from "./jobs";
export * from "./follow";
export * from "./webhooks";
