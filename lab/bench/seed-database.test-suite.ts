import { beforeAll, describe, expect, it } from "vitest";
import type * as DbModule from "@/lib/db";
import type * as ViewsModule from "@/lib/views";
import { findQuotations } from "@/lib/quotes";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type { SeedDatabaseResult } from "./seed-database";

/**
 * The web benchmark's seeder on a fresh database of the provider: what it writes is what the app's views
 * read (story list, story page with quote groups and variants, comparison), and its quotations are the ones
 * the quotation finder would store for the same text.
 */
export function describeSeedDatabase(provider: TestProvider): void {
  describe(`bench seeder on ${provider}`, () => {
    useTestDatabase(provider);
    let db: DbModule.Db;
    let views: typeof ViewsModule;
    let seeded: SeedDatabaseResult;

    beforeAll(async () => {
      const dbModule = await import("@/lib/db");
      views = await import("@/lib/views");
      db = await dbModule.getDb();
      const { seedDatabase } = await import("./seed-database");
      seeded = await seedDatabase(db, { articles: 300, seed: 7, batchArticles: 100 });
    });

    it("writes every generated article once, in stories of at most 40", async () => {
      expect(seeded.articles).toBe(300);
      expect(await db.article.count()).toBe(300);
      expect(await db.storyMembership.count()).toBe(300);
      expect(await db.story.count()).toBe(seeded.stories);
      expect(await db.articleVersion.count()).toBe(seeded.versions);
      expect(seeded.versions).toBeGreaterThan(300);
      const sizes = await db.story.findMany({
        select: { articleCount: true, _count: { select: { memberships: true } } },
      });
      for (const s of sizes) {
        expect(s._count.memberships).toBe(s.articleCount);
        expect(s.articleCount).toBeLessThanOrEqual(40);
      }
      expect(await db.storyKey.count()).toBeGreaterThan(0);
      const documents = await db.termStat.findUnique({ where: { term: "__documents__" } });
      expect(documents?.documentFrequency).toBe(300);
    });

    it("lists the seeded stories, newest first", async () => {
      const { items, total } = await views.listStories({ limit: 20 });
      expect(total).toBe(seeded.stories);
      expect(items.length).toBe(20);
      const dates = items.map((i) => i.lastPublishedAt ?? "");
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(items.some((i) => i.variantGroupCount > 0)).toBe(true);
    });

    it("shows a multi-article story with its outlets and quote groups with variants", async () => {
      const biggest = Math.max(...seeded.storySizes.keys());
      const storyId = seeded.storySizes.get(biggest)?.firstId ?? "";
      const story = await views.getStory(storyId);
      expect(story?.articles.length).toBe(biggest);
      expect(new Set(story?.articles.map((a) => a.outlet.name)).size).toBe(Math.min(biggest, 24));
      const grouped = story?.quoteGroups.filter((g) => g.variants.length > 1) ?? [];
      expect(grouped.length).toBeGreaterThan(0);
      const compare = await views.getCompareData(storyId);
      expect(compare?.articles.length).toBe(Math.min(biggest, 4));
    });

    it("stores quotations at their offsets, as the quotation finder finds them", async () => {
      const articles = await db.article.findMany({
        take: 20,
        orderBy: { id: "asc" },
        select: { text: true, quotations: { orderBy: { start: "asc" } } },
      });
      for (const article of articles) {
        expect(article.quotations.length).toBe(2);
        const found = findQuotations(article.text).filter((q) => q.speaker !== null);
        for (const q of article.quotations) {
          expect(article.text.slice(q.start, q.end)).toBe(q.text);
          expect(article.text.slice(q.speakerStart ?? 0, q.speakerEnd ?? 0)).toBe(q.speaker);
          expect(found.some((f) => f.start === q.start && f.end === q.end && f.speaker === q.speaker)).toBe(
            true,
          );
        }
      }
    });
  });
}
