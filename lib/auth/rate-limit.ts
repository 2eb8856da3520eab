export interface FixedWindowLimiterOptions {
  /** Events (failed sign-ins, requests) allowed per key within the window before it is refused. */
  limit: number;
  windowMs: number;
  /** Memory bound: keys tracked; past it the oldest entry is forgotten. */
  maxKeys: number;
}

/**
 * Counts events per key (a client's failed sign-ins, an API caller's requests) in a fixed window. In memory: one
 * app instance's view, which is what a small newsroom deployment has. Time is passed in.
 */
export class FixedWindowLimiter {
  private readonly counts = new Map<string, { count: number; windowStart: number }>();

  constructor(private readonly options: FixedWindowLimiterOptions) {}

  /** Milliseconds until `key` may act again, or 0 when it may act now. */
  retryAfterMs(key: string, now: number): number {
    const entry = this.counts.get(key);
    if (!entry) return 0;
    const windowEnd = entry.windowStart + this.options.windowMs;
    if (now >= windowEnd) {
      this.counts.delete(key);
      return 0;
    }
    return entry.count >= this.options.limit ? windowEnd - now : 0;
  }

  /** Counts one event for `key` at `now`. */
  record(key: string, now: number): void {
    const entry = this.counts.get(key);
    if (entry && now < entry.windowStart + this.options.windowMs) {
      entry.count += 1;
      return;
    }
    this.counts.delete(key);
    this.counts.set(key, { count: 1, windowStart: now });
    while (this.counts.size > this.options.maxKeys) {
      const oldest = this.counts.keys().next().value;
      if (oldest === undefined) break;
      this.counts.delete(oldest);
    }
  }

  forget(key: string): void {
    this.counts.delete(key);
  }
}

/** Counts one event for `key` unless it is over its limit: milliseconds to wait, or 0 when it was counted. */
export function takeFromLimiter(limiter: FixedWindowLimiter, key: string, now: number): number {
  const wait = limiter.retryAfterMs(key, now);
  if (wait === 0) limiter.record(key, now);
  return wait;
}
