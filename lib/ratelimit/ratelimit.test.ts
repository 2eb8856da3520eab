import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  addressKey,
  clientIp,
  enforceRateLimit,
  PEER_HEADER,
  peerAddress,
  peerHeaderValue,
  TokenBucketLimiter,
} from "./index";

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
  const request = (forwarded: string | null, peer: string | null) =>
    new Headers({
      ...(forwarded === null ? {} : { "x-forwarded-for": forwarded }),
      ...(peer === null ? {} : { [PEER_HEADER]: peerHeaderValue(peer) }),
    });

  it("with no trusted proxy, is the socket's address whatever X-Forwarded-For says", () => {
    expect(clientIp(request(null, "203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientIp(request("10.9.9.9", "203.0.113.9"), 0)).toBe("203.0.113.9");
    const rotating = Array.from({ length: 120 }, (_, i) =>
      clientIp(request(`198.51.100.${i}`, "203.0.113.9"), 0),
    );
    expect(new Set(rotating)).toEqual(new Set(["203.0.113.9"]));
  });

  it("behind trusted proxies, is the address the nearest trusted hop saw, never the client's own claims", () => {
    expect(clientIp(request("203.0.113.9", "10.0.0.2"), 1)).toBe("203.0.113.9");
    expect(clientIp(request("10.9.9.9, 203.0.113.9", "10.0.0.2"), 1)).toBe("203.0.113.9");
    expect(clientIp(request("1.1.1.1, 203.0.113.9, 10.0.0.3", "10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientIp(request("203.0.113.9", "10.0.0.2"), 3)).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For without a recorded socket address unless proxies are trusted", () => {
    expect(clientIp(request("203.0.113.9", null), 0)).toBe("unknown");
    expect(clientIp(request("10.9.9.9, 203.0.113.9", null), 1)).toBe("203.0.113.9");
    expect(clientIp(request("1.1.1.1, 203.0.113.9, 10.0.0.2", null), 2)).toBe("203.0.113.9");
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });

  it("never believes a peer header the client wrote itself", () => {
    const forged = new Headers({ [PEER_HEADER]: "guess 198.51.100.1" });
    expect(peerAddress(forged)).toBeNull();
    expect(clientIp(forged, 0)).toBe("unknown");
    expect(peerAddress(request(null, "198.51.100.1"))).toBe("198.51.100.1");
  });

  it("keys IPv4-mapped addresses as IPv4 and IPv6 clients by their /64", () => {
    expect(clientIp(request(null, "::ffff:203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientIp(request(null, "2001:db8:1:2:aaaa::1"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientIp(request(null, "2001:db8:1:2:bbbb::7"), 0)).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressKey("not an address")).toBe("not an address");
  });
});

describe("enforceRateLimit", () => {
  it("throws RATE_LIMITED with retryAfterSeconds once a client's requests to a route are used up", () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.1 }, () => 0);
    const from = (address: string) => ({ headers: new Headers({ [PEER_HEADER]: peerHeaderValue(address) }) });
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
