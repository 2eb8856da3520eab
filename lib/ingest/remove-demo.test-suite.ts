import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoStories } from "@/lib/demo";
import { runCliForTest } from "@/lib/testing/run-cli";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { assertSeedsPresent, JOE_SEED, OUTLET_B_SEED } from "@/lib/testing/seeds";

const cli = runCliForTest;

const HARBOUR = [
  "Dock workers in Rotterdam voted on Tuesday to end a nine-day strike over container automation, the union said.",
  "The vote came after the port authority agreed to retrain crane operators instead of cutting their jobs.",
  '"This is a fair result for every family on the quays," said union spokeswoman Ineke de Vries.',
].join("\n\n");

const DEMO_ARTICLES = demoStories.reduce((n, s) => n + s.articles.length, 0);

/**
 * `parallax demo remove` on a database holding the demo corpus beside real news (the seed pair, and a real
 * story an editor moved a demo article into): the demo rows go, every real row stays as it was, and the corpus
 * statistics are exactly those of the real articles.
 */
export function describeDemoRemoval(provider: TestProvider): void {
  describe(`removing the demo corpus (${provider})`, () => {
    useTestDatabase(provider);
    /** TermStat as a map; after loading the corpus alone, what the demo articles counted. */
    const termStats = async () => {
      const { getDb } = await import("@/lib/db");
      const rows = await (await getDb()).termStat.findMany();
      return new Map(rows.map((r) => [r.term, r.documentFrequency]));
    };
    let demoStats = new Map<string, number>();
    beforeAll(async () => {
      assertSeedsPresent();
      const { loadDemoCorpusIfEmpty } = await import("@/lib/ingest");
      expect(await loadDemoCorpusIfEmpty()).toBe(DEMO_ARTICLES);
      demoStats = await termStats();
    });

    it("marks the demo corpus's outlets, articles and stories as demo where they are stored", async () => {
      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      expect(await db.article.count({ where: { demo: false } })).toBe(0);
      expect(await db.outlet.count({ where: { demo: false } })).toBe(0);
      const live = await db.story.findMany({ where: { mergedIntoId: null }, select: { demo: true } });
      expect(live.length).toBe(demoStories.length);
      expect(live.every((s) => s.demo)).toBe(true);
    });

    it("takes out the demo corpus and nothing else when real news sits beside it", async () => {
      const { getDb } = await import("@/lib/db");
      const ingest = await import("@/lib/ingest");
      const views = await import("@/lib/views");
      const db = await getDb();

      const joe = await ingest.ingestDocument({
        content: readFileSync(JOE_SEED),
        format: "text",
        outlet: "JOE",
      });
      const other = await ingest.ingestDocument({
        content: readFileSync(OUTLET_B_SEED),
        format: "text",
        outlet: "Outlet B",
      });
      expect(other.storyId).toBe(joe.storyId);
      const harbour = await ingest.ingestDocument({
        content: HARBOUR,
        format: "text",
        outlet: "Port Gazette",
        title: "Rotterdam dockers end strike",
        publishedAt: "2026-03-03T10:00:00Z",
      });
      expect(harbour.storyId).not.toBe(joe.storyId);
      // An editor moved a demo article into the real harbour story: a story mixing the two.
      const demoArticle = await db.article.findFirstOrThrow({
        where: { demo: true },
        orderBy: { id: "asc" },
      });
      const { moveArticle } = await import("@/lib/stories");
      await moveArticle({ actor: "Ada", articleId: demoArticle.id, toStoryId: harbour.storyId });
      const flags = async (id: string) =>
        (await db.story.findUniqueOrThrow({ where: { id }, select: { demo: true } })).demo;
      expect(await flags(joe.storyId)).toBe(false);
      expect(await flags(harbour.storyId)).toBe(false);
      const mixed = await views.getStory(harbour.storyId);
      expect(mixed?.articles.map((a) => a.demo).sort()).toEqual([false, true]);
      expect(
        (await views.listStories({ limit: 100 })).items
          .filter((s) => !s.demo)
          .map((s) => s.id)
          .sort(),
      ).toEqual([joe.storyId, harbour.storyId].sort());

      const demoStory = await db.story.findFirstOrThrow({ where: { demo: true, mergedIntoId: null } });
      const seedLink = await views.createShareLink({ kind: "story", storyId: joe.storyId });
      const demoLink = await views.createShareLink({ kind: "story", storyId: demoStory.id });
      const feed = await db.feed.create({ data: { url: "https://joe.example/feed.xml" } });

      const realArticles = () =>
        db.article.findMany({
          where: { demo: false },
          orderBy: { id: "asc" },
          select: { id: true, title: true, text: true, contentHash: true, outletId: true, publishedAt: true },
        });
      const realOutlets = () => db.outlet.findMany({ where: { demo: false }, orderBy: { id: "asc" } });
      const seedStory = () =>
        db.story.findUniqueOrThrow({
          where: { id: joe.storyId },
          select: { title: true, articleCount: true, firstPublishedAt: true, demo: true },
        });
      const before = {
        articles: await realArticles(),
        outlets: await realOutlets(),
        seed: await seedStory(),
      };
      const demoCount = await db.article.count({ where: { demo: true } });
      const statsBefore = await termStats();

      const removed = await ingest.removeDemoCorpus({ actor: "Ada" });
      expect(removed).toMatchObject({ articles: demoCount, storiesKept: 1 });
      expect(removed.outlets).toBeGreaterThanOrEqual(8);

      expect(await db.article.count({ where: { demo: true } })).toBe(0);
      expect(await db.outlet.count({ where: { demo: true } })).toBe(0);
      expect(await db.story.count({ where: { demo: true } })).toBe(0);
      expect(await realArticles()).toEqual(before.articles);
      expect(await realOutlets()).toEqual(before.outlets);
      expect(await seedStory()).toEqual(before.seed);
      expect(await db.feed.findUnique({ where: { id: feed.id } })).not.toBeNull();
      // The mixed story keeps its real article, recomputed without the demo one.
      const kept = await views.getStory(harbour.storyId);
      expect(kept?.articles.map((a) => a.title)).toEqual(["Rotterdam dockers end strike"]);
      expect(kept).toMatchObject({ articleCount: 1, title: "Rotterdam dockers end strike", demo: false });
      expect(await views.getStory(demoStory.id)).toBeNull();
      expect(await views.findMergedStory(demoStory.id)).toBeNull();
      expect((await views.getSharedView(seedLink.slug))?.articles).toHaveLength(2);
      expect(await views.getSharedView(demoLink.slug)).toBeNull();
      expect((await views.listStories({ limit: 100 })).items.map((s) => s.id).sort()).toEqual(
        [joe.storyId, harbour.storyId].sort(),
      );

      // The clustering statistics are exactly those the real articles added.
      const expected = new Map<string, number>();
      for (const [term, frequency] of statsBefore) {
        const left = frequency - (demoStats.get(term) ?? 0);
        if (left > 0 || term === "__documents__") expected.set(term, left);
      }
      expect(expected.get("__documents__")).toBe(before.articles.length);
      expect(await termStats()).toEqual(expected);

      const audit = await db.auditLog.findFirstOrThrow({ where: { actor: "Ada", action: "demo.remove" } });
      expect(audit.details).toMatchObject({ articles: demoCount, storiesKept: 1 });
    });

    it("says when there is nothing to remove, and start-up does not load the corpus into a database it left", async () => {
      const { getDb, wasDemoRemoved } = await import("@/lib/db");
      const { loadDemoCorpusIfEmpty } = await import("@/lib/ingest");
      const db = await getDb();
      const again = await cli("demo", "remove");
      expect(again).toEqual({ code: 0, out: "No demo data in the database; nothing removed." });
      expect(await db.auditLog.count({ where: { actor: "cli", action: "demo.remove" } })).toBe(1);
      expect((await cli("demo", "now")).code).toBe(2);
      expect(await wasDemoRemoved(db)).toBe(true);
      await db.article.deleteMany({});
      expect(await loadDemoCorpusIfEmpty({ unlessRemoved: true })).toBe(0);
      expect(await db.article.count()).toBe(0);
    });
  });
}
