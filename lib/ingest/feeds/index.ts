export { pollFeed, DEFAULT_POLL_LIMITS, type PollLimits, type PollOutcome } from "./poll-feed";
export { ingestFeedItem, type FeedItemResult, type FeedItemTask } from "./ingest-feed-item";
export { pollDueFeeds } from "./poll-due-feeds";
export { manageFeed, subscribeFeed } from "./subscribe-feed";
