import "server-only";
import type { NextRequest } from "next/server";
import { getShareLinkStamp, getStoryListStamp, getStoryPageStamp, type Db } from "@/lib/db";

/** Marks the cache's own render request: never answered from the cache (a client sending it only gets a render). */
export const RENDER_HEADER = "x-parallax-render";

/** A cacheable request: what kind of answer it gets, and how to read the data stamp it depends on. */
export interface CacheTarget {
  /** Pages are HTML with a nonce to replace; images are bytes as rendered. */
  kind: "page" | "image";
  /** The data stamp the answer was rendered at; null: do not cache (unknown or merged story, unknown link). */
  stamp(db: Db): Promise<string | null>;
}

const ID = "([A-Za-z0-9_-]{1,128})";
const STORY_PATH = new RegExp(`^/stories/${ID}(/compare)?$`);
/** With `generateImageMetadata` (alt text per image) Next adds the image's id: "…/opengraph-image/card". */
const IMAGE_ID = "(?:/[A-Za-z0-9_-]{1,32})?";
const STORY_IMAGE = new RegExp(`^/stories/${ID}/opengraph-image${IMAGE_ID}$`);
/** The news by day: the archive's index and one day's page. */
const ARCHIVE_PATH = /^\/archive(?:\/\d{4}-\d{2}-\d{2})?$/;
const SHARE_IMAGE = new RegExp(`^/s/${ID}/opengraph-image${IMAGE_ID}$`);
/**
 * Next adds a content hash to Open Graph image addresses ("…/opengraph-image?1a2b3c"), which reaches the proxy
 * as "?1a2b3c=".
 */
const IMAGE_QUERY = /^(\?[A-Za-z0-9_-]{1,64}=?)?$/;
/**
 * Query parameters a cached page may have: the compare view's choice of articles. Any other (the story page's
 * one-off `added` notice, a search on the list, or made-up ones) is rendered as usual, so junk URLs cannot push
 * read pages out.
 */
const CACHED_PARAMS = { story: new Set<string>(), compare: new Set(["articles"]) };

/** Anonymous, plain GET: no cookie (an editor), no credentials, not the cache's own render, not a server action. */
function anonymousGet(request: NextRequest): boolean {
  const h = request.headers;
  if (request.method !== "GET") return false;
  if (h.has(RENDER_HEADER) || h.has("cookie") || h.has("authorization")) return false;
  if (
    h.has("rsc") ||
    h.has("next-action") ||
    h.has("next-router-state-tree") ||
    h.has("next-router-prefetch")
  )
    return false;
  return !request.nextUrl.searchParams.has("_rsc");
}

/**
 * A browser's page load. Next.js strips its flight headers (RSC, Next-Router-*) and the _rsc parameter before the
 * proxy sees a request, so a client navigation's RSC fetch is told apart by what it lacks: it accepts anything
 * (*\/*), a browser's page load asks for text/html. It also sends Next-Url, and browsers mark fetches as not a
 * document.
 */
function documentLoad(request: NextRequest): boolean {
  const h = request.headers;
  if (!(h.get("accept") ?? "").includes("text/html")) return false;
  return !h.has("next-url") && (h.get("sec-fetch-dest") ?? "document") === "document";
}

/** What the cache may answer for this request, or null when it must be rendered as usual. */
export function cacheTarget(request: NextRequest): CacheTarget | null {
  if (!anonymousGet(request)) return null;
  const { pathname, search, searchParams } = request.nextUrl;
  const storyImage = STORY_IMAGE.exec(pathname)?.[1];
  if (storyImage && IMAGE_QUERY.test(search))
    return { kind: "image", stamp: (db) => getStoryPageStamp(db, storyImage) };
  const shareImage = SHARE_IMAGE.exec(pathname)?.[1];
  if (shareImage && IMAGE_QUERY.test(search))
    return { kind: "image", stamp: (db) => getShareLinkStamp(db, shareImage) };
  if (!documentLoad(request)) return null;
  // The story list, the first page every visitor sees: only its first, unfiltered page.
  if (pathname === "/") return search === "" ? { kind: "page", stamp: getStoryListStamp } : null;
  // A day's stories and their counts live on the story rows, so the list's stamp covers the archive too.
  if (ARCHIVE_PATH.test(pathname)) return search === "" ? { kind: "page", stamp: getStoryListStamp } : null;
  const story = STORY_PATH.exec(pathname);
  const storyId = story?.[1];
  if (!story || !storyId) return null;
  const allowed = story[2] ? CACHED_PARAMS.compare : CACHED_PARAMS.story;
  for (const name of searchParams.keys()) if (!allowed.has(name)) return null;
  return { kind: "page", stamp: (db) => getStoryPageStamp(db, storyId) };
}

/** The story id of a cacheable story or compare page request, or null. */
export function cacheableStoryId(request: NextRequest): string | null {
  const target = cacheTarget(request);
  if (target?.kind !== "page") return null;
  return STORY_PATH.exec(request.nextUrl.pathname)?.[1] ?? null;
}
