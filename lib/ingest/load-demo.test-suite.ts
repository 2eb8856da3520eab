import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStories } from "@/lib/demo";
import { createTestDatabase, type TestDatabase, type TestProvider } from "@/lib/testing/databases";

/**
 * The demo corpus goes through the real pipeline, so it doubles as an end-to-end clustering check: every demo
 * story must come out as exactly one stored story, holding exactly its own articles.
 */
export function describeDemoLoad(provider: TestProvider): void {
  describe(`demo corpus through the pipeline (${provider})`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(provider);
      process.env.DATABASE_URL = db.url;
    });
    afterAll(async () => {
      const { disconnectDb } = await import("@/lib/db");
      await disconnectDb();
      await db?.drop();
    });

    it("loads into an empty database once, and clusters each demo story into one story", async () => {
      const { loadDemoCorpusIfEmpty } = await import("@/lib/ingest");
      const { exportStory, listStories } = await import("@/lib/views");
      const articleCount = demoStories.reduce((n, s) => n + s.articles.length, 0);
      expect(await loadDemoCorpusIfEmpty()).toBe(articleCount);
      expect(await loadDemoCorpusIfEmpty()).toBe(0);

      const { items } = await listStories({ limit: 100 });
      const storyOfUrl = new Map<string, string>();
      for (const item of items) {
        const exported = await exportStory(item.id);
        for (const article of exported.articles) storyOfUrl.set(article.url ?? "", item.id);
      }
      const problems: string[] = [];
      for (const story of demoStories) {
        const ids = new Set(story.articles.map((a) => storyOfUrl.get(a.url)));
        if (ids.size !== 1) problems.push(`${story.key} is split over ${ids.size} stories`);
      }
      expect(problems).toEqual([]);
      expect(items).toHaveLength(demoStories.length);

      const withVariants = items.filter((i) => i.variantGroupCount > 0);
      expect(withVariants.length).toBeGreaterThanOrEqual(3);
    });
  });
}
