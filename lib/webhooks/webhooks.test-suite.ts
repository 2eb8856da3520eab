import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DbModule from "@/lib/db";
import type * as IngestModule from "@/lib/ingest";
import type * as JobsModule from "@/lib/jobs";
import type * as StoriesModule from "@/lib/stories";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { assertSeedsPresent, JOE_SEED, OUTLET_B_SEED } from "@/lib/testing/seeds";
import { startTestReceiver, type TestReceiver } from "./__fixtures__/test-receiver";
import type * as WebhooksModule from "./index";

const SECRET = "a test secret, long enough";
const ORIGIN = "https://parallax.example";
const JOE_URL = "https://joe.example/putin-troops";

const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/**
 * Webhooks end to end on a fresh database of the provider, against a local receiver that checks signatures:
 * refusals store nothing; story, search and everything webhooks get the events they asked for, signed; a
 * receiver that answers 500 or hangs is retried, then dead-lettered; a worker killed mid-delivery leaves the
 * job to another worker, and the delivery arrives (again, with the same id: at least once).
 */
export function describeWebhooks(provider: TestProvider): void {
  describe(`webhooks on ${provider}`, () => {
    useTestDatabase(provider, {
      PARALLAX_FETCH_ALLOW_PRIVATE: "1",
      PARALLAX_JOB_ATTEMPTS: "3",
      PARALLAX_JOB_RETRY_SECONDS: "0",
      PARALLAX_JOB_TIMEOUT_SECONDS: "2",
      PARALLAX_WEBHOOK_TIMEOUT_SECONDS: "1",
    });
    let receiver: TestReceiver;
    let webhooks: typeof WebhooksModule;
    let jobs: typeof JobsModule;
    let db: typeof DbModule;
    let ingest: typeof IngestModule;
    let stories: typeof StoriesModule;
    let child: ChildProcess | undefined;
    let storyId: string;
    let joeId: string;
    const joeText = () => readFileSync(JOE_SEED, "utf8");

    beforeAll(async () => {
      assertSeedsPresent();
      receiver = await startTestReceiver(SECRET);
      webhooks = await import("./index");
      jobs = await import("@/lib/jobs");
      db = await import("@/lib/db");
      ingest = await import("@/lib/ingest");
      stories = await import("@/lib/stories");
      const joe = await ingest.ingestDocument({ content: joeText(), outlet: "JOE", url: JOE_URL });
      storyId = joe.storyId;
      joeId = joe.articleId;
    });
    afterAll(async () => {
      child?.kill("SIGKILL");
      await jobs?.closeQueue();
      await receiver?.close();
    });

    const add = (input: Partial<WebhooksModule.AddWebhookInput> & { url: string }, precheck = {}) =>
      webhooks.addWebhook(
        {
          scope: "all",
          events: ["article.added", "article.edited", "story.edited"],
          secret: SECRET,
          ...input,
        },
        { actor: "ed", origin: ORIGIN, precheck },
      );
    const deliveries = async () =>
      (await webhooks.listWebhooks({ deliveriesEach: 50 })).flatMap((w) => w.deliveries);
    const auditActions = async () =>
      (await (await db.getDb()).auditLog.findMany({ where: { targetType: "webhook" } })).map((a) => a.action);
    const work = async () => {
      const queue = await jobs.getQueue();
      const controller = new AbortController();
      const done = jobs.runWorkers({
        queue,
        handlers: jobs.defaultHandlers,
        concurrency: 2,
        pollMs: 50,
        signal: controller.signal,
      });
      return async () => {
        controller.abort();
        await done;
      };
    };
    const dispatch = async () => jobs.queueWebhookDeliveries(await jobs.getQueue());
    const settled = async () => {
      const stats = await (await jobs.getQueue()).stats();
      return stats.queued === 0 && stats.running === 0;
    };

    it("refuses a receiver on a private address, a bad search or an unknown story, and stores nothing", async () => {
      const guarded = { allowPrivateNetwork: false };
      for (const url of [
        "http://127.0.0.1:9/hook",
        "http://10.1.2.3/hook",
        "http://localhost/hook",
        "http://[::1]/",
      ])
        await expect(add({ url }, guarded)).rejects.toMatchObject({
          code: "FORBIDDEN",
          message: expect.stringMatching(/local or private network address/),
          fields: { url: expect.any(String) },
        });
      // A public-looking name that resolves to a private address is refused the same way.
      const lookup = async () => [{ address: "192.168.1.20", family: 4 as const }];
      await expect(
        add({ url: "https://hooks.example.net/in" }, { ...guarded, lookup }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringMatching(/hooks\.example\.net: it is a local or private network address/),
      });
      await expect(add({ url: "ftp://example.net/x" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      await expect(
        add({ url: receiver.url("/ok"), scope: "search", search: "/?bogus=1" }),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fields: { search: expect.stringMatching(/Unknown parameter "bogus"/) },
      });
      await expect(
        add({ url: receiver.url("/ok"), scope: "search", search: "/?sort=covered" }),
      ).rejects.toMatchObject({ fields: { search: expect.stringMatching(/no search or filter/) } });
      await expect(
        add({ url: receiver.url("/ok"), scope: "story", story: "/stories/nosuchstory" }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await webhooks.listWebhooks()).toEqual([]);
      expect(await auditActions()).toEqual([]);
    });

    it("delivers each webhook the events it asked for, signed, once however often the dispatcher runs", async () => {
      const story = await add({
        url: receiver.url("/ok"),
        scope: "story",
        story: `${ORIGIN}/stories/${storyId}/compare`,
        events: ["article.added"],
      });
      const search = await add({
        url: receiver.url("/ok"),
        scope: "search",
        search: `${ORIGIN}/?outlet=outlet-b`,
      });
      const nobody = await add({ url: receiver.url("/ok"), scope: "search", search: "outlet=nobody-at-all" });
      const edits = await add({ url: receiver.url("/ok"), events: ["article.edited"] });
      expect((await auditActions()).sort()).toEqual([
        "webhook.add",
        "webhook.add",
        "webhook.add",
        "webhook.add",
      ]);
      // Events after the webhooks were added: another outlet's article joins the story, JOE's is corrected.
      const other = await ingest.ingestDocument({
        content: readFileSync(OUTLET_B_SEED, "utf8"),
        outlet: "Outlet B",
      });
      expect(other.storyId).toBe(storyId);
      const edited = await ingest.ingestDocument({
        content: joeText().replace(
          "Eastern Economic Forum in Vladivostok",
          "Eastern Economic Forum, in Vladivostok",
        ),
        outlet: "JOE",
        url: JOE_URL,
      });
      expect(edited).toMatchObject({ articleId: joeId, status: "updated" });

      // One event of each kind a page: the pass pages through them all the same.
      const paged = await jobs.queueWebhookDeliveries(await jobs.getQueue(), { limit: 1 });
      expect(paged.added).toBe(4);
      expect(await dispatch()).toEqual({ added: 0, queued: 0, pruned: 0 });
      const stop = await work();
      await waitFor(
        async () => receiver.at("/ok").length === 4 && (await settled()),
        30_000,
        "four deliveries",
      );
      await stop();
      expect(await dispatch()).toEqual({ added: 0, queued: 0, pruned: 0 });

      const got = receiver.at("/ok");
      expect(got.every((d) => d.verified)).toBe(true);
      const byHook = (id: string) => got.filter((d) => (d.payload.webhook as { id: string }).id === id);
      expect(byHook(story.id).map((d) => d.payload.event)).toEqual(["article.added"]);
      expect(byHook(story.id)[0]!.payload).toMatchObject({
        attempt: 1,
        story: { id: storyId, url: `${ORIGIN}/stories/${storyId}` },
        entry: { kind: "article", url: `${ORIGIN}/articles/${other.articleId}`, author: "Outlet B" },
      });
      expect(
        byHook(search.id)
          .map((d) => d.payload.event)
          .sort(),
      ).toEqual(["article.added", "article.edited"]);
      expect(byHook(nobody.id)).toEqual([]);
      expect(byHook(edits.id).map((d) => d.payload.event)).toEqual(["article.edited"]);
      const [first] = byHook(edits.id);
      expect(first!.headers).toMatchObject({
        "x-parallax-event": "article.edited",
        "x-parallax-delivery": first!.payload.id,
        "user-agent": "Parallax-Webhooks/1",
      });
      expect(Number(first!.headers["x-parallax-timestamp"])).toBe(
        Math.floor(Date.parse(String(first!.payload.sentAt)) / 1000),
      );
      const log = await deliveries();
      expect(log).toHaveLength(4);
      expect(log.every((d) => d.status === "delivered" && d.attempts === 1 && d.lastStatus === 200)).toBe(
        true,
      );
      // Finished deliveries are forgotten once older than what is kept (never within the look-back; both nil here).
      const later = { lookbackMs: 0, keepMs: 0, now: new Date(Date.now() + 1000) };
      expect(await jobs.queueWebhookDeliveries(await jobs.getQueue(), later)).toEqual({
        added: 0,
        queued: 0,
        pruned: 4,
      });
      expect(await deliveries()).toEqual([]);
      for (const hook of [story, search, nobody, edits]) await webhooks.removeWebhook(hook.id, "ed");
      expect(await webhooks.listWebhooks()).toEqual([]);
      expect((await auditActions()).filter((a) => a === "webhook.remove")).toHaveLength(4);
    });

    it("retries a receiver that answers 500 or hangs, then lists the jobs as dead letters", async () => {
      const broken = await add({ url: receiver.url("/broken"), events: ["story.edited"] });
      const hanging = await add({ url: receiver.url("/hang"), events: ["story.edited"] });
      const other = (await (
        await db.getDb()
      ).article.findFirst({ where: { id: { not: joeId } }, select: { id: true } }))!;
      await stories.splitStory({ actor: "ed", storyId, articleIds: [other.id] });
      expect((await dispatch()).added).toBe(2);
      const queue = await jobs.getQueue();
      const started = Date.now();
      const stop = await work();
      await waitFor(async () => (await queue.stats()).dead === 2, 60_000, "two dead letters");
      await stop();
      expect(receiver.at("/broken")).toHaveLength(3);
      expect(receiver.at("/hang")).toHaveLength(3);
      expect(receiver.at("/broken").map((d) => d.payload.attempt)).toEqual([1, 2, 3]);
      expect(new Set(receiver.at("/hang").map((d) => d.payload.id)).size).toBe(1);
      // Three attempts each, a hung one cut after a second: far less than three job timeouts.
      expect(Date.now() - started).toBeLessThan(30_000);
      const dead = await queue.deadLetters(10);
      expect(dead.map((d) => d.kind)).toEqual(["deliver-webhook", "deliver-webhook"]);
      expect(dead.map((d) => jobs.jobSubject(d.payload)).sort()).toEqual([
        receiver.url("/broken"),
        receiver.url("/hang"),
      ]);
      expect(dead.find((d) => jobs.jobSubject(d.payload).endsWith("/broken"))?.error).toMatch(/answered 500/);
      expect(dead.find((d) => jobs.jobSubject(d.payload).endsWith("/hang"))?.error).toMatch(
        /timed out after 1 s/,
      );
      const log = await deliveries();
      expect(log.map((d) => [d.status, d.attempts]).sort()).toEqual([
        ["failed", 3],
        ["failed", 3],
      ]);
      expect(log.map((d) => d.lastStatus).sort()).toEqual([500, null]);
      for (const hook of [broken, hanging]) await webhooks.removeWebhook(hook.id, "ed");
      for (const letter of dead) await queue.retryDead(letter.id);
      // A dead letter retried after its webhook was removed sends nothing and completes.
      const again = await work();
      await waitFor(settled, 20_000, "the retried letters");
      await again();
      expect((await queue.stats()).dead).toBe(0);
      expect(receiver.at("/broken")).toHaveLength(3);
    });

    it("takes back the delivery of a worker killed mid-delivery and delivers it", async () => {
      let calls = 0;
      receiver.route("/first-hangs", (_delivery, res) => {
        calls += 1;
        if (calls > 1) res.writeHead(204).end();
      });
      const hook = await add({ url: receiver.url("/first-hangs"), events: ["story.edited"] });
      const split = (
        await (
          await db.getDb()
        ).story.findMany({ where: { mergedIntoId: null, id: { not: storyId } }, select: { id: true } })
      )[0]!;
      // A webhook on the story merged away follows it into the story it joined.
      const okBefore = receiver.at("/ok").length;
      await add({ url: receiver.url("/ok"), scope: "story", story: split.id, events: ["story.edited"] });
      await stories.mergeStories({ actor: "ed", intoStoryId: storyId, fromStoryId: split.id });
      // `npm run worker` as one process; its own dispatcher pass queues the delivery.
      child = spawn(
        process.execPath,
        ["--import", "tsx", "--conditions=react-server", "lib/cli/main.ts", "worker", "--concurrency", "1"],
        {
          env: { ...process.env, PARALLAX_LOG_LEVEL: "silent", PARALLAX_WEBHOOK_TIMEOUT_SECONDS: "60" },
          stdio: "ignore",
        },
      );
      await waitFor(() => calls === 1, 60_000, "the child worker's delivery");
      child.kill("SIGKILL");
      await new Promise((resolve) => child!.once("exit", resolve));
      const queue = await jobs.getQueue();
      expect((await queue.stats()).running).toBe(1);
      const stop = await work();
      await waitFor(
        async () => calls === 2 && receiver.at("/ok").length === okBefore + 1 && (await settled()),
        30_000,
        "the delivery after the kill",
      );
      expect(receiver.at("/ok").at(-1)!.payload).toMatchObject({
        event: "story.edited",
        story: { id: storyId },
        entry: { title: "Stories merged by an editor" },
      });
      await stop();
      const got = receiver.at("/first-hangs");
      expect(got).toHaveLength(2);
      expect(got.every((d) => d.verified)).toBe(true);
      expect(got[1]!.payload.id).toBe(got[0]!.payload.id);
      const [delivery] = (await webhooks.listWebhooks()).find((w) => w.id === hook.id)!.deliveries;
      expect(delivery).toMatchObject({ status: "delivered", lastStatus: 204, event: "story.edited" });
      expect((await queue.stats()).dead).toBe(0);
    });

    it("checks the receiver's address again at delivery and refuses it for good when it is now private", async () => {
      for (const earlier of await webhooks.listWebhooks()) await webhooks.removeWebhook(earlier.id, "ed");
      const hook = await add({ url: receiver.url("/ok"), events: ["story.edited"] });
      const other = (await (
        await db.getDb()
      ).article.findFirst({
        where: { id: { not: joeId } },
        select: { id: true },
      }))!;
      await stories.splitStory({ actor: "ed", storyId, articleIds: [other.id] });
      // Stored and marked queued, but no job: this test sends it itself, with the guard on.
      expect((await webhooks.dispatchWebhookEvents({ send: async () => {} })).added).toBe(1);
      const [delivery] = (await webhooks.listWebhooks()).find((w) => w.id === hook.id)!.deliveries;
      const before = receiver.received.length;
      await expect(
        webhooks.deliverWebhook(delivery!.id, { lastAttempt: false, allowPrivateNetwork: false }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringMatching(/127\.0\.0\.1 is a loopback address/),
      });
      expect(receiver.received.length).toBe(before);
      const [after] = (await webhooks.listWebhooks()).find((w) => w.id === hook.id)!.deliveries;
      expect(after).toMatchObject({ status: "failed", attempts: 1, lastStatus: null });
      // Sent again (a retried dead letter) with the address allowed, it is delivered once and then skipped.
      expect(await webhooks.deliverWebhook(delivery!.id, { lastAttempt: false })).toMatchObject({
        status: "delivered",
      });
      expect(await webhooks.deliverWebhook(delivery!.id, { lastAttempt: false })).toMatchObject({
        status: "skipped",
      });
      expect(receiver.received.length).toBe(before + 1);
    });
  });
}
