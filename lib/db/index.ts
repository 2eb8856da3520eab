/*
 * The only module that touches Prisma. Server code only. Read models for pages (listStories, getStory,
 * getCompareData, getArticle) are built in lib/views from these loaders plus lib/compare.
 */
import "server-only";

export type { Db } from "./client";
export { getDbConfig, createDb, disconnectDb } from "./client";
export { resolveDatabaseConfig, type DatabaseConfig, type DatabaseProvider } from "./config";
export { applyPendingMigrations } from "./migrations";
export { getDb } from "./ready";
export { upsertOutlet, type OutletInput } from "./outlets/upsert-outlet";
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
  type NewArticleInput,
  type QuotationInput,
  type SavedArticle,
} from "./articles/save-new-article";
export { findStoryCandidatesByKeys, findUnindexedStories, replaceStoryKeys } from "./stories/story-keys";
export { absorbStories, findMergeTarget } from "./stories/merge-stories";
export { getCorpusStats } from "./stories/corpus-stats";
export { loadStoryMembers, type StoryMemberRecord } from "./stories/load-story-members";
export { saveStoryDerived, type StoryDerivedInput } from "./stories/save-story-derived";
export { listStoryRows, type StoryRow, type ListStoriesOptions } from "./queries/list-stories";
export { getStoryRecord, getArticlesWithText, type StoryRecord } from "./queries/get-story-record";
export { getArticleRecord } from "./queries/get-article-record";
export { getArticleVersions } from "./queries/get-article-versions";
export { getStoryTexts } from "./queries/get-story-texts";
export { addFeed, setFeedActive, type AddFeedInput } from "./feeds/add-feed";
export { claimDueFeeds, type DueFeed } from "./feeds/claim-due-feeds";
export { recordFeedPoll, type FeedPollRecord } from "./feeds/record-feed-poll";
export {
  findKnownFeedItems,
  recordFeedItem,
  type FeedItemOutcome,
  type KnownFeedItem,
} from "./feeds/feed-items";
export { listFeedRows, type FeedRow } from "./feeds/list-feeds";
export * from "./search";
