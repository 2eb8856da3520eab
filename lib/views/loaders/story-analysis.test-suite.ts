import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FRAMING_LEXICON } from "@/lib/compare";
import type { CliIo } from "@/lib/cli/output";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { assertSeedsPresent, JOE_SEED, OUTLET_B_SEED } from "@/lib/testing/seeds";

type RunCli = (argv: string[], io: CliIo) => Promise<number>;
const silent: CliIo = { out: () => {}, err: () => {} };
const JOE_URL = "https://joe.example/news/putin-troops";

/**
 * The stored story comparison (StoryAnalysis): computed and stored when the story is written, served from the
 * table while the members' versions and the algorithm are unchanged; a read never writes it.
 */
export function describeStoryAnalysis(provider: TestProvider): void {
  describe(`story comparison cache on ${provider}`, () => {
    useTestDatabase(provider);
    let runCli: RunCli;
    let scratch: string;
    let storyId: string;

    beforeAll(async () => {
      assertSeedsPresent();
      ({ runCli } = await import("@/lib/cli/run"));
      scratch = mkdtempSync(path.join(tmpdir(), "parallax-analysis-"));
      expect(await runCli(["ingest", JOE_SEED, "--outlet", "JOE", "--url", JOE_URL], silent)).toBe(0);
      expect(await runCli(["ingest", OUTLET_B_SEED, "--outlet", "Outlet B"], silent)).toBe(0);
      const { listStories } = await import("@/lib/views");
      const { items } = await listStories();
      expect(items).toHaveLength(1);
      storyId = items[0]!.id;
    });

    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    async function storedRow() {
      const { getDb } = await import("@/lib/db");
      return (await getDb()).storyAnalysis.findUnique({ where: { storyId } });
    }

    it("stores the comparison when the story is written, under the members' versions", async () => {
      const written = await storedRow();
      expect(written).not.toBeNull();
      const { getStoryComparison } = await import("@/lib/views");
      const comparison = await getStoryComparison(storyId);
      expect(comparison).not.toBeNull();
      const putin = comparison!.quoteGroups.find((g) =>
        g.variants.some((v) => v.text.includes("legitimate targets for")),
      );
      expect(putin?.variants).toHaveLength(2);
      expect(comparison!.framing.articles.map((a) => a.outlet).sort()).toEqual(["JOE", "Outlet B"]);
      expect(comparison!.defaultCompare.articleIds).toHaveLength(2);
      expect(comparison!.defaultCompare.alignment.length).toBeGreaterThan(5);
      expect(comparison!.defaultCompare.columnMarks[0]?.rewritten).toBe(true);

      const { getDb } = await import("@/lib/db");
      const versions = await (await getDb()).articleVersion.findMany({ select: { id: true } });
      const { comparisonKey } = await import("../shapers/story-comparison");
      const row = await storedRow();
      expect(row?.key).toBe(comparisonKey(versions.map((v) => v.id)));
      expect(row?.computedAt.toISOString()).toBe(comparison!.computedAt);
      expect(row?.computedAt).toEqual(written?.computedAt);
    });

    it("exports the compared articles' sentence alignment: what each carries and omits, figures worded differently", async () => {
      const { exportStory, getStoryComparison } = await import("@/lib/views");
      const exported = await exportStory(storyId);
      const comparison = await getStoryComparison(storyId);
      const { alignment } = exported;
      expect(alignment.articleIds).toEqual(comparison!.defaultCompare.articleIds);
      expect([...alignment.articleIds].sort()).toEqual(exported.articles.map((a) => a.id).sort());
      expect(alignment.rows.length).toBeGreaterThan(5);
      const textOf = new Map(exported.articles.map((a) => [a.id, a.text]));
      for (const row of alignment.rows) {
        const carriers = row.sentences.map((s) => s.articleId);
        // An article that leaves the row out carries none of it; each article carries a row at most once.
        expect(new Set(carriers).size).toBe(carriers.length);
        for (const id of row.missingFrom) expect(carriers).not.toContain(id);
        for (const sentence of row.sentences)
          expect(textOf.get(sentence.articleId)!.slice(sentence.start, sentence.end)).toBe(sentence.text);
        for (const figure of row.figures) {
          expect(carriers).toContain(figure.fromArticleId);
          expect(carriers).toContain(figure.toArticleId);
          expect(figure.from).not.toBe(figure.to);
        }
      }
      // Both reports share sentences, and each carries some the other leaves out.
      expect(alignment.rows.some((r) => r.missingFrom.length === 0)).toBe(true);
      for (const id of alignment.articleIds)
        expect(alignment.rows.some((r) => r.missingFrom.includes(id))).toBe(true);
      expect(alignment.rows.some((r) => r.figures.length > 0)).toBe(true);
      // The JSON file is the same object, fields in the documented order.
      const { exportStoryAs } = await import("@/lib/views");
      const file = JSON.parse((await exportStoryAs(storyId, "json")).body) as Record<string, unknown>;
      expect(Object.keys(file)).toEqual(["story", "articles", "quoteGroups", "framing", "alignment"]);
      expect(Object.keys(alignment.rows[0]!)).toEqual(["key", "sentences", "missingFrom", "figures"]);
    });

    it("serves later reads from the table while the key matches", async () => {
      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      const row = await storedRow();
      // Mark the stored payload: a read that recomputed would not see the mark.
      const payload = row!.payload as { framing: { lexiconVersion: number } };
      payload.framing.lexiconVersion = 999;
      (
        payload as unknown as { defaultCompare: { framing: { lexiconVersion: number } } }
      ).defaultCompare.framing.lexiconVersion = 998;
      await db.storyAnalysis.update({ where: { storyId }, data: { payload } });

      const { exportStory, getCompareData, getStory, getStoryComparison } = await import("@/lib/views");
      const again = await getStoryComparison(storyId);
      expect(again?.framing.lexiconVersion).toBe(999);
      expect(again?.computedAt).toBe(row!.computedAt.toISOString());
      expect((await exportStory(storyId)).framing.lexiconVersion).toBe(999);
      expect((await getCompareData(storyId))?.framing.lexiconVersion).toBe(998);
      // A chosen set of columns other than the default is compared afresh.
      const ids = again!.defaultCompare.articleIds;
      expect((await getCompareData(storyId, [...ids].reverse()))?.framing.lexiconVersion).toBe(
        FRAMING_LEXICON.version,
      );
      expect((await getStory(storyId))?.quoteGroups.map((g) => g.id).sort()).toEqual(
        again!.quoteGroups.map((g) => g.id).sort(),
      );
    });

    it("recomputes when a member article gets a new version", async () => {
      const before = await storedRow();
      const edited = path.join(scratch, "joe-edited.txt");
      writeFileSync(edited, readFileSync(JOE_SEED, "utf8").replace("has invited", "has once again invited"));
      expect(await runCli(["ingest", edited, "--outlet", "JOE", "--url", JOE_URL], silent)).toBe(0);

      const { getStoryComparison } = await import("@/lib/views");
      const comparison = await getStoryComparison(storyId);
      expect(comparison?.framing.lexiconVersion).toBe(FRAMING_LEXICON.version);
      expect(comparison?.key).not.toBe(before?.key);
      const row = await storedRow();
      expect(row?.key).toBe(comparison?.key);
      const joe = comparison!.framing.articles.find((a) => a.outlet === "JOE");
      const { exportStory } = await import("@/lib/views");
      const text = (await exportStory(storyId)).articles.find((a) => a.outlet === "JOE")!.text;
      expect(text).toContain("has once again invited");
      for (const cue of joe!.cues)
        for (const e of cue.examples) expect(text.slice(e.start, e.end)).toBe(e.text);
    });

    it("computes afresh, without writing, when the stored key came from another algorithm version", async () => {
      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      await db.storyAnalysis.update({
        where: { storyId },
        data: { key: "comparison-0:stale", payload: { stale: true } },
      });
      const { getStoryComparison } = await import("@/lib/views");
      const comparison = await getStoryComparison(storyId);
      expect(comparison?.quoteGroups.length).toBeGreaterThan(0);
      expect((await storedRow())?.key, "a read never writes").toBe("comparison-0:stale");

      // The story's next write stores it.
      const { refreshStoryAnalysis } = await import("@/lib/stories");
      await refreshStoryAnalysis({ db, storyIds: [storyId] });
      expect((await storedRow())?.key).toBe(comparison?.key);
      expect(JSON.stringify((await storedRow())?.payload)).not.toContain("stale");
    });

    it("answers null for an unknown story and stores nothing", async () => {
      const { getStoryComparison } = await import("@/lib/views");
      expect(await getStoryComparison("no-such-story")).toBeNull();
      const { getDb } = await import("@/lib/db");
      expect(await (await getDb()).storyAnalysis.count()).toBe(1);
    });

    it("computes the same comparison on an analysis thread as on the calling thread", async () => {
      const { getArticlesWithText, getDb, getStoryRecord } = await import("@/lib/db");
      const { framedMembers, storyComparisonPayload } = await import("../shapers/story-comparison");
      const { ANALYSIS_WORKER_ENTRY, startAnalysisThreads } = await import("@/lib/threads");
      const db = await getDb();
      const record = (await getStoryRecord(db, storyId))!;
      const framed = framedMembers(record);
      const byId = new Map((await getArticlesWithText(db, framed)).map((r) => [r.id, r]));
      const texts = framed.flatMap((id) => byId.get(id) ?? []);
      const threads = startAnalysisThreads({ threads: 1, timeoutMs: 60_000, entry: ANALYSIS_WORKER_ENTRY });
      try {
        const offThread = await threads.compare(record, texts);
        expect(offThread.quoteGroups.length).toBeGreaterThan(0);
        expect(offThread).toEqual(storyComparisonPayload(record, texts));
      } finally {
        await threads.close();
      }
    }, 120_000);
  });
}
