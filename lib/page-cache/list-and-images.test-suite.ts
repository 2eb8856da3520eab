import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * The story list and Open Graph images in the rendered-page cache, against a real database: the "app" is a
 * local server that renders the list and a story's image from the database, counting renders, so a stale or
 * missing cache shows.
 */
export function describeListAndImageCache(provider: TestProvider): void {
  describe(`story list and image cache on ${provider}`, () => {
    useTestDatabase(provider);
    let runCli: RunCli;
    let app: FixtureServer;
    let scratch: string;
    let storyId: string;
    const renders = { list: 0, image: 0 };

    async function renderList(_req: IncomingMessage, res: ServerResponse): Promise<void> {
      renders.list++;
      const { listStories } = await import("@/lib/views");
      const { items } = await listStories();
      const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
      res.end(
        `<script nonce="${nonce}">boot()</script><ul>${items.map((s) => `<li>${s.title}</li>`).join("")}</ul>`,
      );
    }

    async function renderImage(req: IncomingMessage, res: ServerResponse): Promise<void> {
      renders.image++;
      const id = /^\/stories\/([^/?]+)/.exec(req.url ?? "")?.[1] ?? "";
      const { getStory } = await import("@/lib/views");
      const story = await getStory(id);
      res.setHeader("content-type", "image/png");
      res.end(Buffer.from(`PNG ${story?.articleCount ?? 0} articles, render ${renders.image}`));
    }

    const request = (pathname: string, headers: Record<string, string>) =>
      new NextRequest(`http://news.example${pathname}`, { headers: { host: "news.example", ...headers } });

    async function serve(pathname: string, headers: Record<string, string> = { accept: "text/html" }) {
      const { servePageFromCache } = await import("./serve");
      const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
      const response = await servePageFromCache(request(pathname, headers), {
        nonce,
        policy: `script-src 'nonce-${nonce}'`,
      });
      return {
        status: response?.headers.get("x-parallax-page-cache") ?? null,
        body: response ? Buffer.from(await response.arrayBuffer()).toString("utf8") : "",
        nonce,
        type: response?.headers.get("content-type") ?? null,
      };
    }

    async function ingestText(name: string, text: string): Promise<void> {
      const file = path.join(scratch, name);
      writeFileSync(file, text);
      expect(await runCli(["ingest", file, "--outlet", "Lisvard Post"], silent)).toBe(0);
    }

    /** A new story moves the stamp: the page is rendered afresh and shows it. */
    async function expectRenderedAfterNewStory(pathname: string, text: string, shows: RegExp): Promise<void> {
      await ingestText(`${crypto.randomUUID()}.txt`, text);
      const after = await serve(pathname);
      expect(after.status).toBe("miss");
      expect(after.body).toMatch(shows);
    }

    beforeAll(async () => {
      assertSeedsPresent();
      app = await startFixtureServer();
      process.env.PORT = String(app.port);
      ({ runCli } = await import("@/lib/cli/run"));
      scratch = mkdtempSync(path.join(tmpdir(), "parallax-list-cache-"));
      expect(await runCli(["ingest", JOE_SEED, "--outlet", "JOE"], silent)).toBe(0);
      expect(await runCli(["ingest", OUTLET_B_SEED, "--outlet", "Outlet B"], silent)).toBe(0);
      const { listStories } = await import("@/lib/views");
      storyId = (await listStories()).items[0]!.id;
      app.route("/", (req, res) => renderList(req, res));
      app.route("/archive/2025-09-05", (req, res) => renderList(req, res));
      app.route(`/stories/${storyId}/opengraph-image`, (req, res) => renderImage(req, res));
    });

    afterAll(async () => {
      delete process.env.PORT;
      await app?.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    it("serves the story list from memory until a story changes", async () => {
      const first = await serve("/");
      expect(first.status).toBe("miss");
      const second = await serve("/");
      expect(second.status).toBe("hit");
      expect(renders.list).toBe(1);
      expect(second.body).toBe(first.body.replaceAll(first.nonce, second.nonce));

      await expectRenderedAfterNewStory(
        "/",
        "The Lisvard funicular reopened on Monday after a year of repairs, the city transport office said.\n\n" +
          "Engineers replaced the cables and both cabins, and the line will run every ten minutes.",
        /funicular/i,
      );
      expect((await serve("/")).status).toBe("hit");
      expect(renders.list).toBe(2);
    });

    it("renders the story list again after an outlet's profile changes (the coverage line)", async () => {
      const { getDb } = await import("@/lib/db");
      const { editOutletFact } = await import("@/lib/ingest");
      expect((await serve("/")).status).toBe("hit");
      const before = renders.list;
      const outlet = await (await getDb()).outlet.findFirstOrThrow({ select: { slug: true } });
      await editOutletFact({
        slug: outlet.slug,
        kind: "country",
        value: "GB",
        source: "A test register",
        sourceUrl: null,
        asOf: new Date("2026-01-01T00:00:00Z"),
        actor: "test",
      });
      expect((await serve("/")).status).toBe("miss");
      expect((await serve("/")).status).toBe("hit");
      expect(renders.list).toBe(before + 1);
    });

    it("serves a day of the archive from memory until a story changes", async () => {
      const before = renders.list;
      expect((await serve("/archive/2025-09-05")).status).toBe("miss");
      expect((await serve("/archive/2025-09-05")).status).toBe("hit");
      expect(renders.list).toBe(before + 1);
      await expectRenderedAfterNewStory(
        "/archive/2025-09-05",
        "The Lisvard ferry added a night crossing on Friday, the harbour office said.\n\n" +
          "The crossing runs at midnight from the north pier and takes forty minutes.",
        /ferry/i,
      );
      expect((await serve("/archive/2025-09-05?x=1")).status).toBeNull();
      expect((await serve("/archive/not-a-day")).status).toBeNull();
    });

    it("caches only the list's first unfiltered page, for anonymous page loads", async () => {
      const before = renders.list;
      for (const [pathname, headers] of [
        ["/?q=tunnel", { accept: "text/html" }],
        ["/?sort=covered", { accept: "text/html" }],
        ["/", { accept: "text/html", cookie: "parallax_session=x" }],
        ["/", { accept: "*/*" }],
      ] as const)
        expect((await serve(pathname, headers)).status, `${pathname} ${JSON.stringify(headers)}`).toBeNull();
      expect(renders.list).toBe(before);
    });

    it("serves a story's Open Graph image from memory until the story changes", async () => {
      // The address Next gives an image with generateImageMetadata: its id, then a content hash.
      const image = `/stories/${storyId}/opengraph-image/card?a1b2c3`;
      const asCrawler = { accept: "*/*" };
      app.route(image.split("?")[0]!, (req, res) => renderImage(req, res));
      const first = await serve(image, asCrawler);
      expect(first).toMatchObject({ status: "miss", type: "image/png", body: "PNG 2 articles, render 1" });
      const second = await serve(image, { accept: "image/avif,image/webp,*/*", "sec-fetch-dest": "image" });
      expect(second).toMatchObject({ status: "hit", body: first.body });
      expect(renders.image).toBe(1);

      const { getDb } = await import("@/lib/db");
      await (await getDb()).story.update({ where: { id: storyId }, data: { title: "Edited title" } });
      expect(await serve(image, asCrawler)).toMatchObject({
        status: "miss",
        body: "PNG 2 articles, render 2",
      });
      expect((await serve(image, asCrawler)).status).toBe("hit");
      // As Next.js hands the address to the proxy (another key: rendered once more).
      expect((await serve(`${image}=`, asCrawler)).status).not.toBeNull();
      // Made-up query strings and unknown stories are rendered as usual, never stored.
      expect((await serve(`/stories/${storyId}/opengraph-image/card?a=1&b=2`, asCrawler)).status).toBeNull();
      expect((await serve(`/stories/${storyId}/opengraph-image/card/x`, asCrawler)).status).toBeNull();
      expect((await serve("/stories/no-such-story/opengraph-image", asCrawler)).status).toBeNull();
      expect(renders.image).toBe(3);
    });
  });
}
