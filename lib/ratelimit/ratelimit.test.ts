import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { clientIp, enforceRateLimit, TokenBucketLimiter } from "./index";

function clock(startMs = 0) {
  let nowMs = startMs;
  return { now: () => nowMs, advance: (ms: number) => (nowMs += ms) };
}

describe("TokenBucketLimiter", () => {
  it("allows a burst of `capacity`, then refuses with the seconds until a token is back", () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5 }, time.now);
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 2 });
    time.advance(1000);
    expect(limiter.take("a")).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    time.advance(1000);
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("keeps keys apart and refills no further than the capacity", () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1 }, time.now);
    limiter.take("a");
    limiter.take("a");
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true);
    time.advance(60_000);
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("remembers at most maxKeys keys, forgetting the least recently seen", () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 2 }, () => 0);
    limiter.take("a");
    limiter.take("b");
    limiter.take("a");
    limiter.take("c"); // forgets b, the least recently seen
    expect(limiter.size).toBe(2);
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true);
  });

  it("refuses nonsense limits", () => {
    expect(() => new TokenBucketLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow();
    expect(() => new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow();
  });
});

describe("clientIp", () => {
  const headers = (forwarded: string) => new Headers({ "x-forwarded-for": forwarded });

  it("takes the address the nearest trusted hop saw, never the client's own claims", () => {
    expect(clientIp(headers("203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientIp(headers("10.9.9.9, 203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientIp(headers("10.9.9.9, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(headers("1.1.1.1, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientIp(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });
});

describe("enforceRateLimit", () => {
  it("throws RATE_LIMITED with retryAfterSeconds once a client's requests to a route are used up", () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.1 }, () => 0);
    const from = (address: string) => ({ headers: new Headers({ "x-forwarded-for": address }) });
    enforceRateLimit(from("203.0.113.1"), "POST /x", limiter);
    enforceRateLimit(from("203.0.113.1"), "POST /y", limiter);
    enforceRateLimit(from("203.0.113.2"), "POST /x", limiter);
    let error: unknown;
    try {
      enforceRateLimit(from("203.0.113.1"), "POST /x", limiter);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429, retryAfterSeconds: 10 });
    expect(() => enforceRateLimit(from("203.0.113.1"), "POST /x", null)).not.toThrow();
  });
});
