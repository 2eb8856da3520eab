export interface PollLimits {
  /** New items ingested (or queued) per poll; the rest wait for the next poll, so one huge feed cannot stall the others. */
  maxNewItems: number;
  /** A failed item is retried on later polls until it has failed this many times. */
  maxItemAttempts: number;
  /** Extracted lengths kept per feed for the "suspiciously short" warning. */
  recentLengths: number;
  /** An item still pending this long after it was queued (its job was lost) is queued again. */
  stalePendingMs: number;
}

export const DEFAULT_POLL_LIMITS: PollLimits = {
  maxNewItems: 50,
  maxItemAttempts: 3,
  recentLengths: 20,
  stalePendingMs: 6 * 60 * 60_000,
};
