import http from "node:http";
import https from "node:https";
import {
  assertAddressAllowed,
  assertHostNameAllowed,
  guardedLookup,
  literalAddress,
  parseAllowList,
} from "./address-guard";
import { agentFor } from "./agents";
import { FetchError } from "./fetch-error";
import { networkError, timeoutError } from "./fetch-errors";
import type { ResolveHost } from "./types";

export interface PostOptions {
  headers: Record<string, string>;
  /** The whole exchange (connect, send, answer) is cut after this long: a receiver that hangs cannot hold on. */
  timeoutMs: number;
  allowPrivateNetwork?: boolean;
  allowAddresses?: readonly string[];
  lookup?: ResolveHost;
  signal?: AbortSignal;
}

export interface PostAnswer {
  status: number;
  statusText: string;
  /** The start of the answer's body (at most 1 KB), for the delivery log. */
  bodyStart: string;
}

const KEEP_BYTES = 1024;
const DISCARD_LIMIT = 64 * 1024;

/**
 * POSTs a body to a URL under the fetcher's address guard (the same refusals as fetchPage: private, loopback and
 * metadata addresses, checked on the address actually connected to), without following redirects. Any HTTP
 * answer resolves with its status; a refusal, a network failure or the timeout rejects with a FetchError.
 */
export function postBody(url: string, body: string, options: PostOptions): Promise<PostAnswer> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new FetchError("INVALID_INPUT", "invalid-url", `not a valid URL: ${url}`));
  }
  if ((target.protocol !== "http:" && target.protocol !== "https:") || target.username || target.password)
    return Promise.reject(
      new FetchError("INVALID_INPUT", "invalid-url", "refused: only plain http and https URLs are used"),
    );
  const allowAddresses = options.allowAddresses ?? [];
  const policy = {
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
    allowAddresses: parseAllowList(allowAddresses),
  };
  const host = target.hostname;
  const literal = literalAddress(host);
  try {
    if (literal) assertAddressAllowed(literal, null, policy);
    else assertHostNameAllowed(host, policy);
  } catch (error) {
    return Promise.reject(error);
  }
  const protocol = target.protocol === "https:" ? "https:" : "http:";
  const payload = Buffer.from(body, "utf8");

  return new Promise((resolve, reject) => {
    let settled = false;
    const req = (protocol === "https:" ? https : http).request({
      protocol,
      hostname: literal ?? host,
      port: target.port || undefined,
      path: `${target.pathname}${target.search}`,
      method: "POST",
      headers: { ...options.headers, "content-length": String(payload.length) },
      agent: agentFor(
        protocol,
        { allowPrivateNetwork: policy.allowPrivateNetwork, allowAddresses },
        options.lookup,
      ),
      lookup: guardedLookup(policy, options.lookup),
    });
    const settle = (error: unknown, answer?: PostAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (answer) return resolve(answer);
      req.destroy();
      reject(networkError(error, host));
    };
    const timer = setTimeout(
      () => settle(timeoutError(options.timeoutMs, "waiting for", host)),
      options.timeoutMs,
    );
    const onAbort = () => settle(options.signal?.reason ?? new Error("cancelled"));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    req.on("response", (res) => {
      const kept: Buffer[] = [];
      let seen = 0;
      res.on("data", (chunk: Buffer) => {
        if (seen < KEEP_BYTES) kept.push(chunk);
        seen += chunk.length;
        if (seen > DISCARD_LIMIT) res.destroy();
      });
      const answer = () => ({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? "",
        bodyStart: Buffer.concat(kept).subarray(0, KEEP_BYTES).toString("utf8"),
      });
      res.on("end", () => settle(null, answer()));
      // The status is known: a body cut short (or dropped past the limit) does not change the answer.
      res.on("close", () => settle(null, answer()));
      res.on("error", () => {});
    });
    req.on("error", (error) => settle(error));
    req.end(payload);
  });
}
