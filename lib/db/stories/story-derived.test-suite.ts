import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type * as DbModule from "@/lib/db";

/** writeStoryDerived (raw statements): the story row as Prisma reads it, quote groups kept by key. */
export function describeStoryDerived(provider: TestProvider): void {
  describe(`story derived fields on ${provider}`, () => {
    useTestDatabase(provider);
    let db: typeof DbModule;

    beforeAll(async () => {
      db = await import("@/lib/db");
    });

    it("writes counts, dates and title (an editor's title stays) and keeps a regrouped group's id", async () => {
      const client = await db.getDb();
      const outlet = await client.outlet.create({
        data: { slug: "wire", name: "Wire" },
        select: { id: true },
      });
      const article = await client.article.create({
        data: {
          outletId: outlet.id,
          sourceUrl: "https://a.test/1",
          canonicalUrl: "https://a.test/1",
          title: "T",
          text: "x",
          contentHash: "h",
        },
        select: { id: true },
      });
      const version = await client.articleVersion.create({
        data: { articleId: article.id, version: 1, title: "T", text: "x", contentHash: "h" },
        select: { id: true },
      });
      const quote = async (start: number) =>
        (
          await client.quotation.create({
            data: {
              articleId: article.id,
              versionId: version.id,
              text: "q",
              start,
              end: start + 1,
              speaker: "Ana",
            },
            select: { id: true },
          })
        ).id;
      const [q1, q2] = [await quote(0), await quote(5)];
      const story = await client.story.create({
        data: { title: "Old" },
        select: { id: true, updatedAt: true },
      });
      const first = new Date("2026-03-02T09:15:30.123Z");
      const last = new Date("2026-03-04T00:00:00.000Z");
      const base = {
        title: "Ana speaks",
        titleOutlet: "Wire",
        articleCount: 2,
        firstPublishedAt: first,
        lastPublishedAt: last,
        firstPublishedAtPrecision: "instant" as const,
        lastPublishedAtPrecision: "day" as const,
        demo: true,
      };
      const groupsNow = async () =>
        new Map(
          (
            await client.quotation.findMany({
              where: { id: { in: [q1, q2] } },
              select: { id: true, groupId: true },
            })
          ).map((q) => [q.id, q.groupId] as const),
        );
      await db.saveStoryDerived(client, story.id, {
        ...base,
        quoteGroups: [{ key: "ana", speaker: "Ana", quotationIds: [q1] }],
        currentGroupOf: await groupsNow(),
      });
      const row = await client.story.findUniqueOrThrow({ where: { id: story.id } });
      expect(row).toMatchObject({
        title: "Ana speaks",
        titleOutlet: "Wire",
        articleCount: 2,
        firstPublishedAt: first,
        lastPublishedAt: last,
        firstPublishedAtPrecision: "instant",
        lastPublishedAtPrecision: "day",
        demo: true,
      });
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(story.updatedAt.getTime());
      const [group] = await client.quoteGroup.findMany({ where: { storyId: story.id } });
      expect((await groupsNow()).get(q1)).toBe(group?.id);

      await client.story.update({
        where: { id: story.id },
        data: { title: "Editor's", titleByEditor: true },
      });
      await db.saveStoryDerived(client, story.id, {
        ...base,
        firstPublishedAt: null,
        quoteGroups: [{ key: "ana", speaker: "Ana B.", quotationIds: [q2, q1] }],
        currentGroupOf: await groupsNow(),
      });
      const edited = await client.story.findUniqueOrThrow({ where: { id: story.id } });
      expect(edited).toMatchObject({ title: "Editor's", titleOutlet: "Wire", firstPublishedAt: null });
      const regrouped = await client.quoteGroup.findMany({ where: { storyId: story.id } });
      expect(regrouped).toEqual([
        expect.objectContaining({
          id: group?.id,
          speaker: "Ana B.",
          referenceQuotationId: q2,
          variantCount: 2,
        }),
      ]);
      expect([...(await groupsNow()).values()]).toEqual([group?.id, group?.id]);

      await db.saveStoryDerived(client, story.id, {
        ...base,
        quoteGroups: [],
        currentGroupOf: await groupsNow(),
      });
      expect(await client.quoteGroup.count({ where: { storyId: story.id } })).toBe(0);
      await expect(
        db.saveStoryDerived(client, "no-such-story", { ...base, quoteGroups: [], currentGroupOf: new Map() }),
      ).rejects.toThrow();
    });
  });
}
