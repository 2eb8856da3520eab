/** Token-bucket limits: `capacity` requests at once, refilled at `refillPerSecond`. */
export interface TokenBucketOptions {
  /** Largest burst: a fresh key may make this many requests at once. */
  capacity: number;
  /** Sustained rate: tokens added per second, up to `capacity`. */
  refillPerSecond: number;
  /** Keys remembered at most; the least recently seen are forgotten first (bounded memory under a flood). */
  maxKeys?: number;
}

export type TakeResult =
  { allowed: true; remaining: number } | { allowed: false; remaining: 0; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedMs: number;
}

const DEFAULT_MAX_KEYS = 10_000;

/**
 * An in-memory token bucket per key (one process: instances behind a load balancer each keep their own).
 * The clock is passed in, so tests (and anyone replaying) control time.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerSecond: number;
  private readonly maxKeys: number;

  constructor(
    options: TokenBucketOptions,
    private readonly now: () => number = Date.now,
  ) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
      throw new Error("a token bucket needs a capacity of at least 1 and a positive refill rate");
    }
    this.capacity = options.capacity;
    this.refillPerSecond = options.refillPerSecond;
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /** Takes one token for `key`: allowed, or refused with the whole seconds until a token is back. */
  take(key: string): TakeResult {
    const nowMs = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedMs: nowMs };
    const elapsedSeconds = Math.max(0, nowMs - bucket.updatedMs) / 1000;
    bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsedSeconds * this.refillPerSecond);
    bucket.updatedMs = nowMs;
    // Re-inserting moves the key to the end: the Map's order is least recently seen first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.forgetOldest();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerSecond));
    return { allowed: false, remaining: 0, retryAfterSeconds };
  }

  /** Keys currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  private forgetOldest(): void {
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) return;
      this.buckets.delete(oldest.value);
    }
  }
}
