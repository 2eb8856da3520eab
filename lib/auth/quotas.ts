import "server-only";
import { AppError } from "@/lib/errors";
import type { ApiCaller } from "./api-tokens";
import { FixedWindowLimiter, takeFromLimiter } from "./rate-limit";
import { getEditor } from "./session";

const MINUTE = 60_000;
/** Write API requests per caller (token) per minute; each may carry up to 100 articles. */
export const API_REQUESTS_PER_MINUTE = 120;
/** Articles an editor may add through the form per minute (each may fetch a page). */
export const INGESTS_PER_MINUTE = 30;

const apiRequests = new FixedWindowLimiter({
  limit: API_REQUESTS_PER_MINUTE,
  windowMs: MINUTE,
  maxKeys: 10_000,
});
const ingests = new FixedWindowLimiter({ limit: INGESTS_PER_MINUTE, windowMs: MINUTE, maxKeys: 10_000 });

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Counts one write API request for the caller, or throws RATE_LIMITED when it is over its quota. */
export function takeApiRequest(caller: ApiCaller, now = Date.now()): void {
  const key = caller.kind === "configured" ? "configured" : `token:${caller.id}`;
  const wait = takeFromLimiter(apiRequests, key, now);
  if (wait > 0)
    throw new AppError(
      "RATE_LIMITED",
      `At most ${API_REQUESTS_PER_MINUTE} requests a minute per token: try again in ${seconds(wait)} s.`,
      { retryAfterSeconds: seconds(wait) },
    );
}

/** Counts one form ingest for the signed-in editor's session; a message when over the quota, else null. */
export async function ingestRateProblem(now = Date.now()): Promise<string | null> {
  const editor = await getEditor();
  if (!editor) return null;
  const wait = takeFromLimiter(ingests, `${editor.name}:${editor.issuedAt}`, now);
  return wait > 0
    ? `You have added ${INGESTS_PER_MINUTE} articles in the last minute: try again in ${seconds(wait)} s.`
    : null;
}
