export { pollFeed, DEFAULT_POLL_LIMITS, type PollLimits, type PollOutcome } from "./poll-feed";
export { pollDueFeeds } from "./poll-due-feeds";
export { subscribeFeed } from "./subscribe-feed";
