import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { PageStore } from "@/lib/page-cache";
import type { FeedDocument } from "@/lib/views";
import { feedResponse } from "./feed-response";

const doc = (origin: string): FeedDocument => ({
  id: "tag:parallax,2026:story/s1",
  title: "A story · Parallax",
  description: "Events",
  link: `${origin}/stories/s1`,
  atomUrl: `${origin}/stories/s1/feed.atom`,
  jsonUrl: `${origin}/stories/s1/feed.json`,
  updated: new Date("2026-02-01T12:00:00.500Z"),
  entries: [
    {
      id: "tag:parallax,2026:story/s1/article/a1",
      kind: "article",
      title: "Daily One: Bridge shut",
      link: `${origin}/articles/a1`,
      summary: "New coverage",
      updated: new Date("2026-02-01T12:00:00.500Z"),
      published: null,
      author: "Daily One",
    },
  ],
});

function source(stamp: string | null) {
  let loads = 0;
  return {
    loads: () => loads,
    stamp: async () => stamp,
    load: async (origin: string) => {
      loads += 1;
      return doc(origin);
    },
    missing: "There is no such story.",
  };
}

const URL_ = "http://news.example/stories/s1/feed.atom";

describe("feedResponse", () => {
  it("answers the feed with ETag and Last-Modified, links from the request's host", async () => {
    const response = await feedResponse(new Request(URL_), "atom", source("1.2.3"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    expect(response.headers.get("etag")).toMatch(/^W\/".+"$/);
    expect(response.headers.get("last-modified")).toBe("Sun, 01 Feb 2026 12:00:00 GMT");
    const feed = parseAtomFeed(await response.text());
    expect(feed.entries?.[0]?.links?.[0]?.href).toBe("http://news.example/articles/a1");
  });

  it("answers 304 to a matching If-None-Match without building the feed", async () => {
    const first = await feedResponse(new Request(URL_), "json", source("1.2.3"));
    expect(parseJsonFeed(await first.text()).items).toHaveLength(1);
    const etag = first.headers.get("etag")!;
    const src = source("1.2.3");
    const again = await feedResponse(new Request(URL_, { headers: { "If-None-Match": etag } }), "json", src);
    expect(again.status).toBe(304);
    expect(src.loads()).toBe(0);
    // The data changed: a new ETag, the whole feed.
    const changed = await feedResponse(
      new Request(URL_, { headers: { "If-None-Match": etag } }),
      "json",
      source("1.2.4"),
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("honours If-Modified-Since when no ETag is sent", async () => {
    const since = (value: string) =>
      feedResponse(new Request(URL_, { headers: { "If-Modified-Since": value } }), "atom", source("1"));
    expect((await since("Sun, 01 Feb 2026 12:00:00 GMT")).status).toBe(304);
    expect((await since("Sun, 01 Feb 2026 11:59:59 GMT")).status).toBe(200);
  });

  it("is a 404 in the API's error shape when there is nothing to follow", async () => {
    const response = await feedResponse(new Request(URL_), "atom", source(null));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "There is no such story." },
    });
  });

  it("answers an unchanged feed from memory, and builds it again once the data stamp moves", async () => {
    const store = new PageStore(1024 * 1024, 60_000);
    const src = source("7");
    const first = await feedResponse(new Request(URL_), "atom", src, store);
    const second = await feedResponse(new Request(URL_), "atom", src, store);
    expect(src.loads()).toBe(1);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("last-modified")).toBe("Sun, 01 Feb 2026 12:00:00 GMT");
    // Another format, host or query is another feed.
    await feedResponse(new Request(URL_.replace("atom", "json")), "json", src, store);
    await feedResponse(new Request(`${URL_}?x=1`), "atom", src, store);
    expect(src.loads()).toBe(3);
    const moved = source("8");
    await feedResponse(new Request(URL_), "atom", moved, store);
    expect(moved.loads()).toBe(1);
  });
});
