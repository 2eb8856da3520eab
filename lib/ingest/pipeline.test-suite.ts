import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "@/lib/cli/output";
import type { StoryExport } from "@/lib/views";
import { createTestDatabase, type TestDatabase, type TestProvider } from "@/lib/testing/databases";
import { assertSeedsPresent, JOE_SEED, OUTLET_B_SEED, SEED_FURNITURE } from "@/lib/testing/seeds";

type RunCli = (argv: string[], io: CliIo) => Promise<number>;

async function cli(runCli: RunCli, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/**
 * The foundation's acceptance, through the real CLI and pipeline, on a fresh database of the given provider:
 * the seed pair becomes one story whose export aligns Putin's two translations with the expected word diff.
 */
export function describePipeline(provider: TestProvider): void {
  describe(`pipeline on ${provider}`, () => {
    let db: TestDatabase;
    let runCli: RunCli;
    let scratch: string;

    beforeAll(async () => {
      assertSeedsPresent();
      db = await createTestDatabase(provider);
      process.env.DATABASE_URL = db.url;
      process.env.PARALLAX_DEMO = "off";
      ({ runCli } = await import("@/lib/cli/run"));
      scratch = mkdtempSync(path.join(tmpdir(), "parallax-input-"));
    });

    afterAll(async () => {
      const { disconnectDb } = await import("@/lib/db");
      await disconnectDb();
      await db?.drop();
      rmSync(scratch, { recursive: true, force: true });
    });

    async function storiesJson() {
      const result = await cli(runCli, "stories", "--json");
      expect(result.code).toBe(0);
      return JSON.parse(result.out) as {
        id: string;
        title: string;
        articleCount: number;
        outlets: string[];
      }[];
    }

    it("starts empty", async () => {
      expect(await storiesJson()).toEqual([]);
    });

    it("groups the seed pair into one story whose export diffs the two translations", async () => {
      expect((await cli(runCli, "ingest", JOE_SEED, "--outlet", "JOE")).code).toBe(0);
      expect((await cli(runCli, "ingest", OUTLET_B_SEED, "--outlet", "Outlet B")).code).toBe(0);

      const stories = await storiesJson();
      expect(stories).toHaveLength(1);
      const [story] = stories;
      expect(story?.articleCount).toBe(2);
      expect(story?.outlets).toEqual(["JOE", "Outlet B"]);

      const exported = await cli(runCli, "export", story!.id, "--format", "json");
      expect(exported.code).toBe(0);
      const data = JSON.parse(exported.out) as StoryExport;
      expect(data.story).toMatchObject({ id: story!.id, articleCount: 2 });
      expect(data.articles.map((a) => a.outlet).sort()).toEqual(["JOE", "Outlet B"]);

      for (const article of data.articles) {
        for (const furniture of SEED_FURNITURE) expect(article.text).not.toContain(furniture);
        for (const group of data.quoteGroups) {
          for (const v of group.variants.filter((v) => v.articleId === article.id)) {
            expect(article.text.slice(v.start, v.end)).toBe(v.text);
          }
        }
      }

      const putin = data.quoteGroups.find((g) =>
        g.variants.some((v) => v.text.includes("legitimate targets for")),
      );
      expect(putin).toBeDefined();
      expect(putin!.variants).toHaveLength(2);
      expect(new Set(putin!.variants.map((v) => v.articleId)).size).toBe(2);
      expect(putin!.diffs).toHaveLength(1);
      const ops = putin!.diffs[0]!.ops;
      const joe = data.articles.find((a) => a.outlet === "JOE")!;
      const from = putin!.diffs[0]!.from === joe.id ? "JOE" : "Outlet B";
      const deleted = ops.filter(([op]) => op === -1).map(([, t]) => t.trim());
      const inserted = ops.filter(([op]) => op === 1).map(([, t]) => t.trim());
      const [joeSide, otherSide] = from === "JOE" ? [deleted, inserted] : [inserted, deleted];
      expect(joeSide).toEqual(["If any", "their destruction"]);
      expect(otherSide).toEqual(["So, if", "defeat"]);
      const equal = ops
        .filter(([op]) => op === 0)
        .map(([, t]) => t)
        .join("");
      expect(equal).toContain(
        "troops appear there, especially now, during military operations, we proceed from the fact that these will be legitimate targets for",
      );
    });

    it("shows the seed pair's differences of fact: a figure worded two ways, a paragraph one outlet omits", async () => {
      const { getCompareData } = await import("@/lib/views");
      const [story] = await storiesJson();
      const data = await getCompareData(story!.id);
      expect(data?.articles).toHaveLength(2);
      const joe = data!.articles.find((a) => a.outlet.name === "JOE")!;
      const other = data!.articles.find((a) => a.outlet.name === "Outlet B")!;

      const figures = data!.alignment.flatMap((row) => row.figures);
      const pair = figures.map((f) => [f.from, f.to].sort().join(" | "));
      expect(pair).toContain(["26 countries", "26 of Ukraine's allies"].sort().join(" | "));

      const budapest = data!.alignment.find((row) =>
        row.sentences.some((s) => s.text.includes("Budapest Memorandum")),
      );
      expect(budapest?.missingFrom).toEqual([other.id]);
      const alaska = data!.alignment.find((row) => row.sentences.some((s) => s.text.includes("Alaska")));
      expect(alaska?.missingFrom).toEqual([joe.id]);
    });

    it("stores an article once, however often it is ingested", async () => {
      const before = await storiesJson();
      const again = await cli(runCli, "ingest", JOE_SEED, "--outlet", "JOE");
      expect(again.code).toBe(0);
      expect(again.out).toContain("already stored");
      expect(await storiesJson()).toEqual(before);
    });

    it("refuses empty, binary and oversized files with one clear line and changes nothing", async () => {
      const before = await storiesJson();
      const empty = path.join(scratch, "empty.txt");
      const binary = path.join(scratch, "image.png");
      const huge = path.join(scratch, "huge.txt");
      writeFileSync(empty, "");
      writeFileSync(
        binary,
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      );
      writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, "a"));

      const cases: [string, RegExp][] = [
        [empty, /empty/i],
        [binary, /binary/i],
        [huge, /50\.0 MB.*limit/i],
      ];
      for (const [file, message] of cases) {
        const result = await cli(runCli, "ingest", file);
        expect(result.code).toBe(1);
        expect(result.err.split("\n")).toHaveLength(1);
        expect(result.err).toMatch(message);
      }
      expect(await storiesJson()).toEqual(before);
    });

    it("reports a missing story as an error, not an empty export", async () => {
      const result = await cli(runCli, "export", "no-such-story", "--format", "json");
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/No story/);
    });
  });
}
