import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { articlePage, storyParagraphs } from "./__fixtures__/pages";

import type * as IngestModule from "./index";

/** Five outlets' own reports of one council vote: different words, the same people, place and figures. */
const EVENT_REPORTS = [
  { site: "The Harbour Daily", lead: "Lisvard council approved the harbour bridge on Monday." },
  { site: "Coast FM", lead: "Councillors in Lisvard voted on Monday to build the harbour bridge." },
  { site: "Lisvard Courier", lead: "The harbour bridge won the backing of Lisvard council on Monday." },
  { site: "North Sea Post", lead: "A divided Lisvard council said yes to the harbour bridge on Monday." },
  { site: "Regional Wire", lead: "Lisvard's harbour bridge cleared the council on Monday amid protests." },
];

async function counts() {
  const { getDb } = await import("@/lib/db");
  const db = await getDb();
  const [articles, versions, stories, memberships] = await Promise.all([
    db.article.count(),
    db.articleVersion.count(),
    db.story.count({ where: { mergedIntoId: null } }),
    db.storyMembership.count(),
  ]);
  return { articles, versions, stories, memberships };
}

/**
 * Story assignment and article identity under concurrency, on a fresh database of the provider: the same URL
 * submitted 100 times at once is one article with one version (every call succeeds, one creates it), and
 * several outlets' articles about one event arriving together end in one story, never twins.
 */
export function describeIngestConcurrency(provider: TestProvider): void {
  describe(`concurrent ingest on ${provider}`, () => {
    useTestDatabase(provider, { PARALLAX_FETCH_ALLOW_PRIVATE: "1" });
    let server: FixtureServer;
    let ingest: typeof IngestModule;

    beforeAll(async () => {
      server = await startFixtureServer({
        "/news/bridge": {
          body: articlePage({
            title: "Lisvard council backs harbour bridge despite protests",
            paragraphs: storyParagraphs("harbour bridge"),
          }),
        },
      });
      ingest = await import("./index");
    });

    afterAll(async () => {
      await server?.close();
    });

    // First, on the empty database: each article would start a story of its own if they did not wait.
    it("puts several outlets' articles about one event, ingested at once, in one story", async () => {
      const results = await Promise.all(
        EVENT_REPORTS.map((report, i) =>
          ingest.ingestDocument({
            content: articlePage({
              title: `Harbour bridge vote: report ${i + 1}`,
              site: report.site,
              paragraphs: [report.lead, ...storyParagraphs("harbour bridge", i % 2)],
            }),
            format: "html",
            url: `https://outlet-${i}.example/news/bridge-vote`,
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(EVENT_REPORTS.map(() => "created"));
      const storyIds = new Set(results.map((r) => r.storyId));
      expect(storyIds.size).toBe(1);
      expect(await counts()).toEqual({
        articles: EVENT_REPORTS.length,
        versions: EVENT_REPORTS.length,
        stories: 1,
        memberships: EVENT_REPORTS.length,
      });
    });

    it("stores the same URL submitted 100 times at once as one article; every call succeeds", async () => {
      const before = await counts();
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, () => ingest.ingestUrl(server.url("/news/bridge"))),
      );
      const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
      expect(failures).toEqual([]);
      const done = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      expect(done.filter((r) => r.status === "created")).toHaveLength(1);
      expect(done.filter((r) => r.status === "duplicate")).toHaveLength(99);
      expect(new Set(done.map((r) => r.articleId)).size).toBe(1);
      expect(new Set(done.map((r) => r.storyId)).size).toBe(1);
      const after = await counts();
      expect(after.articles).toBe(before.articles + 1);
      expect(after.versions).toBe(before.versions + 1);
      expect(after.memberships).toBe(before.memberships + 1);
      expect(after.stories).toBeLessThanOrEqual(before.stories + 1);
    });
  });
}
