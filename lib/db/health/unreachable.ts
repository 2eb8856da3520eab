import { AppError } from "@/lib/errors";

/** What a user sees while the database is away: pages, the API and the CLI say the same. */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable, try again shortly.";
/** The Retry-After (seconds) of every "database unavailable" answer. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Prisma's codes for "could not reach / lost / timed out waiting for" the database server. */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapters' kinds for the same (DriverAdapterError.cause.kind). */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** Node and pg errors seen when a connection is refused or drops mid-query. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "57P01"]);

function looksUnreachable(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { code, kind, message } = value as { code?: unknown; kind?: unknown; message?: unknown };
  if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  return (
    typeof message === "string" && /Connection terminated unexpectedly|Can't reach database/.test(message)
  );
}

/**
 * Whether a failure means the database server is away rather than that the request was wrong: follows
 * `cause`, Prisma's `meta.driverAdapterError` and AggregateError members (a refused connection to a host
 * with several addresses), a few levels deep.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  if (error instanceof AppError) return error.code === "DATABASE_UNAVAILABLE";
  if (looksUnreachable(error)) return true;
  const { cause, meta } = error as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const inner = [cause, meta?.driverAdapterError, ...(error instanceof AggregateError ? error.errors : [])];
  return inner.some((e) => isDatabaseUnreachable(e, depth + 1));
}

/** The one error for "the database is away", with the original failure as its cause (for the log). */
export function databaseUnavailable(cause?: unknown): AppError {
  return new AppError("DATABASE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, {
    cause,
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}
