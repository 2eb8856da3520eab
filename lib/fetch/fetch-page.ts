import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { AppError, type ErrorCode } from "@/lib/errors";
import { decodeText, detectCharset } from "@/lib/text";
import { parseAllowList } from "./address-guard";
import { acceptedTypes, acceptHeader, documentKind } from "./content-type";
import { ACCEPT_ENCODING } from "./decompress";
import { exchange, type HopResult, type HopSettings } from "./exchange";
import { timeoutError } from "./fetch-errors";
import type { FetchedPage, FetchOptions } from "./types";
import { FetchError } from "./fetch-error";

export const DEFAULT_USER_AGENT =
  "Parallax/0.1 (+https://github.com/parallax-news/parallax; news comparison)";

/** Defaults of the limits in FetchOptions. `maxBytes` matches the upload limit (MAX_DOCUMENT_BYTES). */
export const DEFAULT_FETCH_LIMITS = {
  connectTimeoutMs: 10_000,
  readTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

function limit(name: keyof typeof DEFAULT_FETCH_LIMITS, options: FetchOptions): number {
  const value = options[name] ?? DEFAULT_FETCH_LIMITS[name];
  const valid =
    name === "maxRedirects" ? Number.isInteger(value) && value >= 0 : Number.isFinite(value) && value > 0;
  if (!valid)
    throw new AppError("INVALID_INPUT", `fetch option ${name} must be a positive number, not ${value}`);
  return value;
}

/**
 * An http(s) URL without credentials, resolved against `base` for redirects. `code` is INVALID_INPUT for
 * the caller's URL and UNPROCESSABLE for a server's redirect (the page is at fault, not the caller).
 */
function parseUrl(input: string, base: URL | undefined, code: ErrorCode): URL {
  const from = base ? `${base.hostname} redirected to` : "";
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw new FetchError(
      code,
      base ? "redirects" : "invalid-url",
      base ? `${from} an invalid URL: ${input}` : `not a valid URL: ${input}`,
      { host: base?.hostname ?? null },
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    const what = `${url.protocol} URL; only http and https are fetched`;
    throw new FetchError(
      code,
      base ? "redirects" : "invalid-url",
      base ? `${from} a ${what}` : `refused: a ${what}`,
      {
        host: base?.hostname ?? null,
      },
    );
  }
  if (url.username || url.password) {
    const what = "a URL with a user name or password, which is not fetched";
    throw new FetchError(
      code,
      base ? "redirects" : "invalid-url",
      base ? `${from} ${what}` : `refused: ${what}`,
      {
        host: base?.hostname ?? null,
      },
    );
  }
  url.hash = "";
  return url;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function requestHeaders(options: FetchOptions, accepted: readonly string[]): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
    accept: acceptHeader(accepted),
    "accept-encoding": ACCEPT_ENCODING,
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) {
    headers["if-modified-since"] =
      options.lastModified instanceof Date ? options.lastModified.toUTCString() : options.lastModified;
  }
  return headers;
}

/**
 * GET a web page or feed over http(s) and decode it to text. Follows up to `maxRedirects` redirects,
 * checking every hop's address (no private, loopback, link-local, metadata… addresses unless
 * `allowPrivateNetwork`), refuses types other than `accept`, caps the decompressed body at `maxBytes`, and
 * detects the charset. Every failure is an AppError with a one-line message naming the host.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const connectTimeoutMs = limit("connectTimeoutMs", options);
  const readTimeoutMs = limit("readTimeoutMs", options);
  const maxRedirects = limit("maxRedirects", options);
  const accepted = acceptedTypes(options.accept ?? "article");
  const allowAddresses = options.allowAddresses ?? [];
  const settings: HopSettings = {
    connectTimeoutMs,
    maxBytes: limit("maxBytes", options),
    headers: requestHeaders(options, accepted),
    accepted,
    policy: {
      allowPrivateNetwork: options.allowPrivateNetwork ?? false,
      allowAddresses: parseAllowList(allowAddresses),
    },
    allowAddresses,
    lookup: options.lookup,
  };
  const requested = parseUrl(url, undefined, "INVALID_INPUT");

  let current = requested;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(timeoutError(readTimeoutMs, "fetching from", current.hostname)),
    readTimeoutMs,
  );
  const cancel = () =>
    controller.abort(
      new FetchError("UNAVAILABLE", "cancelled", `cancelled fetching from ${current.hostname}`, {
        host: current.hostname,
        cause: options.signal?.reason,
      }),
    );
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener("abort", cancel, { once: true });

  try {
    const redirects: string[] = [];
    const seen = new Set([requested.href]);
    for (;;) {
      let hop = await exchange(current, settings, controller.signal, true);
      if (hop.kind === "retry") hop = await exchange(current, settings, controller.signal, false);
      if (hop.kind === "retry") {
        throw new FetchError(
          "UNAVAILABLE",
          "unreachable",
          `the connection to ${current.hostname} closed unexpectedly`,
          {
            host: current.hostname,
          },
        );
      }
      if (hop.kind !== "redirect") return toPage(hop, requested, current, redirects, options);
      const next = parseUrl(hop.location, current, "UNPROCESSABLE");
      redirects.push(current.href);
      if (seen.has(next.href)) {
        throw new FetchError(
          "UNPROCESSABLE",
          "redirects",
          `redirect loop: ${current.href} redirects back to ${next.href}`,
          {
            host: current.hostname,
          },
        );
      }
      if (redirects.length > maxRedirects) {
        throw new FetchError(
          "UNPROCESSABLE",
          "redirects",
          `too many redirects: ${requested.href} redirected more than ${maxRedirects} times`,
          { host: current.hostname },
        );
      }
      seen.add(next.href);
      current = next;
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

function toPage(
  hop: Exclude<HopResult, { kind: "redirect" | "retry" }>,
  requested: URL,
  final: URL,
  redirects: string[],
  options: FetchOptions,
): FetchedPage {
  const common = {
    requestedUrl: requested.href,
    finalUrl: final.href,
    redirects,
    status: hop.status,
    etag: header(hop.headers, "etag"),
    lastModified: header(hop.headers, "last-modified"),
  };
  if (hop.kind === "not-modified") {
    // A 304 need not repeat the validators: the copy we hold keeps its own.
    const lastModified =
      options.lastModified instanceof Date ? options.lastModified.toUTCString() : options.lastModified;
    return {
      ...common,
      etag: common.etag ?? options.etag ?? null,
      lastModified: common.lastModified ?? lastModified ?? null,
      notModified: true,
      contentType: "",
      charset: "",
      text: "",
      bytes: 0,
    };
  }
  const charset = detectCharset(hop.body, {
    headerCharset: hop.headerCharset,
    kind: documentKind(hop.contentType),
  });
  return {
    ...common,
    notModified: false,
    contentType: hop.contentType,
    charset,
    text: decodeText(hop.body, charset),
    bytes: hop.body.length,
  };
}
