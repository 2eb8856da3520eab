export { pollFeed, DEFAULT_POLL_LIMITS, type PollLimits, type PollOutcome } from "./poll-feed";
export { pollDueFeeds, runFeedWorker, type WorkerOptions } from "./run-worker";
export { subscribeFeed } from "./subscribe-feed";
