import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/public-url";
import {
  ATOM_CONTENT_TYPE,
  JSON_FEED_CONTENT_TYPE,
  renderAtom,
  renderJsonFeed,
  type FeedDocument,
} from "@/lib/views";
import { readHeaders, readRoute } from "../api/_lib/read-api";

export type FeedFormat = "atom" | "json";

interface FeedSource {
  /** A cheap fingerprint of the data (one query); null when there is nothing to follow (404). */
  stamp(): Promise<string | null>;
  /** The feed itself; null when there is nothing to follow. */
  load(origin: string): Promise<FeedDocument | null>;
  /** Said in the 404. */
  missing: string;
}

/** The origin links start with: PARALLAX_PUBLIC_URL, else the request's own host. */
export function feedOrigin(request: Request): string {
  return publicOrigin(request.headers, request.url) ?? new URL(request.url).origin;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * A feed answer with conditional GET. The ETag comes from the data stamp, the format, the origin and the
 * query, so a reader polling an unchanged feed costs one small query and gets 304 without the feed being built.
 * Last-Modified is the feed's newest entry; If-Modified-Since is honoured only when no If-None-Match is sent
 * (RFC 9110). A GET never writes.
 */
export function feedResponse(request: Request, format: FeedFormat, source: FeedSource): Promise<Response> {
  return readRoute(async () => {
    const stamp = await source.stamp();
    if (stamp === null) throw new AppError("NOT_FOUND", source.missing);
    const origin = feedOrigin(request);
    const url = new URL(request.url);
    const etag = `W/"${createHash("sha256")
      .update([format, stamp, origin, url.search].join("\n"))
      .digest("base64url")
      .slice(0, 27)}"`;
    const cacheHeaders = { ETag: etag, Vary: "Accept-Encoding" };
    const ifNoneMatch = request.headers.get("if-none-match");
    if (matchesEtag(ifNoneMatch, etag))
      return new Response(null, { status: 304, headers: readHeaders(cacheHeaders) });
    const doc = await source.load(origin);
    if (!doc) throw new AppError("NOT_FOUND", source.missing);
    const lastModified = new Date(Math.floor(doc.updated.getTime() / 1000) * 1000);
    const since = Date.parse(request.headers.get("if-modified-since") ?? "");
    const headers = readHeaders({ ...cacheHeaders, "Last-Modified": lastModified.toUTCString() });
    if (!ifNoneMatch && !Number.isNaN(since) && lastModified.getTime() <= since)
      return new Response(null, { status: 304, headers });
    return new Response(format === "atom" ? renderAtom(doc) : renderJsonFeed(doc), {
      headers: {
        ...headers,
        "Content-Type": format === "atom" ? ATOM_CONTENT_TYPE : JSON_FEED_CONTENT_TYPE,
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
