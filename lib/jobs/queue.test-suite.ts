import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type * as JobsModule from "./index";
import type { JobHandlers } from "./handlers";

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const noop: JobHandlers = {
  "poll-feed": async () => null,
  "ingest-url": async () => null,
  "deliver-webhook": async () => null,
};

/**
 * The queue's own behaviour on a fresh database, with handlers that record calls: jobs run, failed ones are
 * retried with growing delays and then land in the dead-letter list, a dead letter can be retried, and keyed
 * work is queued and run once even with two workers taking jobs side by side.
 */
export function describeQueue(provider: TestProvider): void {
  describe(`job queue on ${provider}`, () => {
    useTestDatabase(provider);
    let jobs: typeof JobsModule;
    // pg-boss counts retry delays in whole seconds; the SQLite queue takes fractions.
    const retryDelaySeconds = provider === "postgres" ? 1 : 0.2;
    const settings = { attempts: 3, retryDelaySeconds, timeoutSeconds: 30, pollMs: 50 };
    let queue: JobsModule.JobQueue;

    beforeAll(async () => {
      jobs = await import("./index");
      await (await import("@/lib/db")).getDb();
      queue = await jobs.openQueue(settings);
    });
    afterAll(async () => {
      await queue?.close();
    });

    const work = (handlers: JobHandlers, concurrency = 1, q = queue) => {
      const controller = new AbortController();
      const done = jobs.runWorkers({
        queue: q,
        handlers,
        concurrency,
        pollMs: 50,
        signal: controller.signal,
      });
      return async () => {
        controller.abort();
        await done;
      };
    };

    it("runs a queued job once and removes it from the counts", async () => {
      const seen: string[] = [];
      const stop = work({ ...noop, "ingest-url": async ({ url }) => void seen.push(url) });
      await queue.send("ingest-url", { url: "https://example.test/a" });
      await waitFor(async () => seen.length === 1 && (await queue.stats()).running === 0, 10_000);
      await stop();
      expect(seen).toEqual(["https://example.test/a"]);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, dead: 0 });
    });

    it("retries a failing job with growing delays, then lists it as a dead letter", async () => {
      const calls: number[] = [];
      const stop = work({
        ...noop,
        "ingest-url": async () => {
          calls.push(Date.now());
          throw new Error(`upstream answered 503 (call ${calls.length})`);
        },
      });
      await queue.send("ingest-url", { url: "https://example.test/broken" });
      await waitFor(async () => (await queue.stats()).dead === 1, 20_000);
      await stop();
      expect(calls).toHaveLength(3);
      const [first, second, third] = calls as [number, number, number];
      expect(second - first).toBeGreaterThanOrEqual(retryDelaySeconds * 1000 - 50);
      expect(third - second).toBeGreaterThanOrEqual(2 * retryDelaySeconds * 1000 - 50);
      const [dead] = await queue.deadLetters(10);
      expect(dead).toMatchObject({
        kind: "ingest-url",
        payload: { url: "https://example.test/broken" },
        attempts: 3,
      });
      expect(dead?.error).toMatch(/503 \(call 3\)/);
    });

    it("dead-letters at once a failure a retry cannot mend", async () => {
      const { AppError } = await import("@/lib/errors");
      let calls = 0;
      const stop = work({
        ...noop,
        "ingest-url": async () => {
          calls += 1;
          throw new AppError("NOT_FOUND", "The page answered 404 Not Found.");
        },
      });
      await queue.send("ingest-url", { url: "https://example.test/gone" });
      await waitFor(async () => (await queue.stats()).dead === 2, 10_000);
      await stop();
      expect(calls).toBe(1);
      const gone = (await queue.deadLetters(10)).find((d) => d.error?.includes("404"));
      expect(gone).toMatchObject({ attempts: 1, payload: { url: "https://example.test/gone" } });
      expect(await queue.retryDead(gone!.id)).toBe(true);
      const seen: string[] = [];
      const again = work({ ...noop, "ingest-url": async ({ url }) => void seen.push(url) });
      await waitFor(async () => seen.length === 1 && (await queue.stats()).running === 0, 10_000);
      await again();
      expect(seen).toEqual(["https://example.test/gone"]);
    });

    it("queues a dead letter again on request, and it runs", async () => {
      const [dead] = await queue.deadLetters(10);
      expect(await queue.retryDead("no-such-job")).toBe(false);
      expect(await queue.retryDead(dead!.id)).toBe(true);
      const seen: string[] = [];
      const stop = work({ ...noop, "ingest-url": async ({ url }) => void seen.push(url) });
      await waitFor(async () => seen.length === 1 && (await queue.stats()).running === 0, 10_000);
      await stop();
      expect(seen).toEqual(["https://example.test/broken"]);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, dead: 0 });
      expect(await queue.deadLetters(10)).toEqual([]);
    });

    it("queues keyed work once and two workers never run one job twice", async () => {
      expect(
        await queue.send("ingest-url", { url: "https://example.test/k0" }, { key: "k0" }),
      ).not.toBeNull();
      expect(await queue.send("ingest-url", { url: "https://example.test/k0" }, { key: "k0" })).toBeNull();
      for (let i = 1; i < 30; i++)
        await queue.send("ingest-url", { url: `https://example.test/k${i}` }, { key: `k${i}` });
      const other = await jobs.openQueue(settings);
      const seen: string[] = [];
      const handlers: JobHandlers = {
        ...noop,
        "ingest-url": async ({ url }) => {
          seen.push(url);
          await new Promise((resolve) => setTimeout(resolve, 20));
        },
      };
      const stops = [work(handlers, 2), work(handlers, 2, other)];
      await waitFor(async () => seen.length >= 30 && (await queue.stats()).running === 0, 20_000);
      for (const stop of stops) await stop();
      await other.close();
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, dead: 0 });
    });
  });
}
