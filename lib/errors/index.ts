/**
 * The one error type the app raises on purpose. Domain code throws it with a code; routes, server actions and
 * the CLI map the code to an HTTP status or an exit message, so a user always gets one clear line.
 */
export const errorStatus = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  /** The database does not answer (down, restarting, unreachable): the app recovers by itself when it returns. */
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** For RATE_LIMITED: whole seconds until a retry may succeed (the Retry-After header). */
  readonly retryAfterSeconds?: number;
  /** For INVALID_INPUT from a form's rules: what to say beside each input at fault, by the input's name. */
  readonly fields?: Readonly<Record<string, string>>;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number; fields?: Record<string, string> },
  ) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options?.fields !== undefined) this.fields = options.fields;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Any thrown value as an AppError, so callers have one shape to report; unknown failures become INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError("INTERNAL", message, { cause: error });
}
