import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type * as DbModule from "@/lib/db";

/** The story index's postings as written by replaceStoryKeys (raw statements) and read back through Prisma. */
export function describeStoryKeys(provider: TestProvider): void {
  describe(`story keys on ${provider}`, () => {
    useTestDatabase(provider);
    let db: typeof DbModule;

    beforeAll(async () => {
      db = await import("@/lib/db");
    });

    it("replaces a story's keys, each once, stamped as Prisma stamps a date", async () => {
      const client = await db.getDb();
      const first = new Date("2026-03-02T09:15:30.123Z");
      const story = await client.story.create({
        data: { title: "Bridge", createdAt: first },
        select: { id: true },
      });
      await db.replaceStoryKeys(client, story.id, ["bridge", "council", "bridge", "lisvard"], first);
      const keys = await client.storyKey.findMany({ where: { storyId: story.id }, orderBy: { key: "asc" } });
      expect(keys.map((k) => k.key)).toEqual(["bridge", "council", "lisvard"]);
      expect(keys.every((k) => k.postedAt.getTime() === first.getTime())).toBe(true);
      // Stored exactly as Prisma stores the same instant in another column, so ordering by it stays right.
      const [stored] = await client.$queryRaw<{ same: number | bigint | boolean }[]>`
        SELECT COUNT(*) AS "same" FROM "StoryKey" k JOIN "Story" s ON s."id" = k."storyId"
        WHERE k."postedAt" = s."createdAt" AND s."id" = ${story.id}`;
      expect(Number(stored?.same)).toBe(3);

      const later = new Date("2026-03-03T10:00:00.000Z");
      await db.replaceStoryKeys(client, story.id, ["council", "harbour"], later);
      const replaced = await client.storyKey.findMany({
        where: { storyId: story.id },
        orderBy: { key: "asc" },
      });
      expect(replaced.map((k) => [k.key, k.postedAt.toISOString()])).toEqual([
        ["council", later.toISOString()],
        ["harbour", later.toISOString()],
      ]);

      await db.replaceStoryKeys(client, story.id, [], later);
      expect(await client.storyKey.count({ where: { storyId: story.id } })).toBe(0);
    });

    it("finds by keys the stories most recently posted under them", async () => {
      const client = await db.getDb();
      const older = await client.story.create({ data: { title: "Older" }, select: { id: true } });
      const newer = await client.story.create({ data: { title: "Newer" }, select: { id: true } });
      await db.replaceStoryKeys(client, older.id, ["ferry", "strike"], new Date("2026-01-01T00:00:00Z"));
      await db.replaceStoryKeys(client, newer.id, ["ferry", "strike"], new Date("2026-02-01T00:00:00Z"));
      const found = await db.findStoryCandidatesByKeys(client, {
        keys: ["ferry", "strike"],
        window: null,
        language: null,
        limit: 1,
      });
      expect(found.map((s) => s.storyId)).toEqual([newer.id]);
    });

    it("keeps of the best-sharing stories the live ones in the window and language, with their profiles", async () => {
      const client = await db.getDb();
      const day = (d: number) => new Date(Date.UTC(2026, 4, d));
      const make = async (title: string, data: Record<string, unknown>, keys: string[]) => {
        const story = await client.story.create({
          data: { title, profile: { terms: { [title]: 1 }, entities: {} }, ...data },
          select: { id: true },
        });
        await db.replaceStoryKeys(client, story.id, keys, day(1));
        return story.id;
      };
      const both = await make(
        "both",
        { firstPublishedAt: day(10), lastPublishedAt: day(12), language: "en" },
        ["dam", "flood"],
      );
      const one = await make("one", { firstPublishedAt: day(11), lastPublishedAt: day(11) }, ["dam"]);
      const undated = await make("undated", { language: "en" }, ["flood"]);
      await make("early", { firstPublishedAt: day(1), lastPublishedAt: day(2) }, ["dam", "flood"]);
      await make("german", { firstPublishedAt: day(11), lastPublishedAt: day(11), language: "de" }, [
        "dam",
        "flood",
      ]);
      const merged = await make("merged", { lastPublishedAt: day(11), mergedIntoId: both }, ["dam", "flood"]);
      const edited = await make("edited", { editedAt: day(3) }, ["dam", "flood", "storm"]);
      const found = await db.findStoryCandidatesByKeys(client, {
        keys: ["dam", "flood", "storm"],
        window: { from: day(9), to: day(13) },
        language: "en",
        limit: 4,
      });
      expect(found.map((s) => s.storyId)).not.toContain(merged);
      expect(found.map((s) => [s.storyId, s.edited])).toEqual([
        [edited, true],
        [both, false],
        // One key each: the one updated last first.
        [undated, false],
        [one, false],
      ]);
      expect(found[1]?.profile).toEqual({ terms: { both: 1 }, entities: {} });
    });

    it("reads the clustering clock from the newest story date not past the bound (stories of earlier tests are later)", async () => {
      const client = await db.getDb();
      const bound = new Date("2024-06-01T00:00:00.000Z");
      expect(await db.findClusteringClock(client, bound)).toBeNull();
      const newest = new Date("2024-05-20T08:30:00.250Z");
      for (const lastPublishedAt of [
        new Date("2024-05-01T00:00:00Z"),
        newest,
        new Date("2024-07-01T00:00:00Z"),
      ])
        await client.story.create({ data: { title: "Dated", lastPublishedAt } });
      expect((await db.findClusteringClock(client, bound))?.toISOString()).toBe(newest.toISOString());
    });
  });
}
