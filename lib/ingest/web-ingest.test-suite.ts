import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { articlePage, storyParagraphs } from "./__fixtures__/pages";

import type * as IngestModule from "./index";
import type * as ViewsModule from "@/lib/views";

type Ingest = typeof IngestModule;
type Views = typeof ViewsModule;

/**
 * URL ingest, identity and versions against a local fixture server, on a fresh database of the provider:
 * the same article fetched twice is one article, a changed page becomes a new version whose diff the views
 * show, and every failure (404, wrong type, loops, private addresses) leaves the database as it was.
 */
export function describeWebIngest(provider: TestProvider): void {
  describe(`web ingest on ${provider}`, () => {
    useTestDatabase(provider, { PARALLAX_FETCH_ALLOW_PRIVATE: "1" });
    let server: FixtureServer;
    let ingest: Ingest;
    let views: Views;

    const page = (variant: { title?: string; edit?: number; modified?: string } = {}) =>
      articlePage({
        title: variant.title ?? "Lisvard council backs harbour bridge despite protests",
        paragraphs: storyParagraphs("harbour bridge", variant.edit ?? 0),
        modified: variant.modified ?? "2026-03-02T09:30:00Z",
      });

    beforeAll(async () => {
      server = await startFixtureServer({
        "/news/bridge": { body: page() },
        "/report.pdf": { headers: { "content-type": "application/pdf" }, body: "%PDF-1.4 binary" },
        "/loop-a": { redirect: "/loop-b" },
        "/loop-b": { redirect: "/loop-a" },
        "/broken": { status: 500, body: "upstream failure" },
        "/empty-page": { body: "<html><body><nav><a href='/'>Home</a></nav></body></html>" },
      });
      ingest = await import("./index");
      views = await import("@/lib/views");
    });

    afterAll(async () => {
      await server?.close();
    });

    async function articleCount(): Promise<number> {
      const { countArticles, getDb } = await import("@/lib/db");
      return countArticles(await getDb());
    }

    it("fetches a page, extracts it and stores it under its normalised URL", async () => {
      const result = await ingest.ingestUrl(server.url("/news/bridge"));
      expect(result).toMatchObject({ status: "created", version: 1, outlet: "The Harbour Daily" });
      const article = await views.getArticle(result.articleId);
      expect(article?.title).toBe("Lisvard council backs harbour bridge despite protests");
      expect(article?.url).toBe(server.url("/news/bridge"));
      expect(article?.text).toContain("Anika Brandt");
      expect(article?.text).not.toMatch(/Most read|All rights reserved|Sport/);
      expect(article?.modifiedAt).toBe("2026-03-02T09:30:00.000Z");
    });

    it("treats the same page fetched again, with tracking parameters or a fragment, as the same article", async () => {
      const before = await articleCount();
      const again = await ingest.ingestUrl(
        server.url("/news/bridge?utm_source=newsletter&fbclid=abc#comments"),
      );
      expect(again.status).toBe("duplicate");
      expect(await articleCount()).toBe(before);
    });

    it("stores a changed page as a new version, re-derives its quotations and shows the diff", async () => {
      const first = await ingest.ingestUrl(server.url("/news/bridge"));
      server.route("/news/bridge", { body: page({ edit: 1 }) });
      const changed = await ingest.ingestUrl(server.url("/news/bridge"));
      expect(changed).toMatchObject({ status: "updated", articleId: first.articleId, version: 2 });

      const article = await views.getArticle(first.articleId);
      expect(article?.text).toContain("three times");
      expect(article?.versions.map((v) => v.version)).toEqual([2, 1]);
      const quote = article?.quotations.find((q) => q.text.includes("We have listened"));
      expect(quote && article?.text.slice(quote.start, quote.end)).toBe(quote?.text);

      const changes = await views.getArticleChanges(first.articleId);
      expect(changes).toMatchObject({
        from: { version: 1 },
        to: { version: 2 },
        rewritten: false,
        stealth: true,
      });
      expect(changes?.bodyDiff).toContainEqual([-1, "twice"]);
      expect(changes?.bodyDiff).toContainEqual([1, "three times"]);
      expect(changes?.stats.unchangedShare).toBeGreaterThan(0.9);
    });

    it("records a headline-only edit as a version, and a page flipping back to a known version as nothing new", async () => {
      const title = "Lisvard council approves harbour bridge after angry protests";
      server.route("/news/bridge", { body: page({ edit: 1, title, modified: "2026-03-03T08:00:00Z" }) });
      const retitled = await ingest.ingestUrl(server.url("/news/bridge"));
      expect(retitled).toMatchObject({ status: "updated", version: 3, title });
      const changes = await views.getArticleChanges(retitled.articleId);
      expect(changes?.titleDiff.some(([kind]) => kind !== 0)).toBe(true);
      expect(changes?.bodyDiff).toEqual([[0, changes?.from.text]]);
      expect(changes?.stealth).toBe(false);

      server.route("/news/bridge", { body: page() });
      const flipped = await ingest.ingestUrl(server.url("/news/bridge"));
      expect(flipped.status).toBe("duplicate");
      expect((await views.getArticle(retitled.articleId))?.versions).toHaveLength(3);
    });

    it("refuses what is not an article with a clear reason and stores nothing", async () => {
      const before = await articleCount();
      const failures: [string, RegExp][] = [
        ["/missing", /404|not found/i],
        ["/report.pdf", /application\/pdf/],
        ["/loop-a", /redirect/i],
        ["/broken", /500/],
        ["/empty-page", /No article text/],
      ];
      for (const [path, reason] of failures) {
        await expect(ingest.ingestUrl(server.url(path)), path).rejects.toThrow(reason);
      }
      expect(await articleCount()).toBe(before);
    });

    it("refuses private addresses unless the setting allows them", async () => {
      await expect(
        ingest.ingestUrl(server.url("/news/bridge"), {}, { allowPrivateNetwork: false }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(ingest.ingestUrl("http://169.254.169.254/latest/meta-data/")).rejects.toThrow();
    });
  });
}
