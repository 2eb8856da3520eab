import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import type * as DbModule from "@/lib/db";
import type * as IngestModule from "@/lib/ingest";
import type * as ViewsModule from "@/lib/views";
import type * as JobsModule from "./index";

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const TOPICS = [
  "bridge vote",
  "ferry strike",
  "storm closure",
  "library flood",
  "pier repairs",
  "tram fares",
];

function rss(origin: string, paths: string[]): string {
  const items = paths
    .map((p, i) => `<item><title>Item ${i}</title><link>${origin}${p}</link><guid>${p}</guid></item>`)
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><link>${origin}/</link>${items}</channel></rss>`;
}

/**
 * A feed polled through the queue on a fresh database: the poll records its new items as pending and queues one
 * ingest-url job each, the jobs store every article once and mark their items, a failing item is retried and
 * becomes a dead letter without holding up the others, and polling again queues nothing new.
 */
export function describeFeedJobs(provider: TestProvider): void {
  describe(`feed polls through the queue on ${provider}`, () => {
    useTestDatabase(provider, {
      PARALLAX_FETCH_ALLOW_PRIVATE: "1",
      PARALLAX_JOB_ATTEMPTS: "2",
      PARALLAX_JOB_RETRY_SECONDS: "0",
      PARALLAX_LOG_LEVEL: "error",
    });
    let server: FixtureServer;
    let jobs: typeof JobsModule;
    let db: typeof DbModule;
    let ingest: typeof IngestModule;
    let views: typeof ViewsModule;
    let queue: JobsModule.JobQueue;
    let flakyCalls = 0;
    const paths = TOPICS.map((_, i) => `/story-${i}`);
    const ingestJobs: JobsModule.JobPayloads["ingest-url"][] = [];

    beforeAll(async () => {
      server = await startFixtureServer(
        Object.fromEntries(
          TOPICS.map((topic, i) => [
            `/story-${i}`,
            { body: articlePage({ title: `Harbour ${topic} today`, paragraphs: storyParagraphs(topic) }) },
          ]),
        ),
      );
      server.route("/broken", (_req, res) => {
        flakyCalls += 1;
        res.statusCode = 503;
        res.end("down");
      });
      server.route("/feed.xml", {
        headers: { "content-type": "application/rss+xml" },
        body: rss(server.origin, [...paths, "/broken"]),
      });
      jobs = await import("./index");
      db = await import("@/lib/db");
      ingest = await import("@/lib/ingest");
      views = await import("@/lib/views");
      queue = await jobs.openQueue({ pollMs: 50 });
    });
    afterAll(async () => {
      await queue?.close();
      await server?.close();
    });

    const feedView = async (url: string) => (await views.listFeeds()).find((f) => f.url === url);
    const items = async (feedId: string) =>
      (await db.getDb()).feedItem.findMany({ where: { feedId }, orderBy: { url: "asc" } });
    /** Claims the feed as the scheduler would and runs its poll-feed job's handler. */
    const poll = async (feedId: string) => {
      const [feed] = await db.claimDueFeeds(await db.getDb(), {
        now: new Date(),
        limit: 1,
        leaseMs: 60_000,
        onlyIds: [feedId],
      });
      return (await jobs.defaultHandlers["poll-feed"](
        { feed: feed! },
        { queue, attempt: 1, maxAttempts: 1 },
      )) as IngestModule.PollOutcome;
    };
    const drain = async () => {
      const controller = new AbortController();
      const handlers: JobsModule.JobHandlers = {
        ...jobs.defaultHandlers,
        "ingest-url": async (payload, context) => {
          ingestJobs.push(payload);
          return jobs.defaultHandlers["ingest-url"](payload, context);
        },
      };
      const done = jobs.runWorkers({
        queue,
        handlers,
        concurrency: 3,
        pollMs: 50,
        signal: controller.signal,
      });
      await waitFor(
        async () => {
          const stats = await queue.stats();
          return stats.queued === 0 && stats.running === 0;
        },
        60_000,
        "the queue drained",
      );
      controller.abort();
      await done;
    };

    it("queues one ingest-url job per new item; the jobs store each article once and mark the items", async () => {
      const feed = await ingest.subscribeFeed({ url: server.url("/feed.xml"), outlet: "The Harbour Daily" });
      const first = await poll(feed.id);
      expect(first).toMatchObject({
        result: "ok",
        items: paths.length + 1,
        queued: paths.length + 1,
        created: 0,
      });
      expect((await items(feed.id)).map((item) => item.status)).toEqual(
        Array(paths.length + 1).fill("pending"),
      );
      expect(await queue.stats()).toMatchObject({ queued: paths.length + 1, running: 0 });
      // A second poll while the items wait queues none of them again.
      expect(await poll(feed.id)).toMatchObject({ result: "ok", queued: 0 });
      expect((await queue.stats()).queued).toBe(paths.length + 1);

      await drain();
      const stored = await db.countArticles(await db.getDb());
      expect(stored).toBe(paths.length);
      for (const p of paths) expect(server.requests.filter((r) => r.path === p)).toHaveLength(1);
      const okJobs = ingestJobs.filter((job) => job.feedItem?.url !== server.url("/broken"));
      expect(okJobs.map((job) => job.feedItem?.url).sort()).toEqual(paths.map((p) => server.url(p)).sort());
      expect(
        okJobs.every((job) => job.feedItem?.feedId === feed.id && job.outlet === "The Harbour Daily"),
      ).toBe(true);
      const rows = await items(feed.id);
      const ok = rows.filter((row) => row.url !== server.url("/broken"));
      expect(ok.map((row) => row.status)).toEqual(Array(paths.length).fill("ingested"));
      expect(ok.every((row) => row.articleId !== null && (row.extractedChars ?? 0) > 0)).toBe(true);
      const view = await feedView(feed.url);
      expect(view).toMatchObject({
        itemsFound: paths.length,
        consecutiveFailures: 0,
        lastItemCount: paths.length + 1,
      });
      // The lengths the "suspiciously short" warning looks at were recorded as each job finished, none lost to
      // items of one feed finishing at the same moment.
      expect(view?.medianExtractChars).toBeGreaterThan(200);
      const row = await (await db.getDb()).feed.findUnique({ where: { id: feed.id } });
      expect(row?.recentExtractLengths).toHaveLength(paths.length);
    });

    it("retries a failing item's job, then makes it a dead letter, without holding up the others", async () => {
      const feed = await feedView(server.url("/feed.xml"));
      expect(flakyCalls).toBe(2);
      expect(ingestJobs.filter((job) => job.feedItem?.url === server.url("/broken"))).toHaveLength(2);
      const dead = await queue.deadLetters(10);
      expect(dead).toEqual([
        expect.objectContaining({ kind: "ingest-url", attempts: 2, error: expect.stringMatching(/503/) }),
      ]);
      const broken = (await items(feed!.id)).find((row) => row.url === server.url("/broken"));
      expect(broken).toMatchObject({ status: "failed", attempts: 2 });
      expect(broken?.error).toMatch(/503/);
      expect(feed?.failedItems.map((item) => item.url)).toEqual([server.url("/broken")]);
    });

    it("polls the same feed again without queueing what is stored or already queued", async () => {
      const feed = await feedView(server.url("/feed.xml"));
      // Only the failed item is queued again: a poll retries an item until it has failed three times.
      expect(await poll(feed!.id)).toMatchObject({ result: "ok", items: paths.length + 1, queued: 1 });
      expect(await poll(feed!.id)).toMatchObject({ result: "ok", queued: 0 });
      expect((await queue.stats()).queued).toBe(1);
      const pending = (await items(feed!.id)).filter((row) => row.status === "pending");
      expect(pending.map((row) => row.url)).toEqual([server.url("/broken")]);
      expect(await db.countArticles(await db.getDb())).toBe(paths.length);
    });
  });
}
