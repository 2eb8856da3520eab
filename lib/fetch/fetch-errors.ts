import { AppError } from "@/lib/errors";
import { FetchError, type FetchFailureKind } from "./fetch-error";

/** "10 s", "0.2 s": timeouts as people read them. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

export function formatMegabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

export function timeoutError(ms: number, doing: string, host: string): AppError {
  return new FetchError("UNAVAILABLE", "timeout", `timed out after ${formatSeconds(ms)} ${doing} ${host}`, {
    host,
  });
}

/** The body is over the cap; `announced` is the Content-Length when the server said so up front. */
export function tooLargeError(host: string, maxBytes: number, announced?: number): AppError {
  const said = announced === undefined ? "" : ` (it announces ${formatMegabytes(announced)})`;
  return new FetchError(
    "TOO_LARGE",
    "too-large",
    `the page at ${host} is larger than the limit of ${formatMegabytes(maxBytes)}${said}`,
    { host },
  );
}

/** The error for an HTTP status that is neither success nor redirect nor 304. */
export function statusError(status: number, statusText: string | undefined, host: string): AppError {
  const answered = `${host} answered ${status}${statusText ? ` ${statusText}` : ""}`;
  const about = { host, httpStatus: status };
  if (status === 404 || status === 410)
    return new FetchError("NOT_FOUND", "http-not-found", `not found: ${answered}`, about);
  // 429 means "come back later", like a 503, not a problem with the page.
  if (status >= 500 || status === 429)
    return new FetchError("UNAVAILABLE", "http-unavailable", `the server is unavailable: ${answered}`, about);
  return new FetchError("UNPROCESSABLE", "http-refused", `the page cannot be fetched: ${answered}`, about);
}

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA", "EAI_NONAME", "ENODATA"]);
const UNREACHABLE_CODES = new Set(["EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "EADDRNOTAVAIL", "ENETDOWN"]);

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** A socket, DNS, TLS or parser failure as a one-line AppError naming the host. */
export function networkError(error: unknown, host: string): AppError {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const make = (appCode: AppError["code"], kind: FetchFailureKind, text: string) =>
    new FetchError(appCode, kind, text, { cause: error, host });
  if (DNS_CODES.has(code)) return make("UNAVAILABLE", "dns", `could not resolve ${host} (DNS lookup failed)`);
  if (code === "ECONNREFUSED")
    return make("UNAVAILABLE", "connection-refused", `${host} refused the connection`);
  if (code === "ECONNRESET" || code === "EPIPE" || message === "socket hang up") {
    return make("UNAVAILABLE", "unreachable", `the connection to ${host} closed unexpectedly`);
  }
  if (UNREACHABLE_CODES.has(code))
    return make("UNAVAILABLE", "unreachable", `could not reach ${host} (${code})`);
  if (code.startsWith("HPE_"))
    return make("UNPROCESSABLE", "bad-response", `${host} sent an invalid HTTP response`);
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return make("UNAVAILABLE", "tls", `secure connection to ${host} failed: ${message}`);
  }
  // request-filtering-agent's own refusal; our guard normally refuses first with a clearer message.
  if (/is not allowed\. Because/.test(message)) {
    return make("FORBIDDEN", "blocked-address", `refused: ${host} is not a public address`);
  }
  return make("UNAVAILABLE", "unreachable", `fetching from ${host} failed: ${message}`);
}
