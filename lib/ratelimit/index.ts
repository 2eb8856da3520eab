/** Rate limits for write paths: an in-memory token bucket per client address and route. Server only. */
import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "./client-ip";
import { TokenBucketLimiter } from "./token-bucket";

export { TokenBucketLimiter, type TokenBucketOptions, type TakeResult } from "./token-bucket";
export { clientIp, addressKey } from "./client-ip";
export { PEER_HEADER, peerAddress, peerHeaderValue } from "./peer-address";

/** One limiter per process for all write routes; keys are `route address`. */
let shared: TokenBucketLimiter | null = null;

function sharedLimiter(): TokenBucketLimiter | null {
  if (env.PARALLAX_RATE_PER_MINUTE === 0) return null;
  shared ??= new TokenBucketLimiter({
    capacity: env.PARALLAX_RATE_BURST,
    refillPerSecond: env.PARALLAX_RATE_PER_MINUTE / 60,
  });
  return shared;
}

/**
 * Throws RATE_LIMITED (429, with the seconds to wait) when the caller at this address has used up its
 * requests to `route` (PARALLAX_RATE_PER_MINUTE sustained, PARALLAX_RATE_BURST at once).
 * Call it first in a write route or action, before authentication, so guessing tokens is throttled too.
 */
export function enforceRateLimit(
  request: { headers: Pick<Headers, "get"> },
  route: string,
  limiter: TokenBucketLimiter | null = sharedLimiter(),
): void {
  if (!limiter) return;
  const address = clientIp(request.headers, env.PARALLAX_TRUSTED_PROXIES);
  const result = limiter.take(`${route} ${address}`);
  if (!result.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many requests to ${route}: try again in ${result.retryAfterSeconds} s.`,
      { retryAfterSeconds: result.retryAfterSeconds },
    );
  }
}
