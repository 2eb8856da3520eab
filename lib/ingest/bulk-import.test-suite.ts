import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "@/lib/cli/output";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { articlePage, storyParagraphs } from "./__fixtures__/pages";

type RunCli = (argv: string[], io: CliIo) => Promise<number>;

async function cli(runCli: RunCli, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const page = (title: string, topic: string, site = "The Harbour Daily") =>
  articlePage({ title, paragraphs: storyParagraphs(topic), site });

/**
 * Bulk import from the CLI (JSONL, CSV, a folder) on a fresh database: good items are stored, bad ones are
 * listed with their reasons, the batch goes on, and a rerun stores nothing twice.
 */
export function describeBulkImport(provider: TestProvider): void {
  describe(`bulk import on ${provider}`, () => {
    useTestDatabase(provider, { PARALLAX_FETCH_ALLOW_PRIVATE: "1" });
    let server: FixtureServer;
    let runCli: RunCli;
    let scratch: string;

    beforeAll(async () => {
      server = await startFixtureServer({
        "/a": { body: page("Lisvard votes on tunnel plan", "harbour tunnel") },
        "/gone": { status: 404 },
      });
      ({ runCli } = await import("@/lib/cli/run"));
      scratch = mkdtempSync(path.join(tmpdir(), "parallax-import-"));
    });

    afterAll(async () => {
      await server?.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    async function articleCount(): Promise<number> {
      const { countArticles, getDb } = await import("@/lib/db");
      return countArticles(await getDb());
    }

    it("imports a JSONL file, listing each bad line with its reason and going on", async () => {
      const file = path.join(scratch, "batch.jsonl");
      const lines = [
        JSON.stringify({ url: server.url("/a") }),
        JSON.stringify({ html: page("Ferry strike halts crossings", "ferry strike"), outlet: "Coast FM" }),
        "{ not json",
        JSON.stringify({ title: "no body and no url" }),
        JSON.stringify({ url: "ftp://example.com/x" }),
        JSON.stringify({ url: server.url("/gone") }),
        "",
        JSON.stringify({
          text: "Lisvard votes on tunnel plan\n\n" + storyParagraphs("harbour tunnel").join("\n\n"),
          outlet: "Lisvard Post",
          publishedAt: "2026-03-02",
        }),
        JSON.stringify({ url: server.url("/a?utm_source=feed") }),
      ];
      writeFileSync(file, lines.join("\n"));
      const result = await cli(runCli, "import", file, "--json");
      expect(result.code).toBe(1);
      const summary = JSON.parse(result.out) as {
        total: number;
        created: number;
        duplicates: number;
        failed: number;
        failures: { label: string; reason: string }[];
      };
      expect(summary).toMatchObject({ total: 8, created: 3, duplicates: 1, failed: 4 });
      expect(summary.failures.map((f) => f.label.split(" ")[0] + " " + f.label.split(" ")[1])).toEqual([
        "line 3",
        "line 4",
        "line 5",
        "line 6",
      ]);
      expect(summary.failures[0]?.reason).toMatch(/not valid JSON/);
      expect(summary.failures[1]?.reason).toMatch(/give a url to fetch, or the article's html or text/);
      expect(summary.failures[2]?.reason).toMatch(/http\(s\)/);
      expect(summary.failures[3]?.reason).toMatch(/404|not found/i);
      expect(await articleCount()).toBe(3);
      // The import compared every story it wrote at its end, and stored each comparison under the members'
      // current versions.
      const { getDb } = await import("@/lib/db");
      const { loadStoryComparison } = await import("@/lib/views");
      const db = await getDb();
      const stories = await db.story.findMany({ where: { articleCount: { gt: 0 } }, select: { id: true } });
      expect(stories.length).toBeGreaterThan(0);
      for (const story of stories) expect((await loadStoryComparison(db, story.id))?.stored).toBe(true);

      const rerun = await cli(runCli, "import", file);
      expect(rerun.out).toMatch(/8 items: 0 imported, 0 updated \(new version\), 4 duplicates, 4 failed/);
      expect(rerun.out).toMatch(/failed: line 3: not valid JSON/);
      expect(await articleCount()).toBe(3);
    });

    it("imports a CSV whose bodies span lines, and refuses unknown columns", async () => {
      const file = path.join(scratch, "batch.csv");
      const body = page("Dockers walk out over pay", "dock strike").replace(/"/g, '""');
      writeFileSync(
        file,
        `outlet,html,publishedAt\nHarbour Radio,"${body}",2026-03-04\nHarbour Radio,,not-a-date\n`,
      );
      // In-thread preparation here; the other cases use the default worker pool.
      const result = await cli(runCli, "import", file, "--workers", "0");
      expect(result.code).toBe(1);
      expect(result.out).toMatch(/2 items: 1 imported, 0 updated \(new version\), 0 duplicates, 1 failed/);
      expect(result.out).toMatch(/failed: row 3: /);

      const bad = path.join(scratch, "bad.csv");
      writeFileSync(bad, "link,body\nx,y\n");
      const refused = await cli(runCli, "import", bad);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/unknown CSV column\(s\): link, body/);
    });

    it("reads another dataset's fields with --map and --ignore, and counts a blank url as none", async () => {
      const file = path.join(scratch, "research.jsonl");
      const text = "Lisvard opens a night ferry\n\n" + storyParagraphs("night ferry").join("\n\n");
      const record = { id: "STORY_1_DOCUMENT_0", cluster: "STORY_1", source: "Coast FM", date: "2012-10-02" };
      writeFileSync(file, JSON.stringify({ ...record, title: "Lisvard opens a night ferry", text, url: "" }));
      const refused = await cli(runCli, "import", file);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/failed: line 1: unknown field\(s\) id, cluster, source, date/);
      expect(refused.out).toMatch(/hint: .*--map from=field.*--ignore name/);

      const mapped = await cli(
        runCli,
        "import",
        file,
        "--map",
        "source=outlet,date=publishedAt",
        "--ignore",
        "id,cluster",
        "--json",
      );
      expect(mapped.code).toBe(0);
      expect(JSON.parse(mapped.out)).toMatchObject({ total: 1, created: 1, failed: 0 });
      const { getDb } = await import("@/lib/db");
      const stored = await (
        await getDb()
      ).article.findFirst({
        where: { title: "Lisvard opens a night ferry" },
        select: { publishedAt: true, sourceUrl: true, outlet: { select: { name: true } } },
      });
      expect(stored?.outlet.name).toBe("Coast FM");
      expect(stored?.publishedAt?.toISOString().slice(0, 10)).toBe("2012-10-02");
      expect(stored?.sourceUrl ?? null).toBeNull();

      const csv = path.join(scratch, "research.csv");
      const csvText = text.replace("night ferry", "ferry fare").replace(/"/g, '""');
      writeFileSync(csv, `doc_id,source,text\nD1,Coast FM,"${csvText}"\n`);
      const csvResult = await cli(runCli, "import", csv, "--map", "source=outlet", "--ignore", "doc_id");
      expect(csvResult.out, csvResult.err).toMatch(/1 items: .*, 0 failed/);

      for (const [flags, message] of [
        [["--map", "source=publisher"], /publisher is not a field/],
        [["--map", "a=outlet,b=outlet"], /two fields are mapped to outlet/],
        [["--map", "source=outlet", "--ignore", "source"], /--ignore source: it is also mapped/],
      ] as const) {
        const bad = await cli(runCli, "import", file, ...flags);
        expect(bad.code, flags.join(" ")).not.toBe(0);
        expect(bad.err).toMatch(message);
      }
    });

    it("imports a folder of pages, reporting empty and binary files", async () => {
      const folder = path.join(scratch, "pages");
      mkdirSync(path.join(folder, "week-2"), { recursive: true });
      writeFileSync(path.join(folder, "one.html"), page("Storm closes Lisvard harbour", "storm closure"));
      writeFileSync(
        path.join(folder, "week-2", "two.htm"),
        page("Harbour reopens after storm", "harbour reopening"),
      );
      writeFileSync(path.join(folder, "empty.html"), "");
      writeFileSync(
        path.join(folder, "image.html"),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]),
      );
      writeFileSync(path.join(folder, "notes.md"), "ignored: not a page");
      const before = await articleCount();
      const result = await cli(runCli, "import", folder);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(/4 items: 2 imported, 0 updated \(new version\), 0 duplicates, 2 failed/);
      expect(result.out).toMatch(/failed: empty\.html: The file is empty/);
      expect(result.out).toMatch(/failed: image\.html: .*binary/);
      expect(await articleCount()).toBe(before + 2);
    });

    it("explains a missing source", async () => {
      const result = await cli(runCli, "import", path.join(scratch, "nope.jsonl"));
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/No such file or folder/);
    });
  });
}
