import "server-only";
import type { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
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
import { cacheTarget, RENDER_HEADER, type CacheTarget } from "./targets";

export { cacheableStoryId, RENDER_HEADER } from "./targets";

/*
 * Rendered story and compare pages, the story list and Open Graph images served from memory (proxy.ts asks
 * first; targets.ts says which requests). Every page carries a fresh CSP nonce, so Next.js cannot cache them
 * itself; instead the first request for a page renders it normally (a request to this same server, marked so
 * it is not answered from the cache), the HTML is stored with its nonce cut out, and later requests get it
 * back with their own nonce put in. Before each answer the data stamp is read (one small query): for a story,
 * an edit, a new member article or a new article version changes it; for the list, any change to a story; for
 * an image, its story's (or its share link's). Only anonymous requests are cached: any cookie (a signed-in
 * editor), client navigations (RSC requests), server actions and non-GET requests always render.
 * Answered from memory, a page costs the stamp query and a copy: about a tenth of rendering it.
 */

export const CACHE_STATUS_HEADER = "x-parallax-page-cache";

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

function nonceOf(policy: string | null): string {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? "";
}

async function render(
  request: NextRequest,
  kind: CacheTarget["kind"],
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
  const type = response.headers.get("content-type") ?? "";
  if (kind === "image") {
    const bytes = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || !type.startsWith("image/")) return null;
    return {
      parts: [bytes],
      headers: keptHeaders(response.headers, ""),
      stamp,
      storedAt: Date.now(),
      bytes: 0,
    };
  }
  const html = await response.text();
  if (response.status !== 200 || !type.startsWith("text/html")) return null;
  const nonce = nonceOf(response.headers.get("content-security-policy"));
  if (!nonce) return null; // a page without a nonce cannot be given a new one
  return {
    parts: toByteTemplate(html, nonce),
    headers: keptHeaders(response.headers, nonce),
    stamp,
    storedAt: Date.now(),
    bytes: 0,
  };
}

function keptHeaders(headers: Headers, nonce: string): [string, string[]][] {
  return KEPT_HEADERS.flatMap((name) => {
    const value = headers.get(name);
    return value === null ? [] : [[name, toTemplate(value, nonce)] as [string, string[]]];
  });
}

/** Renders a page, once for any number of concurrent requests for the same page at the same stamp. */
function renderOnce(
  request: NextRequest,
  kind: CacheTarget["kind"],
  key: string,
  host: string,
  proto: string,
  stamp: string,
): Promise<CachedPage | null> {
  const renders = (globalForPages.parallaxPageRenders ??= new Map());
  const renderKey = `${key}\n${stamp}`;
  let pending = renders.get(renderKey);
  if (!pending) {
    pending = render(request, kind, host, proto, stamp).finally(() => renders.delete(renderKey));
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
  const target = cacheTarget(request);
  const store = target ? pageStore() : null;
  if (!target || !store) return null;
  try {
    const stamp = await target.stamp(await getDb());
    if (stamp === null) return null;
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "";
    const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
    const key = `${proto}://${host}${request.nextUrl.pathname}${request.nextUrl.search}`;
    const stored = store.get(key, stamp, Date.now());
    const page = stored ?? (await renderOnce(request, target.kind, key, host, proto, stamp));
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
    log("page-cache").warn(
      { err: error, path: request.nextUrl.pathname },
      "page cache unavailable; rendering",
    );
    return null;
  }
}
