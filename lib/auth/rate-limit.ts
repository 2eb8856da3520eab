export interface FailedAttemptLimiterOptions {
  /** Failures allowed per client within the window before it is refused. */
  maxFailures: number;
  windowMs: number;
  /** Memory bound: clients tracked; past it the oldest entry is forgotten. */
  maxClients: number;
}

/**
 * Counts failed sign-ins per client (IP address) in a fixed window, so guessing the password is slow. In
 * memory: one app instance's view, which is what a small newsroom deployment has. Time is passed in.
 */
export class FailedAttemptLimiter {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();

  constructor(private readonly options: FailedAttemptLimiterOptions) {}

  /** Milliseconds until `client` may try again, or 0 when it may try now. */
  retryAfterMs(client: string, now: number): number {
    const entry = this.failures.get(client);
    if (!entry) return 0;
    const windowEnd = entry.windowStart + this.options.windowMs;
    if (now >= windowEnd) {
      this.failures.delete(client);
      return 0;
    }
    return entry.count >= this.options.maxFailures ? windowEnd - now : 0;
  }

  recordFailure(client: string, now: number): void {
    const entry = this.failures.get(client);
    if (entry && now < entry.windowStart + this.options.windowMs) {
      entry.count += 1;
      return;
    }
    this.failures.delete(client);
    this.failures.set(client, { count: 1, windowStart: now });
    while (this.failures.size > this.options.maxClients) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  recordSuccess(client: string): void {
    this.failures.delete(client);
  }
}
