export { parseFeed, FEED_LIMITS } from "./parse-feed";
export { discoverFeedLinks, MAX_FEED_LINKS, type FeedLink } from "./discover";
export { parseFeedDate } from "./dates";
export {
  nextPoll,
  MIN_INTERVAL_MINUTES,
  MAX_BACKOFF_MINUTES,
  MAX_RETRY_AFTER_MINUTES,
  JITTER_SHARE,
  type PollInput,
  type PollResult,
  type PollSchedule,
} from "./schedule";
export {
  feedHealth,
  median,
  FAILING_AFTER_FAILURES,
  SHORT_EXTRACT_MEDIAN_CHARS,
  VERY_SHORT_EXTRACT_CHARS,
  VERY_SHORT_EXTRACT_SHARE,
  MIN_EXTRACT_SAMPLES,
  EXTRACT_SAMPLE_SIZE,
  EMPTY_POLLS_FOR_WARNING,
  type FeedHealth,
  type FeedHealthInput,
  type FeedHealthState,
} from "./health";
export type { FeedFormat, FeedItem, ParsedFeed, ParseFeedOptions, SkipReason } from "./types";
