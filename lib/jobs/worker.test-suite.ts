import { spawn, type ChildProcess } from "node:child_process";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import type * as DbModule from "@/lib/db";
import type * as JobsModule from "./index";

const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const page = (title: string, topic: string) => ({
  body: articlePage({ title, paragraphs: storyParagraphs(topic) }),
});

/**
 * Workers running the real pipeline on a fresh database against a local server: queued pages become articles
 * once each, due feeds are polled through the queue, and a worker process killed mid-job loses nothing (another
 * worker takes the job back after the timeout and the article is stored exactly once).
 */
export function describeWorkers(provider: TestProvider): void {
  describe(`job workers on ${provider}`, () => {
    useTestDatabase(provider, {
      PARALLAX_FETCH_ALLOW_PRIVATE: "1",
      PARALLAX_JOB_TIMEOUT_SECONDS: "2",
      PARALLAX_JOB_RETRY_SECONDS: "0",
    });
    let server: FixtureServer;
    let jobs: typeof JobsModule;
    let db: typeof DbModule;
    let child: ChildProcess | undefined;
    const hung: ServerResponse[] = [];

    beforeAll(async () => {
      server = await startFixtureServer({
        "/a": page("Bridge vote delayed", "bridge vote"),
        "/b": page("Ferry strike ends", "ferry strike"),
        "/c": page("Storm closes harbour", "storm closure"),
        "/feed-item": page("Library reopens after flood", "library flood"),
      });
      jobs = await import("./index");
      db = await import("@/lib/db");
      await db.getDb();
    });
    afterAll(async () => {
      child?.kill("SIGKILL");
      for (const res of hung) res.destroy();
      await jobs?.closeQueue();
      await server?.close();
    });

    const articles = async () => db.countArticles(await db.getDb());
    const drained = async (queue: JobsModule.JobQueue) => {
      const stats = await queue.stats();
      return stats.queued === 0 && stats.running === 0;
    };
    const work = (concurrency = 2) => {
      const controller = new AbortController();
      const done = jobs.runJobWorker({ concurrency, scheduleEveryMs: 100, signal: controller.signal });
      return async () => {
        controller.abort();
        await done;
      };
    };

    it("ingests queued pages once each, however often a page is queued", async () => {
      const urls = ["/a", "/b", "/c", "/a", "/a", "/b"].map((p) => server.url(p));
      expect(await jobs.enqueueUrls(urls)).toEqual({ queued: 3, alreadyQueued: 3 });
      const queue = await jobs.getQueue();
      const stop = work();
      await waitFor(async () => (await articles()) === 3 && (await drained(queue)), 30_000, "three articles");
      await stop();
      expect((await queue.stats()).dead).toBe(0);
      expect(server.requests.filter((r) => r.path === "/a")).toHaveLength(1);
    });

    it("polls a due feed through the queue", async () => {
      const { subscribeFeed } = await import("@/lib/ingest");
      server.route("/feed.xml", {
        headers: { "content-type": "application/rss+xml" },
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><link>${server.origin}/</link><item><title>Library</title><link>${server.url("/feed-item")}</link><guid>lib-1</guid></item></channel></rss>`,
      });
      await subscribeFeed({ url: server.url("/feed.xml"), outlet: "The Harbour Daily" });
      const before = await articles();
      const stop = work();
      await waitFor(async () => (await articles()) === before + 1, 30_000, "the feed's article");
      await stop();
      expect(server.requests.filter((r) => r.path === "/feed.xml")).toHaveLength(1);
    });

    it("takes back the job of a worker killed mid-job and stores its article exactly once", async () => {
      let calls = 0;
      server.route("/slow", (_req, res) => {
        calls += 1;
        if (calls === 1) {
          hung.push(res); // the first worker never gets its answer: it is killed while waiting
          return;
        }
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(page("Pier repairs begin", "pier repairs").body);
      });
      const before = await articles();
      await jobs.enqueueUrls([server.url("/slow")]);
      // `npm run worker`, as one process (through the tsx binary, SIGKILL would leave its node child running).
      child = spawn(
        process.execPath,
        ["--import", "tsx", "--conditions=react-server", "lib/cli/main.ts", "worker", "--concurrency", "1"],
        { env: { ...process.env, PARALLAX_LOG_LEVEL: "silent" }, stdio: "ignore" },
      );
      await waitFor(() => calls === 1, 60_000, "the child worker's request");
      child.kill("SIGKILL");
      await new Promise((resolve) => child!.once("exit", resolve));
      const queue = await jobs.getQueue();
      expect((await queue.stats()).running).toBe(1);
      const stop = work(1);
      await waitFor(async () => (await articles()) === before + 1 && (await drained(queue)), 30_000, "retry");
      await stop();
      expect(calls).toBe(2);
      expect(await articles()).toBe(before + 1);
      expect((await queue.stats()).dead).toBe(0);
    });
  });
}
