import { randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";

/*
 * The address a request's TCP connection came from. Next.js 16 hands route handlers, server actions and
 * proxy.ts only the request's headers, and copies the socket's address into X-Forwarded-For only when the
 * request has none: a client that sends its own header hides its address. So instrumentation.ts calls
 * `recordPeerAddresses()` at start-up, and from then on every request the process's HTTP server receives carries
 * PEER_HEADER, set from its socket (whatever the client sent under that name is replaced) and prefixed with a
 * secret made at start-up: a value a client makes up is never believed. Requests that arrive before start-up
 * completes (and handlers called directly, in tests) have no peer address.
 */

export const PEER_HEADER = "x-parallax-peer";

const shared = globalThis as unknown as { parallaxPeerSecret?: Buffer; parallaxPeerRecorded?: boolean };

function secret(): Buffer {
  return (shared.parallaxPeerSecret ??= randomBytes(18));
}

/** The PEER_HEADER value saying a request came from `address`. */
export function peerHeaderValue(address: string): string {
  return `${secret().toString("base64url")} ${address}`;
}

/** The socket address recorded for this request, or null when none was (or the header is not ours). */
export function peerAddress(headers: Pick<Headers, "get">): string | null {
  const value = headers.get(PEER_HEADER);
  const space = value?.indexOf(" ") ?? -1;
  if (!value || space < 0) return null;
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(secret().toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1).trim() || null;
}

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

/** Stamps every request this process's HTTP servers receive with its socket's address (once per process). */
export function recordPeerAddresses(): void {
  if (shared.parallaxPeerRecorded) return;
  shared.parallaxPeerRecorded = true;
  const prototype = http.Server.prototype as unknown as { emit: Emit };
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event, ...args) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const address = request.socket?.remoteAddress;
      if (address) request.headers[PEER_HEADER] = peerHeaderValue(address);
      else delete request.headers[PEER_HEADER];
    }
    return emit.call(this, event, ...args);
  };
}
