import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import type * as ViewsModule from "@/lib/views";
import { articlePage, storyParagraphs } from "../__fixtures__/pages";
import type * as IngestModule from "../index";

function rss(origin: string, links: string[]): string {
  const items = links
    .map(
      (link, i) =>
        `<item><title>Item ${i}</title><link>${link.startsWith("/") ? origin + link : link}</link><guid>${link}</guid><pubDate>Mon, 02 Mar 2026 0${i}:00:00 GMT</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Daily: News</title><link>${origin}/</link>${items}</channel></rss>`;
}

/** Answers 304 when the client sends the feed's current ETag, so conditional GET is observable. */
function conditionalFeed(getBody: () => string, etag: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers["if-none-match"] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader("content-type", "application/rss+xml; charset=utf-8");
    res.setHeader("etag", etag);
    res.end(getBody());
  };
}

/**
 * Feed subscriptions polled against a local server on a fresh database: items become articles, conditional GET
 * saves refetching, duplicates are stored once, and broken or vanished feeds are recorded as health, not lost.
 */
export function describeFeeds(provider: TestProvider): void {
  describe(`feeds on ${provider}`, () => {
    useTestDatabase(provider, { PARALLAX_FETCH_ALLOW_PRIVATE: "1" });
    let server: FixtureServer;
    let ingest: typeof IngestModule;
    let views: typeof ViewsModule;
    let feedBody = "";

    beforeAll(async () => {
      server = await startFixtureServer({
        "/a": {
          body: articlePage({ title: "Bridge vote delayed", paragraphs: storyParagraphs("bridge vote") }),
        },
        "/b": {
          body: articlePage({ title: "Ferry strike ends", paragraphs: storyParagraphs("ferry strike") }),
        },
        "/teaser": {
          body: articlePage({
            title: "Subscribe to read",
            paragraphs: ["Subscribers can read the whole story of the harbour bridge vote here today."],
          }),
        },
        "/malformed.xml": {
          headers: { "content-type": "application/rss+xml" },
          body: "<rss><channel><title>Broken</title><item><title>Unclosed",
        },
      });
      feedBody = rss(server.origin, ["/a", "/b", "/a", "/missing"]);
      server.route(
        "/feed.xml",
        conditionalFeed(() => feedBody, '"v1"'),
      );
      ingest = await import("../index");
      views = await import("@/lib/views");
    });

    afterAll(async () => {
      await server?.close();
    });

    const feedView = async (url: string) => (await views.listFeeds()).find((f) => f.url === url);

    it("polls a new feed: each item fetched once, failures recorded with their reason", async () => {
      const feed = await ingest.subscribeFeed({ url: server.url("/feed.xml"), outlet: "The Harbour Daily" });
      await expect(ingest.subscribeFeed({ url: server.url("/feed.xml") })).rejects.toMatchObject({
        code: "CONFLICT",
      });
      const [outcome] = await ingest.pollDueFeeds({ onlyIds: [feed.id] });
      expect(outcome).toMatchObject({ result: "ok", items: 3, created: 2, failed: 1 });

      const view = await feedView(feed.url);
      expect(view).toMatchObject({
        itemsFound: 2,
        lastItemCount: 3,
        consecutiveFailures: 0,
        lastError: null,
      });
      expect(view?.lastSuccessAt).not.toBeNull();
      expect(view?.failedItems).toEqual([expect.objectContaining({ url: server.url("/missing") })]);
      expect(view?.failedItems[0]?.error).toMatch(/404|not found/i);
      expect(new Date(view?.nextFetchAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 20 * 60_000);
    });

    it("sends the ETag back and treats 304 as a successful poll with nothing to do", async () => {
      const feed = await feedView(server.url("/feed.xml"));
      const before = server.requests.length;
      const [outcome] = await ingest.pollDueFeeds({ onlyIds: [feed!.id] });
      expect(outcome?.result).toBe("not-modified");
      const feedRequest = server.requests.slice(before).find((r) => r.path === "/feed.xml");
      expect(feedRequest?.headers["if-none-match"]).toBe('"v1"');
      expect(server.requests.slice(before).some((r) => r.path === "/a")).toBe(false);
    });

    it("retries a failed item on a later poll and ingests only new items", async () => {
      feedBody = rss(server.origin, ["/a", "/b", "/missing", "/teaser"]);
      server.route(
        "/feed.xml",
        conditionalFeed(() => feedBody, '"v2"'),
      );
      server.route("/missing", {
        body: articlePage({ title: "Storm closes harbour", paragraphs: storyParagraphs("storm closure") }),
      });
      const feed = await feedView(server.url("/feed.xml"));
      const before = server.requests.length;
      const [outcome] = await ingest.pollDueFeeds({ onlyIds: [feed!.id] });
      expect(outcome).toMatchObject({ result: "ok", items: 4, created: 1, failed: 1 });
      expect(server.requests.slice(before).filter((r) => r.path === "/a")).toHaveLength(0);
      const failed = (await feedView(feed!.url))?.failedItems;
      expect(failed?.map((item) => item.url)).toEqual([server.url("/teaser")]);
      expect(failed?.[0]?.error).toMatch(/No article text/);
    });

    it("records a malformed feed as an error with back-off, keeping what was stored", async () => {
      const { countArticles, getDb } = await import("@/lib/db");
      const articles = await countArticles(await getDb());
      const feed = await ingest.subscribeFeed({ url: server.url("/malformed.xml") });
      const [first] = await ingest.pollDueFeeds({ onlyIds: [feed.id] });
      expect(first?.result).toBe("error");
      const afterOne = await feedView(feed.url);
      expect(afterOne).toMatchObject({ consecutiveFailures: 1 });
      expect(afterOne?.lastError).toMatch(/feed|XML|malformed/i);
      await ingest.pollDueFeeds({ onlyIds: [feed.id] });
      const afterTwo = await feedView(feed.url);
      expect(afterTwo?.consecutiveFailures).toBe(2);
      const delay = (view: typeof afterTwo) =>
        new Date(view!.nextFetchAt!).getTime() - new Date(view!.lastFetchedAt!).getTime();
      expect(delay(afterTwo)).toBeGreaterThan(delay(afterOne));
      expect(await countArticles(await getDb())).toBe(articles);
    });

    it("turns a feed that disappears into a failing feed after repeated errors", async () => {
      const feed = await ingest.subscribeFeed({ url: server.url("/vanished.xml") });
      for (let i = 0; i < 3; i++) await ingest.pollDueFeeds({ onlyIds: [feed.id] });
      const view = await feedView(feed.url);
      expect(view?.state).toBe("failing");
      expect(view?.lastError).toMatch(/404|not found/i);
    });

    it("pauses, resumes and removes a feed: the poller skips a paused one; each change audit logged", async () => {
      const feed = await ingest.subscribeFeed({ url: server.url("/feed.xml?paused") });
      await ingest.manageFeed(feed.id, "pause", "Ada Editor");
      expect((await feedView(feed.url))?.state).toBe("paused");
      // Paused: not claimed, whether it is due or named.
      expect(await ingest.pollDueFeeds({ onlyIds: [feed.id] })).toEqual([]);
      expect((await ingest.pollDueFeeds()).map((o) => o.feedId)).not.toContain(feed.id);
      expect((await feedView(feed.url))?.lastFetchedAt).toBeNull();

      await ingest.manageFeed(feed.id, "resume", "Ada Editor");
      const [polled] = await ingest.pollDueFeeds({ onlyIds: [feed.id] });
      expect(polled?.result).toBe("ok");
      expect((await feedView(feed.url))?.state).not.toBe("paused");

      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      const articlesBefore = await db.article.count();
      expect(await db.feedItem.count({ where: { feedId: feed.id } })).toBeGreaterThan(0);
      await ingest.manageFeed(feed.id, "remove", "Ada Editor");
      expect(await feedView(feed.url)).toBeUndefined();
      expect(await db.feedItem.count({ where: { feedId: feed.id } })).toBe(0);
      expect(await db.article.count()).toBe(articlesBefore);
      const audit = await db.auditLog.findMany({
        where: { targetId: feed.id },
        orderBy: { createdAt: "asc" },
        select: { action: true, actor: true },
      });
      expect(audit.map((a) => a.action).sort()).toEqual(["feed.pause", "feed.remove", "feed.resume"]);
      expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(["Ada Editor"]));
      await expect(ingest.manageFeed(feed.id, "pause", "Ada Editor")).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("refuses to subscribe to an address the fetcher would refuse, in plain words", async () => {
      for (const url of ["http://127.0.0.1:9/feed.xml", "http://localhost/rss", "http://10.1.2.3/rss"]) {
        const refused = ingest.subscribeFeed({ url }, { allowPrivateNetwork: false });
        await expect(refused, url).rejects.toMatchObject({
          code: "FORBIDDEN",
          message: expect.stringMatching(
            /^Parallax does not fetch from .+: it is a local or private network address/,
          ),
        });
      }
      const missing = ingest.subscribeFeed(
        { url: "https://no-such-site.example/rss" },
        {
          allowPrivateNetwork: false,
          lookup: async () => {
            throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
          },
        },
      );
      await expect(missing).rejects.toThrow(
        "We could not find that site's address (no-such-site.example). Check the URL for typos.",
      );
      expect(
        (await views.listFeeds())
          .map((f) => f.url)
          .filter((u) => /127\.0\.0\.1:9|localhost|10\.1\.2\.3|no-such/.test(u)),
      ).toEqual([]);
    });

    it("warns when a feed's articles extract suspiciously short", async () => {
      const teasers = ["/t1", "/t2", "/t3", "/t4", "/t5"];
      for (const path of teasers)
        server.route(path, {
          body: articlePage({
            title: `Teaser ${path}`,
            paragraphs: [
              `Subscribe to read the full report ${path} on the harbour works and what the council decided today.`,
            ],
          }),
        });
      server.route("/teasers.xml", {
        headers: { "content-type": "application/rss+xml" },
        body: rss(server.origin, teasers),
      });
      const feed = await ingest.subscribeFeed({ url: server.url("/teasers.xml") });
      await ingest.pollDueFeeds({ onlyIds: [feed.id] });
      const view = await feedView(feed.url);
      expect(view, JSON.stringify(view)).toMatchObject({ state: "warning" });
      expect(view?.warnings.join(" ")).toMatch(/extract to only .*paywalled/);
    });
  });
}
