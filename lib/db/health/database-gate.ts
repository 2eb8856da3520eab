import "server-only";
import { log } from "@/lib/log";
import { getDb } from "../ready";

/** A good answer is trusted this long: at most one ping per second however busy the site is. */
const UP_FOR_MS = 1_000;
/** While the database is away, one request in this interval pings again, so recovery shows within it. */
const DOWN_FOR_MS = 250;
/** A database slower than this to answer `SELECT 1` counts as away (a black-holed host never answers). */
const PING_TIMEOUT_MS = 2_000;

interface GateState {
  checkedAt: number;
  available: boolean;
  pending: Promise<boolean> | null;
}

// On globalThis, like the client: the proxy and the pages are separate bundles in one server process.
const globalForGate = globalThis as unknown as { parallaxDbGate?: GateState };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function ping(): Promise<boolean> {
  try {
    const db = await withTimeout(getDb(), PING_TIMEOUT_MS);
    await withTimeout(db.$queryRawUnsafe("SELECT 1"), PING_TIMEOUT_MS);
    return true;
  } catch (error) {
    log("db").warn({ err: error }, "database ping failed");
    return false;
  }
}

/**
 * Whether the database answers, from a cached `SELECT 1` (see the intervals above): the proxy asks it before
 * rendering a page, so a page request while the database is away gets a plain 503 instead of a render that
 * fails halfway (which Next.js can only answer with 500). Connections are not cached while it is away: the
 * pool drops broken ones and `getDb()` retries its first-use preparation, so recovery needs no restart.
 */
export async function isDatabaseAvailable(): Promise<boolean> {
  const state = (globalForGate.parallaxDbGate ??= { checkedAt: -Infinity, available: true, pending: null });
  const ttl = state.available ? UP_FOR_MS : DOWN_FOR_MS;
  if (performance.now() - state.checkedAt < ttl) return state.available;
  state.pending ??= ping().then((available) => {
    if (available !== state.available)
      log("db")[available ? "info" : "error"](
        { available },
        available ? "database is back" : "database is unavailable",
      );
    state.available = available;
    state.checkedAt = performance.now();
    state.pending = null;
    return available;
  });
  return state.pending;
}
