import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { PageStore, type CachedPage } from "@/lib/page-cache";
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

/** Rendered feeds held at most this long even when the stamp stays (what no stamp covers: an outlet's name). */
const FEED_MAX_AGE_MS = 60_000;

const globalForFeeds = globalThis as typeof globalThis & { parallaxFeeds?: PageStore | null };

/**
 * The process's rendered feeds, filed under their address and valid while their ETag (the data stamp) holds:
 * a feed reader without a validator, or many readers of one feed, cost the stamp query and a copy, as a cached
 * story page does. A tenth of the page cache's budget; off with it, and under `next dev`.
 */
export function renderedFeeds(): PageStore | null {
  if (globalForFeeds.parallaxFeeds !== undefined) return globalForFeeds.parallaxFeeds;
  const off = env.PARALLAX_PAGE_CACHE_MB === 0 || process.env.NODE_ENV === "development";
  globalForFeeds.parallaxFeeds = off
    ? null
    : new PageStore((env.PARALLAX_PAGE_CACHE_MB * 1024 * 1024) / 10, FEED_MAX_AGE_MS);
  return globalForFeeds.parallaxFeeds;
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
 * (RFC 9110). With `cache`, a feed built once is answered from memory while its ETag holds. A GET never writes
 * to the database.
 */
export function feedResponse(
  request: Request,
  format: FeedFormat,
  source: FeedSource,
  cache: PageStore | null = null,
): Promise<Response> {
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
    const key = `${format} ${origin}${url.pathname}${url.search}`;
    const stored = cache?.get(key, etag, Date.now());
    const feed = stored ?? (await buildFeed(format, source, origin));
    if (!feed) throw new AppError("NOT_FOUND", source.missing);
    if (!stored) cache?.set(key, { ...feed, stamp: etag, storedAt: Date.now() });
    const lastModified = feed.headers.find(([name]) => name === "Last-Modified")?.[1][0] ?? "";
    const since = Date.parse(request.headers.get("if-modified-since") ?? "");
    const headers = readHeaders({ ...cacheHeaders, "Last-Modified": lastModified });
    if (!ifNoneMatch && !Number.isNaN(since) && Date.parse(lastModified) <= since)
      return new Response(null, { status: 304, headers });
    const [body = Buffer.alloc(0)] = feed.parts;
    return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), {
      headers: {
        ...headers,
        "Content-Type": format === "atom" ? ATOM_CONTENT_TYPE : JSON_FEED_CONTENT_TYPE,
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}

/** A feed built and rendered now, as the page store keeps it (body and Last-Modified); null: nothing to follow. */
async function buildFeed(
  format: FeedFormat,
  source: FeedSource,
  origin: string,
): Promise<Pick<CachedPage, "parts" | "headers"> | null> {
  const doc = await source.load(origin);
  if (!doc) return null;
  const lastModified = new Date(Math.floor(doc.updated.getTime() / 1000) * 1000).toUTCString();
  const body = Buffer.from(format === "atom" ? renderAtom(doc) : renderJsonFeed(doc), "utf8");
  return { parts: [body], headers: [["Last-Modified", [lastModified]]] };
}
