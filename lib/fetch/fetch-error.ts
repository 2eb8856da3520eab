import { AppError, type ErrorCode } from "@/lib/errors";

/**
 * What went wrong with a fetch, as a fact the reader-facing wording (plain-words.ts) is chosen by: the message
 * stays technical (logs, CLI detail), the kind says what happened in words anyone can act on.
 */
export type FetchFailureKind =
  | "invalid-url"
  | "blocked-address"
  | "dns"
  | "connection-refused"
  | "unreachable"
  | "tls"
  | "timeout"
  | "http-refused"
  | "http-not-found"
  | "http-unavailable"
  | "too-large"
  | "wrong-type"
  | "bad-response"
  | "redirects"
  | "cancelled";

/** A fetch's failure: an AppError (same code and message as before) that also says which kind it is. */
export class FetchError extends AppError {
  readonly kind: FetchFailureKind;
  readonly host: string | null;
  /** The HTTP status, for the http-* kinds. */
  readonly httpStatus: number | null;

  constructor(
    code: ErrorCode,
    kind: FetchFailureKind,
    message: string,
    options: { cause?: unknown; host?: string | null; httpStatus?: number | null } = {},
  ) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "FetchError";
    this.kind = kind;
    this.host = options.host ?? null;
    this.httpStatus = options.httpStatus ?? null;
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
