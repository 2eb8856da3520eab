import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "@/lib/cli/output";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { assertSeedsPresent, JOE_SEED, OUTLET_B_SEED } from "@/lib/testing/seeds";

type RunCli = (argv: string[], io: CliIo) => Promise<number>;
const silent: CliIo = { out: () => {}, err: () => {} };
const JOE_URL = "https://joe.example/news/putin-troops";

/**
 * The rendered-page cache as proxy.ts uses it, against a real database: the "app" it renders from is a local
 * server that answers a story page from the database with a fresh nonce each time, so a stale answer shows.
 * Edits, new versions and merges must all lead to a new render on the next request.
 */
export function describePageCache(provider: TestProvider): void {
  describe(`rendered-page cache on ${provider}`, () => {
    useTestDatabase(provider);
    let runCli: RunCli;
    let app: FixtureServer;
    let scratch: string;
    let storyId: string;
    let renders = 0;

    async function renderStory(req: IncomingMessage, res: ServerResponse): Promise<void> {
      renders++;
      const id = /^\/stories\/([^/?]+)/.exec(req.url ?? "")?.[1] ?? "";
      const { getStory } = await import("@/lib/views");
      const story = await getStory(id);
      const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-security-policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
      res.setHeader("link", `</app.css>; rel=preload; as="style"; nonce="${nonce}"`);
      res.setHeader("x-rendered", String(renders));
      if (!story) {
        res.statusCode = 404;
        res.end("gone");
        return;
      }
      const articles = story.articles.map((a) => `${a.outlet.name}: ${a.title}`).join("|");
      res.end(
        `<script nonce="${nonce}">boot()</script><h1>${story.title}</h1><p>${story.articleCount} articles</p>` +
          `<ul>${articles}</ul><p>host ${String(req.headers["x-forwarded-host"])}</p><script nonce="${nonce}">x</script>`,
      );
    }

    function request(pathname: string, init: { method?: string; headers?: Record<string, string> } = {}) {
      return new NextRequest(`http://news.example${pathname}`, {
        method: init.method ?? "GET",
        headers: { host: "news.example", accept: "text/html", ...init.headers },
      });
    }

    async function serve(pathname: string, init: Parameters<typeof request>[1] = {}) {
      const { servePageFromCache } = await import("./serve");
      const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
      const response = await servePageFromCache(request(pathname, init), {
        nonce,
        policy: `script-src 'nonce-${nonce}'`,
      });
      return { response, nonce, body: response ? await response.text() : "" };
    }

    beforeAll(async () => {
      assertSeedsPresent();
      app = await startFixtureServer();
      process.env.PORT = String(app.port);
      ({ runCli } = await import("@/lib/cli/run"));
      scratch = mkdtempSync(path.join(tmpdir(), "parallax-page-cache-"));
      expect(await runCli(["ingest", JOE_SEED, "--outlet", "JOE", "--url", JOE_URL], silent)).toBe(0);
      expect(await runCli(["ingest", OUTLET_B_SEED, "--outlet", "Outlet B"], silent)).toBe(0);
      const { listStories } = await import("@/lib/views");
      const { items } = await listStories();
      expect(items).toHaveLength(1);
      storyId = items[0]!.id;
      for (const page of [`/stories/${storyId}`, `/stories/${storyId}/compare`])
        app.route(page, (req, res) => renderStory(req, res));
    });

    afterAll(async () => {
      delete process.env.PORT;
      await app?.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    it("renders a page once, then serves it from memory with each request's own nonce", async () => {
      const first = await serve(`/stories/${storyId}`);
      expect(first.response?.status).toBe(200);
      expect(first.response?.headers.get("x-parallax-page-cache")).toBe("miss");
      expect(renders).toBe(1);
      expect(first.body).toContain("2 articles");
      expect(first.body).toContain("host news.example");
      expect(first.body.match(new RegExp(`nonce="${first.nonce}"`, "g"))).toHaveLength(2);

      const second = await serve(`/stories/${storyId}`);
      expect(second.response?.headers.get("x-parallax-page-cache")).toBe("hit");
      expect(renders).toBe(1);
      expect(second.nonce).not.toBe(first.nonce);
      expect(second.body).toBe(first.body.replaceAll(first.nonce, second.nonce));
      expect(second.body).not.toContain(first.nonce);
      expect(second.response?.headers.get("content-security-policy")).toBe(
        `script-src 'nonce-${second.nonce}'`,
      );
      expect(second.response?.headers.get("link")).toContain(`nonce="${second.nonce}"`);
      expect(second.response?.headers.get("content-type")).toBe("text/html; charset=utf-8");
    });

    it("renders concurrent first requests for a page once", async () => {
      const before = renders;
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => serve(`/stories/${storyId}/compare?articles=a,b`)),
      );
      expect(renders).toBe(before + 1);
      for (const answer of answers) expect(answer.body).toContain(`nonce="${answer.nonce}"`);
    });

    it("renders again after a member article gets a new version", async () => {
      const before = renders;
      const edited = path.join(scratch, "joe-edited.txt");
      writeFileSync(
        edited,
        readFileSync(JOE_SEED, "utf8").replace("has invited", "has once again invited") + "\nA late line.",
      );
      expect(await runCli(["ingest", edited, "--outlet", "JOE", "--url", JOE_URL], silent)).toBe(0);
      const after = await serve(`/stories/${storyId}`);
      expect(after.response?.headers.get("x-parallax-page-cache")).toBe("miss");
      expect(renders).toBe(before + 1);
      expect((await serve(`/stories/${storyId}`)).response?.headers.get("x-parallax-page-cache")).toBe("hit");
    });

    it("renders again after a member outlet's profile changes (the coverage line)", async () => {
      const { editOutletFact } = await import("@/lib/ingest");
      const before = renders;
      await editOutletFact({
        slug: "joe",
        kind: "type",
        value: "private",
        source: "A test register",
        sourceUrl: null,
        asOf: new Date("2026-01-01T00:00:00Z"),
        actor: "test",
      });
      const after = await serve(`/stories/${storyId}`);
      expect(after.response?.headers.get("x-parallax-page-cache")).toBe("miss");
      expect(renders).toBe(before + 1);
      expect((await serve(`/stories/${storyId}`)).response?.headers.get("x-parallax-page-cache")).toBe("hit");
    });

    it("renders again after an editor splits the story, and stops caching a story merged away", async () => {
      const { getStory } = await import("@/lib/views");
      const { splitStory, mergeStories } = await import("@/lib/stories");
      const story = await getStory(storyId);
      const outletB = story!.articles.find((a) => a.outlet.name === "Outlet B")!;
      const split = await splitStory({ actor: "test", storyId, articleIds: [outletB.id] });
      const newStoryId = split.storyId;
      expect(newStoryId).not.toBe(storyId);

      const before = renders;
      const after = await serve(`/stories/${storyId}`);
      expect(after.response?.headers.get("x-parallax-page-cache")).toBe("miss");
      expect(renders).toBe(before + 1);
      expect(after.body).toContain("1 articles");
      expect(after.body).not.toContain("Outlet B");

      await mergeStories({ actor: "test", intoStoryId: newStoryId, fromStoryId: storyId });
      // The merged-away story's page redirects in the app: the cache leaves it to the app.
      const merged = await serve(`/stories/${storyId}`);
      expect(merged.response).toBeNull();
      expect(renders).toBe(before + 1);
    });

    it("leaves personal, navigation and write requests, unknown stories and other pages to the app", async () => {
      const before = renders;
      const page = `/stories/${storyId}`;
      const requests: Parameters<typeof request>[1][] = [
        { headers: { cookie: "parallax_session=x" } },
        { headers: { rsc: "1" } },
        // What a client navigation's RSC fetch looks like once Next.js stripped its flight headers.
        { headers: { accept: "*/*" } },
        { headers: { accept: "*/*", "next-url": page } },
        { headers: { "next-url": page } },
        { headers: { "sec-fetch-dest": "empty" } },
        { headers: { "next-action": "abc" } },
        { headers: { authorization: "Bearer x" } },
        { method: "POST" },
        { method: "HEAD" },
      ];
      for (const init of requests) expect((await serve(page, init)).response).toBeNull();
      expect((await serve(`${page}?_rsc=1`)).response).toBeNull();
      // Only the compare view's article choice is a cached variant; other parameters are not stored.
      expect((await serve(`${page}?added=x`)).response).toBeNull();
      expect((await serve(`${page}?junk=1`)).response).toBeNull();
      expect((await serve(`${page}/compare?articles=a&junk=1`)).response).toBeNull();
      expect((await serve("/stories/no-such-story")).response).toBeNull();
      expect((await serve(`/articles/${storyId}`)).response).toBeNull();
      expect(renders).toBe(before);
    });

    it("turns itself off when the app does not answer on the loopback address", async () => {
      const { createServer } = await import("node:net");
      const closed = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, "127.0.0.1", () => {
          const address = probe.address();
          probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
        });
      });
      const { listStories } = await import("@/lib/views");
      const live = (await listStories()).items[0]!.id;
      app.route(`/stories/${live}/compare`, (req, res) => renderStory(req, res));
      process.env.PORT = String(closed);
      try {
        expect((await serve(`/stories/${live}/compare?articles=1`)).response).toBeNull();
        process.env.PORT = String(app.port);
        // Off for the rest of the process, even with the port back.
        expect((await serve(`/stories/${live}/compare?articles=2`)).response).toBeNull();
      } finally {
        process.env.PORT = String(app.port);
        delete (globalThis as { parallaxPagesUnreachable?: boolean }).parallaxPagesUnreachable;
      }
      expect((await serve(`/stories/${live}/compare?articles=3`)).response?.status).toBe(200);
    });
  });
}
