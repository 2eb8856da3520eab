import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnCli } from "@/lib/testing/cli-process";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { articlePage, storyParagraphs } from "./__fixtures__/pages";

import type * as IngestModule from "./index";

/** A report of the event already stored, from another outlet: it would join that story. */
const JOINING = articlePage({
  title: "Harbour bridge approved after stormy council session",
  site: "Coast FM",
  paragraphs: [
    "Lisvard councillors voted for the harbour bridge on Monday.",
    ...storyParagraphs("harbour bridge", 1),
  ],
});
/** A report of another event: it would start a story of its own. */
const UNRELATED = articlePage({
  title: "Museum fire destroys Brennick lifeboat collection",
  site: "Coast FM",
  paragraphs: [
    "Fire gutted the east wing of the Brennick maritime museum overnight, destroying paintings and a restored lifeboat.",
    '"The collection we lost cannot be replaced," said the museum director, Odile Marsh, outside the blackened hall.',
    "Investigators said the fire began in a storeroom and spread through the roof timbers within minutes.",
  ],
});

/**
 * Faults injected through the database itself, never through a switch in the code under test: a trigger on
 * StoryMembership (the article's last row, written after its Article, version, quotations, corpus counts and
 * story) either fails, or stalls so the test can SIGKILL the CLI process in the middle of the transaction.
 */
const FAULTS: Record<TestProvider, { fail: string[]; stall: string[]; clear: string[] }> = {
  sqlite: {
    fail: [
      `CREATE TRIGGER "fault" BEFORE INSERT ON "StoryMembership" BEGIN SELECT RAISE(ABORT, 'injected fault'); END`,
    ],
    // A five-way cross join of the corpus terms: it runs far longer than the test waits (the process is killed).
    stall: [
      `CREATE TRIGGER "fault" BEFORE INSERT ON "StoryMembership" BEGIN SELECT count(*) FROM "TermStat" a, "TermStat" b, "TermStat" c, "TermStat" d, "TermStat" e; END`,
    ],
    clear: [`DROP TRIGGER IF EXISTS "fault"`],
  },
  postgres: {
    fail: [
      `CREATE OR REPLACE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$`,
      `CREATE TRIGGER "fault" BEFORE INSERT ON "StoryMembership" FOR EACH ROW EXECUTE FUNCTION fault()`,
    ],
    stall: [
      `CREATE OR REPLACE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(120); RETURN NEW; END $$`,
      `CREATE TRIGGER "fault" BEFORE INSERT ON "StoryMembership" FOR EACH ROW EXECUTE FUNCTION fault()`,
    ],
    clear: [`DROP TRIGGER IF EXISTS "fault" ON "StoryMembership"`, `DROP FUNCTION IF EXISTS fault()`],
  },
};

async function db() {
  const { getDb } = await import("@/lib/db");
  return getDb();
}

async function run(statements: string[]): Promise<void> {
  const client = await db();
  for (const sql of statements) await client.$executeRawUnsafe(sql);
}

/** Everything an ingest writes, so a comparison shows any trace of a half-written article. */
async function snapshot() {
  const client = await db();
  return {
    articles: await client.article.findMany({ orderBy: { id: "asc" } }),
    versions: await client.articleVersion.findMany({ orderBy: { id: "asc" } }),
    quotations: await client.quotation.count(),
    memberships: await client.storyMembership.findMany({ orderBy: { articleId: "asc" } }),
    stories: await client.story.findMany({ orderBy: { id: "asc" } }),
    storyKeys: await client.storyKey.count(),
    terms: await client.termStat.findMany({ orderBy: { term: "asc" } }),
    quoteGroups: await client.quoteGroup.count(),
    outlets: await client.outlet.findMany({ orderBy: { id: "asc" } }),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(100);
  }
}

/**
 * A crash during ingest leaves no half-written article, on a fresh database of the provider: a write that
 * fails midway and a SIGKILL of the CLI in the middle of its transaction both leave the database exactly as it
 * was (no article, version, quotation, story membership, corpus count or orphan story), and the same
 * document ingests normally afterwards.
 */
