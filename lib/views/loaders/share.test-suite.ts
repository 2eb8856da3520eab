import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type * as IngestModule from "@/lib/ingest";
import type * as ViewsModule from "@/lib/views";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { assertSeedsPresent, JOE_SEED, OUTLET_B_SEED } from "@/lib/testing/seeds";

type Views = typeof ViewsModule;
type Ingest = typeof IngestModule;

const JOE_URL = "https://joe.example/putin-troops";

/**
 * Share links on a fresh database of the provider: a link pins each article's version and that version's
 * quotations, is reused for the same selection, and keeps showing the pinned text after a new version and a
 * new article arrive, saying that they did.
 */
export function describeShareLinks(provider: TestProvider): void {
  describe(`share links on ${provider}`, () => {
    useTestDatabase(provider);
    let views: Views;
    let ingest: Ingest;
    let storyId: string;
    let joeId: string;
    let otherId: string;
    let joeText: string;

    beforeAll(async () => {
      assertSeedsPresent();
      views = await import("@/lib/views");
      ingest = await import("@/lib/ingest");
      joeText = readFileSync(JOE_SEED, "utf8");
      const joe = await ingest.ingestDocument({ content: joeText, outlet: "JOE", url: JOE_URL });
      const other = await ingest.ingestDocument({
        content: readFileSync(OUTLET_B_SEED, "utf8"),
        outlet: "Outlet B",
      });
      expect(other.storyId).toBe(joe.storyId);
      storyId = joe.storyId;
      joeId = joe.articleId;
      otherId = other.articleId;
    });

    async function variedGroup() {
      const story = await views.getStory(storyId);
      const group = story?.quoteGroups.find((g) => g.wordings.length > 1);
      if (!group) throw new Error("the seed pair should have a quotation worded differently");
      return group;
    }

    it("pins a story, a comparison and a quote group, one link per selection", async () => {
      const group = await variedGroup();
      const story = await views.createShareLink({ kind: "story", storyId });
      const compare = await views.createShareLink({ kind: "compare", storyId, articleIds: [otherId, joeId] });
      const quote = await views.createShareLink({ kind: "quote", storyId, quoteGroupId: group.id });
      for (const link of [story, compare, quote]) {
        expect(link.created).toBe(true);
        expect(link.slug).toMatch(/^[A-Za-z0-9_-]{12}$/);
      }
      expect(new Set([story.slug, compare.slug, quote.slug]).size).toBe(3);
      expect(await views.createShareLink({ kind: "story", storyId })).toEqual({
        slug: story.slug,
        created: false,
      });

      const shared = await views.getSharedView(quote.slug);
      expect(shared).toMatchObject({ kind: "quote", story: { id: storyId }, changes: { newArticles: 0 } });
      expect(shared?.quoteGroups).toHaveLength(1);
      expect(shared?.quoteGroups[0]?.variants.map((v) => v.text).sort()).toEqual(
        group.variants.map((v) => v.text).sort(),
      );
      expect(shared?.quoteGroups[0]?.diffs.map((d) => d.ops)).toEqual(group.diffs.map((d) => d.ops));

      const sharedCompare = await views.getSharedView(compare.slug);
      expect(sharedCompare?.articles.map((a) => a.id)).toEqual([otherId, joeId]);
      expect(sharedCompare?.quoteGroups.some((g) => g.wordings.length > 1)).toBe(true);
      // Every pinned quotation is the pinned text's own slice.
      for (const article of sharedCompare?.articles ?? []) {
        expect(article.quotations.length).toBeGreaterThan(0);
        for (const q of article.quotations) expect(article.text.slice(q.start, q.end)).toBe(q.text);
      }
    });

    it("keeps showing the pinned version and quotations after a new version and a new article", async () => {
      const group = await variedGroup();
      const storyLink = await views.createShareLink({ kind: "story", storyId });
      const quoteLink = await views.createShareLink({ kind: "quote", storyId, quoteGroupId: group.id });
      const before = await views.getSharedView(storyLink.slug);
      const joeBefore = before?.articles.find((a) => a.id === joeId);
      expect(joeBefore?.text).toContain("legitimate targets");
      const quoteBefore = await views.getSharedView(quoteLink.slug);

      // The same URL with an edited body: a new version whose quotations replace the old ones.
      const edited = await ingest.ingestDocument({
        content: joeText.replaceAll("legitimate targets", "lawful targets"),
        outlet: "JOE",
        url: JOE_URL,
      });
      expect(edited).toMatchObject({ status: "updated", articleId: joeId, version: 2 });
      // A third outlet's report of the same event joins the story.
      const third = await ingest.ingestDocument({
        content: readFileSync(OUTLET_B_SEED, "utf8").replaceAll("Putin", "President Putin"),
        outlet: "Outlet C",
      });
      expect(third.storyId).toBe(storyId);

      const after = await views.getSharedView(storyLink.slug);
      expect(after?.articles.map((a) => a.id)).toEqual(before?.articles.map((a) => a.id));
      const joeAfter = after?.articles.find((a) => a.id === joeId);
      expect(joeAfter).toMatchObject({ version: 1, latestVersion: 2, text: joeBefore?.text });
      expect(joeAfter?.text).not.toContain("lawful targets");
      expect(joeAfter?.quotations).toEqual(joeBefore?.quotations);
      expect(after?.quoteGroups).toEqual(before?.quoteGroups);
      expect(after?.changes).toMatchObject({
        newerVersions: [{ articleId: joeId, outlet: "JOE", pinned: 1, latest: 2 }],
        newArticles: 1,
        missingArticles: 0,
      });

      const quoteAfter = await views.getSharedView(quoteLink.slug);
      expect(quoteAfter?.quoteGroups).toEqual(quoteBefore?.quoteGroups);
      expect(quoteAfter?.changes.newerVersions).toHaveLength(1);

      // A link made now pins the new version.
      const fresh = await views.createShareLink({ kind: "story", storyId });
      expect(fresh.created).toBe(true);
      const now = await views.getSharedView(fresh.slug);
      expect(now?.articles.find((a) => a.id === joeId)).toMatchObject({ version: 2, latestVersion: 2 });
      expect(now?.articles).toHaveLength(3);
      expect(now?.changes).toMatchObject({ newerVersions: [], newArticles: 0 });
    });

    it("refuses articles or groups from elsewhere, and answers null for unknown slugs", async () => {
      await expectAppError(
        views.createShareLink({ kind: "compare", storyId, articleIds: [joeId, "not-a-member"] }),
        "INVALID_INPUT",
        "not part of this story",
      );
      await expectAppError(
        views.createShareLink({ kind: "quote", storyId, quoteGroupId: "no-such-group" }),
        "NOT_FOUND",
        "no longer part of the story",
      );
      await expectAppError(
        views.createShareLink({ kind: "story", storyId: "no-such-story" }),
        "NOT_FOUND",
        "no longer exists",
      );
      expect(await views.getSharedView("AAAAAAAAAAAA")).toBeNull();
      expect(await views.getSharedView("../etc")).toBeNull();
    });

    it("gives the same selection the same link however many links exist, also when asked at once", async () => {
      const { createShareLink, getDb } = await import("@/lib/db");
      const db = await getDb();
      let n = 0;
      const slug = () => `dedupe-${provider}-${n++}`;
      const store = (i: number) => createShareLink(db, { storyId, kind: "compare", selection: { i } }, slug);
      const first = await store(0);
      for (let i = 1; i <= 250; i++) await store(i);
      expect(await store(0)).toEqual({ slug: first.slug, created: false });
      const rows = await db.shareLink.count({ where: { storyId, kind: "compare" } });

      const together = await Promise.all(Array.from({ length: 12 }, () => store(999)));
      expect(new Set(together.map((link) => link.slug)).size).toBe(1);
      expect(together.filter((link) => link.created)).toHaveLength(1);
      expect(await db.shareLink.count({ where: { storyId, kind: "compare" } })).toBe(rows + 1);
    });
  });
}
