import { AppError } from "@/lib/errors";

export type PollResult = "ok" | "not-modified" | "error";

export interface PollInput {
  now: Date;
  /** The feed's normal polling interval. */
  intervalMinutes: number;
  /** Failed polls in a row, counting the one that just ended when lastResult is "error". */
  consecutiveFailures: number;
  lastResult: PollResult;
  /** The server's Retry-After (429, 503, sometimes 301), in seconds; an HTTP-date must be converted by the caller. */
  retryAfterSeconds?: number | null;
  /** A stable key (the feed's id) from which a fixed jitter is derived, so feeds added together drift apart. */
  jitterKey?: string | null;
}

export interface PollSchedule {
  nextPollAt: Date;
  /** Minutes from now to nextPollAt (whole minutes, jitter included). */
  backoffMinutes: number;
}

/** Politeness floor: polling a feed more often than this gains nothing and gets crawlers blocked. */
export const MIN_INTERVAL_MINUTES = 5;
/** Back-off ceiling: a broken feed is still retried daily, so it recovers on its own within a day of being fixed. */
export const MAX_BACKOFF_MINUTES = 24 * 60;
/** Retry-After is honoured up to a week; beyond that a misconfigured server would park the feed for good. */
export const MAX_RETRY_AFTER_MINUTES = 7 * 24 * 60;
/** Jitter adds up to this share of the delay: enough to spread a batch of feeds, too little to matter to one. */
export const JITTER_SHARE = 0.1;
/** 2^failures stops growing here; the ceiling is reached long before anyway. */
const MAX_EXPONENT = 20;

/**
 * A fixed fraction in [0, 1) from a key: FNV-1a, then MurmurHash3's finaliser so that keys differing only in
 * their last character ("feed-a", "feed-b") land far apart. Not a security hash; it only spreads feeds.
 */
function fraction(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

/**
 * When to poll a feed next. After "ok" or "not-modified": the interval. After "error": interval × 2^failures,
 * at most MAX_BACKOFF_MINUTES (never less than the interval). A Retry-After is honoured (up to a week) when it
 * asks for longer. Deterministic: the time comes from `now`, jitter from `jitterKey`.
 */
export function nextPoll(input: PollInput): PollSchedule {
  const { now, intervalMinutes, lastResult } = input;
  if (Number.isNaN(now.getTime())) throw new AppError("INVALID_INPUT", "now is not a valid date.");
  if (!Number.isFinite(intervalMinutes) || intervalMinutes <= 0) {
    throw new AppError("INVALID_INPUT", `intervalMinutes must be a positive number, not ${intervalMinutes}.`);
  }
  const interval = Math.max(MIN_INTERVAL_MINUTES, Math.ceil(intervalMinutes));
  let delay = interval;
  if (lastResult === "error") {
    const failures = Math.min(MAX_EXPONENT, Math.max(1, Math.floor(input.consecutiveFailures) || 0));
    delay = Math.max(interval, Math.min(interval * 2 ** failures, MAX_BACKOFF_MINUTES));
  }
  const retryAfter = input.retryAfterSeconds;
  if (typeof retryAfter === "number" && Number.isFinite(retryAfter) && retryAfter > 0) {
    delay = Math.max(delay, Math.min(Math.ceil(retryAfter / 60), MAX_RETRY_AFTER_MINUTES));
  }
  if (input.jitterKey) delay += Math.floor(fraction(input.jitterKey) * JITTER_SHARE * delay);
  return { nextPollAt: new Date(now.getTime() + delay * 60_000), backoffMinutes: delay };
}
