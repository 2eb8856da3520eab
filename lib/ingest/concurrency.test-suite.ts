import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnCli } from "@/lib/testing/cli-process";
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

/** Four outlets on a second event, for the test with several processes. */
const FIRE_REPORTS = ["Brennick Herald", "Coast FM", "Museum Weekly", "Regional Wire"].map((site, i) =>
  articlePage({
    title: `Brennick museum fire: report ${i + 1}`,
    site,
    paragraphs: [
      `${site} reports: fire gutted the east wing of the Brennick maritime museum overnight.`,
      "Paintings and a restored lifeboat were destroyed before crews brought the blaze under control at dawn.",
      '"The collection we lost cannot be replaced," said the museum director, Odile Marsh, outside the blackened hall.',
      "Investigators in Brennick said the fire began in a storeroom and spread through the roof timbers within minutes.",
    ],
  }),
);

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
 * several outlets' articles about one event arriving together end in one story, never twins, whether they
 * arrive in one process or in several (the CLI in child processes, which only the database lock serializes).
 */
export function describeIngestConcurrency(provider: TestProvider): void {
  describe(`concurrent ingest on ${provider}`, () => {
    const database = useTestDatabase(provider, { PARALLAX_FETCH_ALLOW_PRIVATE: "1" });
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

    /**
     * One CLI process per report, all at once. On PostgreSQL they are lined up first: the test holds an
     * exclusive lock on Outlet (each report's first write is its new outlet) until every process waits on a
     * lock, so they decide at the same moment, as under load. One article each: a later article about the event
     * would fold twin stories together and hide them. (On SQLite a late writer without the write lock taken up
     * front fails outright rather than waiting.)
     */
    async function ingestInProcesses(scratch: string) {
      const files = FIRE_REPORTS.map((html, i) => {
        const file = path.join(scratch, `fire-${i}.html`);
        writeFileSync(file, html);
        return file;
      });
      const barrier =
        provider === "postgres" ? new pg.Client({ connectionString: database.current().url }) : null;
      await barrier?.connect();
      await barrier?.query('BEGIN; LOCK TABLE "Outlet" IN EXCLUSIVE MODE');
      const runs = files.map((file) => spawnCli(["ingest", file], { DATABASE_URL: database.current().url }));
      const done = Promise.all(runs.map(async (run) => ({ code: await run.exited, output: run.output() })));
      if (barrier) {
        const deadline = Date.now() + 120_000;
        for (;;) {
          // Inside a transaction the activity view is a snapshot taken at first use: clear it each time.
          await barrier.query("SELECT pg_stat_clear_snapshot()");
          const { rows } = await barrier.query<{ n: string }>(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          );
          if (Number(rows[0]?.n) >= runs.length) break;
          if (Date.now() > deadline || runs.some((run) => run.child.exitCode !== null))
            throw new Error(`the processes did not line up:\n${runs.map((run) => run.output()).join("\n")}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        await barrier.query("COMMIT");
        await barrier.end();
      }
      return done;
    }

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

    it(
      "keeps one article per report and one story for the event when several processes ingest at once",
      { timeout: 180_000 },
      async () => {
        const before = await counts();
        const scratch = mkdtempSync(path.join(tmpdir(), "parallax-processes-"));
        try {
          const runs = await ingestInProcesses(scratch);
          for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
        const after = await counts();
        expect(after).toEqual({
          articles: before.articles + FIRE_REPORTS.length,
          versions: before.versions + FIRE_REPORTS.length,
          stories: before.stories + 1,
          memberships: before.memberships + FIRE_REPORTS.length,
        });
      },
    );
  });
}
