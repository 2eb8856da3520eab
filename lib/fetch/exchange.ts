import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import https from "node:https";
import {
  assertAddressAllowed,
  assertHostNameAllowed,
  guardedLookup,
  literalAddress,
  type AddressPolicy,
} from "./address-guard";
import { agentFor } from "./agents";
import { assertAcceptedType, parseContentType, sniffContentType } from "./content-type";
import { decodersFor, readBody } from "./decompress";
import { networkError, statusError, timeoutError, tooLargeError } from "./fetch-errors";
import type { ResolveHost } from "./types";
import { FetchError } from "./fetch-error";

/** What one request needs besides its URL. */
export interface HopSettings {
  connectTimeoutMs: number;
  maxBytes: number;
  headers: OutgoingHttpHeaders;
  accepted: readonly string[];
  policy: AddressPolicy;
  allowAddresses: readonly string[];
  lookup?: ResolveHost;
}

/** The answer to one request: a redirect to follow, a 304, or a body of an accepted type. */
export type HopResult =
  | { kind: "redirect"; status: number; location: string }
  | { kind: "not-modified"; status: 304; headers: IncomingHttpHeaders }
  | {
      kind: "body";
      status: number;
      headers: IncomingHttpHeaders;
      contentType: string;
      headerCharset: string | null;
      body: Buffer;
    }
  /** A reused keep-alive connection the server had already closed: send the request again. */
  | { kind: "retry" };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Bodies of redirects and errors are read to keep the connection, up to this much; then it is dropped. */
const DISCARD_LIMIT = 64 * 1024;

function discard(res: IncomingMessage): void {
  let seen = 0;
  res.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_LIMIT) res.destroy();
  });
  res.resume();
}

async function handleResponse(res: IncomingMessage, url: URL, settings: HopSettings): Promise<HopResult> {
  const host = url.hostname;
  const status = res.statusCode ?? 0;
  if (REDIRECT_STATUSES.has(status)) {
    discard(res);
    const location = res.headers.location;
    if (!location)
      throw new FetchError(
        "UNPROCESSABLE",
        "redirects",
        `${host} answered ${status} without saying where to`,
        {
          host,
        },
      );
    return { kind: "redirect", status, location };
  }
  if (status === 304) {
    discard(res);
    return { kind: "not-modified", status, headers: res.headers };
  }
  if (status < 200 || status >= 300) {
    discard(res);
    throw statusError(status, res.statusMessage, host);
  }
  // Type and announced size are checked before any of the body is read.
  const mediaType = parseContentType(res.headers["content-type"]);
  if (mediaType) assertAcceptedType(mediaType.type, settings.accepted, host);
  const decoders = decodersFor(res.headers["content-encoding"], host);
  const announced = Number(res.headers["content-length"]);
  if (decoders.length === 0 && announced > settings.maxBytes) {
    throw tooLargeError(host, settings.maxBytes, announced);
  }
  const body = await readBody(res, decoders, settings.maxBytes, host);
  const contentType = mediaType?.type ?? sniffContentType(body);
  if (!mediaType) assertAcceptedType(contentType, settings.accepted, host);
  return {
    kind: "body",
    status,
    headers: res.headers,
    contentType,
    headerCharset: mediaType?.charset ?? null,
    body,
  };
}

/**
 * One GET of `url`, without following redirects. The address is checked for a literal IP here and for a
 * host name when the socket resolves it; `signal` aborts with its reason (the overall timeout, or cancel).
 */
export function exchange(
  url: URL,
  settings: HopSettings,
  signal: AbortSignal,
  mayRetry: boolean,
): Promise<HopResult> {
  const host = url.hostname;
  const literal = literalAddress(host);
  if (literal) assertAddressAllowed(literal, null, settings.policy);
  else assertHostNameAllowed(host, settings.policy);
  if (signal.aborted) return Promise.reject(signal.reason);
  const protocol = url.protocol === "https:" ? "https:" : "http:";
  const agentPolicy = {
    allowPrivateNetwork: settings.policy.allowPrivateNetwork,
    allowAddresses: settings.allowAddresses,
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    let answered = false;
    const req = (protocol === "https:" ? https : http).request({
      protocol,
      hostname: literal ?? host,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers: settings.headers,
      agent: agentFor(protocol, agentPolicy, settings.lookup),
      lookup: guardedLookup(settings.policy, settings.lookup),
    });
    const settle = (error: unknown, result?: HopResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      signal.removeEventListener("abort", onAbort);
      if (result) return resolve(result);
      req.destroy();
      reject(error);
    };
    const onAbort = () => settle(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    const connectTimer = setTimeout(
      () => settle(timeoutError(settings.connectTimeoutMs, "connecting to", host)),
      settings.connectTimeoutMs,
    );
    req.on("socket", (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (socket.connecting) socket.once(protocol === "https:" ? "secureConnect" : "connect", connected);
      else connected();
    });
    req.on("response", (res) => {
      answered = true;
      clearTimeout(connectTimer);
      // Failures while reading are reported by readBody; this keeps a late socket error from going unheard.
      res.on("error", () => {});
      handleResponse(res, url, settings).then(
        (result) => settle(null, result),
        (error: unknown) => settle(error),
      );
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (mayRetry && !answered && req.reusedSocket && error.code === "ECONNRESET") {
        return settle(null, { kind: "retry" });
      }
      settle(networkError(error, host));
    });
    req.end();
  });
}
