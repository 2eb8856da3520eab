import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type * as DbModule from "@/lib/db";
import type * as ViewsModule from "@/lib/views";
import { storyParagraphs } from "./__fixtures__/pages";
import type * as IngestModule from "./index";

const text = (title: string, paragraphs: string[]) => [title, ...paragraphs].join("\n\n");

/**
 * The clustering index, merges and wire lineage on a fresh database: stories are found by key (also those
 * stored before the index existed), merged stories redirect, and copies of one text count as one source.
 */
export function describeStoryIndex(provider: TestProvider): void {
  describe(`story index on ${provider}`, () => {
    useTestDatabase(provider);
    let ingest: typeof IngestModule;
    let db: typeof DbModule;
    let views: typeof ViewsModule;

    beforeAll(async () => {
      ingest = await import("./index");
      db = await import("@/lib/db");
      views = await import("@/lib/views");
    });

    const bridge = storyParagraphs("harbour bridge");

    it("posts a story under its keys and finds it again by a later report's keys", async () => {
      const first = await ingest.ingestDocument({
        content: text("Lisvard council backs harbour bridge", bridge),
        outlet: "The Harbour Daily",
        publishedAt: "2026-03-02T09:00:00Z",
      });
      const client = await db.getDb();
      expect(await client.storyKey.count({ where: { storyId: first.storyId } })).toBeGreaterThan(5);

      // A wire copy: the same text with its first paragraph reworded, from another outlet.
      const copy = await ingest.ingestDocument({
        content: text("Harbour bridge approved in Lisvard", [
          "Lisvard's council said on Monday the harbour bridge would be built despite protests by residents.",
          ...bridge.slice(1),
        ]),
        outlet: "Coast Wire",
        publishedAt: "2026-03-02T11:00:00Z",
      });
      expect(copy.storyId).toBe(first.storyId);

      const story = await views.getStory(first.storyId);
      expect(story?.lineage).toMatchObject({ articles: 2, sources: 1 });
      expect(story?.lineage.copies).toEqual([
        expect.objectContaining({
          articleId: copy.articleId,
          outlet: "Coast Wire",
          followsOutlet: "The Harbour Daily",
        }),
      ]);
    });

    it("indexes stories stored before the index existed, on the first ingest of a new process", async () => {
      const client = await db.getDb();
      const [story] = await client.story.findMany({
        where: { articleCount: { gt: 0 } },
        select: { id: true },
      });
      await client.storyKey.deleteMany({});
      await db.disconnectDb();

      const late = await ingest.ingestDocument({
        content: text("Lisvard harbour bridge: protests continue", [
          ...bridge.slice(2),
          ...bridge.slice(0, 2),
        ]),
        outlet: "Lisvard Post",
        publishedAt: "2026-03-03T08:00:00Z",
      });
      expect(late.storyId).toBe(story?.id);
      expect(await (await db.getDb()).storyKey.count({ where: { storyId: story?.id } })).toBeGreaterThan(5);
    });

    it("folds a merged story into its target: articles move, old links redirect, the list shows one", async () => {
      const other = await ingest.ingestDocument({
        content: text("Orvane observatory names new comet", [
          "Astronomers at the Orvane observatory have named a comet spotted last week after the amateur who first reported it, a retired teacher from the northern hills.",
          "The comet will be visible with binoculars in early April, when it passes closest to the sun, according to the observatory's director, Piet Lindqvist.",
          "Telescope time has been booked by teams from four universities hoping to measure the ice in its tail.",
        ]),
        outlet: "Coast FM",
        publishedAt: "2026-03-02T10:00:00Z",
      });
      const target = (await views.listStories()).items.find((s) => s.id !== other.storyId);
      expect(target, "the comet is a story of its own").toBeDefined();
      const client = await db.getDb();
      await db.inTransaction({ db: client }, (tx) => db.absorbStories(tx, target!.id, [other.storyId]));

      expect(await views.findMergedStory(other.storyId)).toBe(target!.id);
      expect(await views.getStory(other.storyId)).toBeNull();
      const membership = await client.storyMembership.findUnique({ where: { articleId: other.articleId } });
      expect(membership?.storyId).toBe(target!.id);
      expect((await views.listStories()).items.map((s) => s.id)).not.toContain(other.storyId);
      expect(await client.storyKey.count({ where: { storyId: other.storyId } })).toBe(0);
    });
  });
}