export function describeIngestCrash(provider: TestProvider): void {
  describe(`a crash during ingest on ${provider}`, () => {
    const database = useTestDatabase(provider);
    let ingest: typeof IngestModule;
    let scratch: string;
    let child: ChildProcess | null = null;

    beforeAll(async () => {
      ingest = await import("./index");
      scratch = mkdtempSync(path.join(tmpdir(), "parallax-crash-"));
      const first = await ingest.ingestDocument({
        content: articlePage({
          title: "Lisvard council backs harbour bridge despite protests",
          paragraphs: storyParagraphs("harbour bridge"),
        }),
        format: "html",
        url: "https://harbour-daily.example/news/bridge",
      });
      expect(first.status).toBe("created");
      if (provider === "postgres") {
        // So the server notices the killed client during the trigger's sleep rather than after it.
        const name = new URL(database.current().url).pathname.slice(1);
        await run([`ALTER DATABASE "${name}" SET client_connection_check_interval = 200`]);
      }
    });

    afterAll(async () => {
      if (child && child.exitCode === null) child.kill("SIGKILL");
      await run(FAULTS[provider].clear).catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    });

    it("undoes the whole article when a write fails midway", async () => {
      const before = await snapshot();
      await run(FAULTS[provider].fail);
      try {
        for (const [content, url] of [
          [JOINING, "https://coast.example/bridge"],
          [UNRELATED, "https://coast.example/fire"],
        ] as const) {
          await expect(ingest.ingestDocument({ content, format: "html", url })).rejects.toThrow(
            /storyMembership\.create/,
          );
          expect(await snapshot()).toEqual(before);
        }
      } finally {
        await run(FAULTS[provider].clear);
      }
      const again = await ingest.ingestDocument({
        content: UNRELATED,
        format: "html",
        url: "https://coast.example/fire",
      });
      expect(again.status).toBe("created");
    });

    it(
      "leaves nothing behind when the ingesting process is killed mid-transaction",
      { timeout: 180_000 },
      async () => {
        const before = await snapshot();
        const file = path.join(scratch, "bridge.html");
        writeFileSync(file, JOINING);
        await run(FAULTS[provider].stall);
        const cli = spawnCli(["ingest", file, "--url", "https://coast.example/bridge"], {
          DATABASE_URL: database.current().url,
        });
        child = cli.child;
        const running = () => {
          if (cli.child.exitCode !== null)
            throw new Error(`the CLI exited before the fault:\n${cli.output()}`);
        };

        if (provider === "postgres") {
          const admin = new pg.Client({ connectionString: database.current().url });
          await admin.connect();
          try {
            // The child's backend sleeps in the trigger, holding its uncommitted Article row.
            let pid = 0;
            await waitFor("the ingest transaction stalls in the trigger", async () => {
              running();
              const { rows } = await admin.query<{ pid: number }>(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'",
              );
              pid = rows[0]?.pid ?? 0;
              return pid !== 0;
            });
            const { rows } = await admin.query<{ n: string }>(
              `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
             WHERE l.pid = $1 AND c.relname = 'Article' AND l.mode = 'RowExclusiveLock'`,
              [pid],
            );
            expect(Number(rows[0]?.n)).toBe(1);
            cli.child.kill("SIGKILL");
            await cli.exited;
            await waitFor("the server ends the killed client's session", async () => {
              const gone = await admin.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid]);
              return gone.rowCount === 0;
            });
          } finally {
            await admin.end();
          }
        } else {
          const file = new URL(database.current().url.replace(/^file:/, "file://")).pathname;
          const probe = new Database(file, { timeout: 0 });
          // Holding the write lock for a second means being in the stalled trigger: the rest takes milliseconds.
          const writeLocked = () => {
            try {
              probe.exec("BEGIN IMMEDIATE");
              probe.exec("ROLLBACK");
              return false;
            } catch {
              return true;
            }
          };
          let lockedSince = 0;
          await waitFor("the ingest transaction stalls in the trigger", () => {
            running();
            if (!writeLocked()) lockedSince = 0;
            else lockedSince ||= Date.now();
            return lockedSince > 0 && Date.now() - lockedSince > 1_000;
          });
          cli.child.kill("SIGKILL");
          await cli.exited;
          await waitFor("the killed process's lock is gone", () => !writeLocked(), 10_000);
          expect(probe.pragma("integrity_check", { simple: true })).toBe("ok");
          probe.close();
        }

        await run(FAULTS[provider].clear);
        expect(await snapshot()).toEqual(before);
        const again = await ingest.ingestDocument({
          content: JOINING,
          format: "html",
          url: "https://coast.example/bridge",
        });
        expect(again.status).toBe("created");
        expect((await snapshot()).stories.filter((s) => s.mergedIntoId === null)).toHaveLength(
          before.stories.filter((s) => s.mergedIntoId === null).length,
        );
      },
    );
  });
}
