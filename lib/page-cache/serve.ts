import "server-only";
import type { NextRequest } from "next/server";
import { getDb, getStoryPageStamp } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import {
  fillByteTemplate,
  fillTemplate,
  PageStore,
  toByteTemplate,
  toTemplate,
  type CachedPage,
} from "./store";

/*
 * Rendered story and compare pages served from memory (proxy.ts asks first). Every page carries a fresh CSP
 * nonce, so Next.js cannot cache them itself; instead the first request for a page renders it normally (a
 * request to this same server, marked so it is not answered from the cache), the HTML is stored with its
 * nonce cut out, and later requests get it back with their own nonce put in. Before each answer the story's
 * data stamp is read (one small query): an edit, a new member article or a new article version changes it,
 * and the page is rendered again. Only anonymous document requests are cached: any cookie (a signed-in
 * editor), client navigations (RSC requests), server actions and non-GET requests always render.
 * Answered from memory, a page costs the stamp query and a copy: about a tenth of rendering it.
 */

/** Marks the cache's own render request: never answered from the cache (a client sending it only gets a render). */
export const RENDER_HEADER = "x-parallax-render";
export const CACHE_STATUS_HEADER = "x-parallax-page-cache";

const STORY_PATH = /^\/stories\/([A-Za-z0-9_-]{1,128})(\/compare)?$/;
/**
 * Query parameters a cached page may have: the compare view's choice of articles. Any other (the story page's
 * one-off `added` notice, or made-up ones) is rendered as usual, so junk URLs cannot push read pages out.
 */
const CACHED_PARAMS = { story: new Set<string>(), compare: new Set(["articles"]) };
/** Response headers replayed from the render; the CSP is the current request's. */
const KEPT_HEADERS = ["content-type", "cache-control", "vary", "link", "x-content-type-options"];
const MAX_AGE_MS = 60_000;

const globalForPages = globalThis as unknown as {
  parallaxPages?: PageStore;
  parallaxPageRenders?: Map<string, Promise<CachedPage | null>>;
  /** Set when the app could not be reached on the loopback address: the cache stays off for this process. */
  parallaxPagesUnreachable?: boolean;
};

function pageStore(): PageStore | null {
  // Off under `next dev`: a changed component must show on the next reload, not a minute later.
  if (env.PARALLAX_PAGE_CACHE_MB === 0 || process.env.NODE_ENV === "development") return null;
  globalForPages.parallaxPages ??= new PageStore(env.PARALLAX_PAGE_CACHE_MB * 1024 * 1024, MAX_AGE_MS);
  return globalForPages.parallaxPages;
}

/** The story id of a cacheable request, or null. */
export function cacheableStoryId(request: NextRequest): string | null {
  if (request.method !== "GET") return null;
  const h = request.headers;
  if (h.has(RENDER_HEADER) || h.has("cookie") || h.has("authorization")) return null;
  // Next.js strips its flight headers (RSC, Next-Router-*) and the _rsc parameter before the proxy sees a
  // request, so a client navigation's RSC fetch is told apart by what it lacks: it accepts anything (*/*), a
  // browser's page load asks for text/html. It also sends Next-Url, and browsers mark fetches as not a document.
  if (!(h.get("accept") ?? "").includes("text/html")) return null;
  if (h.has("next-url") || (h.get("sec-fetch-dest") ?? "document") !== "document") return null;
  if (
    h.has("rsc") ||
    h.has("next-action") ||
    h.has("next-router-state-tree") ||
    h.has("next-router-prefetch")
  )
    return null;
  if (request.nextUrl.searchParams.has("_rsc")) return null;
  const match = STORY_PATH.exec(request.nextUrl.pathname);
  if (!match) return null;
  const allowed = match[2] ? CACHED_PARAMS.compare : CACHED_PARAMS.story;
  for (const name of request.nextUrl.searchParams.keys()) if (!allowed.has(name)) return null;
  return match[1] ?? null;
}

function nonceOf(policy: string | null): string {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? "";
}

async function render(
  request: NextRequest,
  host: string,
  proto: string,
  stamp: string,
): Promise<CachedPage | null> {
  const port = process.env.PORT;
  if (!port || globalForPages.parallaxPagesUnreachable) return null; // nowhere to render from
  const url = `http://127.0.0.1:${port}${request.nextUrl.pathname}${request.nextUrl.search}`;
  const response = await fetch(url, {
    headers: {
      [RENDER_HEADER]: "1",
      accept: request.headers.get("accept") ?? "text/html",
      "accept-encoding": "identity",
      // The page builds absolute links (Open Graph) from the address it was asked by.
      "x-forwarded-host": host,
      "x-forwarded-proto": proto,
    },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(60_000),
  }).catch((error: unknown) => {
    // The server does not listen on the loopback address (bound to one other address): no cache in this process.
    if ((error as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED") {
      globalForPages.parallaxPagesUnreachable = true;
      log("page-cache").warn({ url }, "the app does not answer on 127.0.0.1; page cache off");
      return null;
    }
    throw error;
  });
  if (!response) return null;
  const html = await response.text();
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !type.startsWith("text/html")) return null;
  const nonce = nonceOf(response.headers.get("content-security-policy"));
  if (!nonce) return null; // a page without a nonce cannot be given a new one
  return {
    parts: toByteTemplate(html, nonce),
    headers: KEPT_HEADERS.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, toTemplate(value, nonce)] as [string, string[]]];
    }),
    stamp,
    storedAt: Date.now(),
    bytes: 0,
  };
}

/** Renders a page, once for any number of concurrent requests for the same page at the same stamp. */
function renderOnce(
  request: NextRequest,
  key: string,
  host: string,
  proto: string,
  stamp: string,
): Promise<CachedPage | null> {
  const renders = (globalForPages.parallaxPageRenders ??= new Map());
  const renderKey = `${key}\n${stamp}`;
  let pending = renders.get(renderKey);
  if (!pending) {
    pending = render(request, host, proto, stamp).finally(() => renders.delete(renderKey));
    renders.set(renderKey, pending);
  }
  return pending;
}

/**
 * The cached page for this request with `nonce` and `policy` in place of the ones it was rendered with, or
 * null when the request is not cacheable, the cache is off, or anything fails (the caller then renders as
 * usual: the cache can only skip work, never change an answer).
 */
export async function servePageFromCache(
  request: NextRequest,
  security: { nonce: string; policy: string },
): Promise<Response | null> {
  const storyId = cacheableStoryId(request);
  const store = storyId ? pageStore() : null;
  if (!storyId || !store) return null;
  try {
    const stamp = await getStoryPageStamp(await getDb(), storyId);
    if (stamp === null) return null;
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "";
    const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
    const key = `${proto}://${host}${request.nextUrl.pathname}${request.nextUrl.search}`;
    const stored = store.get(key, stamp, Date.now());
    const page = stored ?? (await renderOnce(request, key, host, proto, stamp));
    if (!page) return null;
    if (!stored) store.set(key, page);
    const headers = new Headers(
      page.headers.map(([name, value]): [string, string] => [name, fillTemplate(value, security.nonce)]),
    );
    headers.set("content-security-policy", security.policy);
    headers.set(CACHE_STATUS_HEADER, stored ? "hit" : "miss");
    const body = fillByteTemplate(page.parts, security.nonce);
    headers.set("content-length", String(body.length));
    // A Buffer's memory is a plain ArrayBuffer (never shared); the cast only narrows Node's wider typing.
    const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length);
    return new Response(bytes, { status: 200, headers });
  } catch (error) {
    log("page-cache").warn({ err: error, storyId }, "page cache unavailable; rendering the page");
    return null;
  }
}
