import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { expectAppError } from "@/lib/testing/expect-app-error";
import type * as DbModule from "@/lib/db";
import type * as ViewsModule from "@/lib/views";
import { storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import type * as IngestModule from "@/lib/ingest";
import type * as StoriesModule from "./index";

const text = (title: string, paragraphs: string[]) => [title, ...paragraphs].join("\n\n");
const COMET = [
  "Astronomers at the Orvane observatory have named a comet spotted last week after the amateur who first reported it, a retired teacher from the northern hills.",
  "The comet will be visible with binoculars in early April, when it passes closest to the sun, according to the observatory's director, Piet Lindqvist.",
  "Telescope time has been booked by teams from four universities hoping to measure the ice in its tail.",
];

/** Editors move, merge and split stories: one transaction each, audited, and respected by automatic clustering. */
export function describeStoryEdits(provider: TestProvider): void {
  describe(`editor story edits on ${provider}`, () => {
    useTestDatabase(provider);
    let ingest: typeof IngestModule;
    let stories: typeof StoriesModule;
    let db: typeof DbModule;
    let views: typeof ViewsModule;
    const bridge = storyParagraphs("harbour bridge");
    const ids = { bridge: "", comet: "", split: "", articles: [] as string[], cometArticle: "" };

    const client = async () => db.getDb();
    const membership = async (articleId: string) =>
      (await client()).storyMembership.findUniqueOrThrow({ where: { articleId } });
    const story = async (storyId: string) =>
      (await client()).story.findUniqueOrThrow({ where: { id: storyId } });

    beforeAll(async () => {
      ingest = await import("@/lib/ingest");
      stories = await import("./index");
      db = await import("@/lib/db");
      views = await import("@/lib/views");
      for (const [i, outlet] of ["The Harbour Daily", "Coast Wire", "Lisvard Post"].entries()) {
        const result = await ingest.ingestDocument({
          content: text(`Lisvard council backs harbour bridge (${outlet})`, [
            ...bridge.slice(i % 2),
            ...bridge.slice(0, i % 2),
          ]),
          outlet,
          publishedAt: `2026-03-02T${String(8 + i).padStart(2, "0")}:00:00Z`,
        });
        ids.articles.push(result.articleId);
        ids.bridge ||= result.storyId;
        expect(result.storyId, "the bridge reports cluster together").toBe(ids.bridge);
      }
      const comet = await ingest.ingestDocument({
        content: text("Orvane observatory names new comet", COMET),
        outlet: "Coast FM",
        publishedAt: "2026-03-02T10:00:00Z",
      });
      ids.comet = comet.storyId;
      ids.cometArticle = comet.articleId;
      expect(ids.comet).not.toBe(ids.bridge);
    });

    it("splits chosen articles into a new story, pinning both sides, audited, counts recomputed", async () => {
      const chosen = ids.articles[2]!;
      const result = await stories.splitStory({ actor: "Ada", storyId: ids.bridge, articleIds: [chosen] });
      ids.split = result.storyId;
      expect(result.affected.sort()).toEqual([ids.bridge, ids.split].sort());
      expect(await membership(chosen)).toMatchObject({ storyId: ids.split, setByEditor: true });
      expect(await membership(ids.articles[0]!)).toMatchObject({ storyId: ids.bridge, setByEditor: true });
      const [left, right] = [await story(ids.bridge), await story(ids.split)];
      expect(left).toMatchObject({ articleCount: 2, editedAt: expect.any(Date) });
      expect(right).toMatchObject({ articleCount: 1, editedAt: expect.any(Date), mergedIntoId: null });
      expect(right.title).toContain("Lisvard Post");
      expect(right.profile).toMatchObject({ documentCount: 1 });
      expect(left.profile).toMatchObject({ documentCount: 2 });
      expect(await (await client()).storyKey.count({ where: { storyId: ids.split } })).toBeGreaterThan(5);
      const audit = await (await client()).auditLog.findMany({ where: { action: "story.split" } });
      expect(audit).toEqual([
        expect.objectContaining({
          actor: "Ada",
          targetType: "Story",
          targetId: ids.split,
          details: expect.objectContaining({ fromStoryId: ids.bridge, articleIds: [chosen] }),
        }),
      ]);
    });

    it("never merges edited stories automatically, though new articles may join them", async () => {
      const late = await ingest.ingestDocument({
        content: text("Harbour bridge: Lisvard council vote stands", [...bridge.slice(1), bridge[0]!]),
        outlet: "Harbour FM",
        publishedAt: "2026-03-02T14:00:00Z",
      });
      expect([ids.bridge, ids.split]).toContain(late.storyId);
      expect((await story(ids.bridge)).mergedIntoId).toBeNull();
      expect((await story(ids.split)).mergedIntoId).toBeNull();
      expect((await membership(late.articleId)).setByEditor).toBe(false);
      ids.articles.push(late.articleId);

      // The storage layer refuses too: an automatic fold leaves an edited story where it is.
      await db.inTransaction({ db: await client() }, (tx) => db.absorbStories(tx, ids.bridge, [ids.split]));
      expect((await story(ids.split)).mergedIntoId).toBeNull();
    });

    it("moves one article to another story, pinning it but not the target's other members", async () => {
      const moved = ids.articles[1]!;
      const result = await stories.moveArticle({ actor: "Grace", articleId: moved, toStoryId: ids.comet });
      expect(result.storyId).toBe(ids.comet);
      expect(await membership(moved)).toMatchObject({ storyId: ids.comet, setByEditor: true });
      expect((await membership(ids.cometArticle)).setByEditor).toBe(false);
      expect(await story(ids.comet)).toMatchObject({ articleCount: 2, editedAt: expect.any(Date) });
      const audit = await (await client()).auditLog.findFirstOrThrow({ where: { action: "story.move" } });
      expect(audit).toMatchObject({ actor: "Grace", details: expect.objectContaining({ articleId: moved }) });
      // and back, so the rest of the suite has its bridge story whole
      await stories.moveArticle({ actor: "Grace", articleId: moved, toStoryId: ids.bridge });
      expect((await story(ids.comet)).articleCount).toBe(1);
    });

    it("merges a story into another: members move, links redirect, audited", async () => {
      const before = (await story(ids.bridge)).articleCount + (await story(ids.split)).articleCount;
      await stories.mergeStories({ actor: "Ada", intoStoryId: ids.bridge, fromStoryId: ids.split });
      expect(await story(ids.split)).toMatchObject({ mergedIntoId: ids.bridge, articleCount: 0 });
      expect(await views.findMergedStory(ids.split)).toBe(ids.bridge);
      expect((await story(ids.bridge)).articleCount).toBe(before);
      expect(await membership(ids.articles[2]!)).toMatchObject({ storyId: ids.bridge, setByEditor: true });
      const actions = (await (await client()).auditLog.findMany({ orderBy: { createdAt: "asc" } })).map(
        (a) => a.action,
      );
      expect(actions).toEqual(["story.split", "story.move", "story.move", "story.merge"]);
    });

    it("folds a story emptied by a move into the target, so its address redirects", async () => {
      await stories.moveArticle({ actor: "Ada", articleId: ids.cometArticle, toStoryId: ids.bridge });
      expect(await story(ids.comet)).toMatchObject({ mergedIntoId: ids.bridge, articleCount: 0 });
      expect(await views.findMergedStory(ids.comet)).toBe(ids.bridge);
    });

    it("refuses impossible edits with a clear error and changes nothing", async () => {
      const c = await client();
      const memberships = JSON.stringify(await c.storyMembership.findMany({ orderBy: { articleId: "asc" } }));
      const all = (await c.storyMembership.findMany({ where: { storyId: ids.bridge } })).map(
        (m) => m.articleId,
      );
      await expectAppError(
        stories.splitStory({ actor: "A", storyId: ids.bridge, articleIds: all }),
        "INVALID_INPUT",
        /at least one/,
      );
      await expectAppError(
        stories.splitStory({ actor: "A", storyId: ids.bridge, articleIds: ["not-in-story"] }),
        "INVALID_INPUT",
        /not in this story/,
      );
      await expectAppError(
        stories.mergeStories({ actor: "A", intoStoryId: ids.bridge, fromStoryId: ids.bridge }),
        "INVALID_INPUT",
        /into itself/,
      );
      await expectAppError(
        stories.mergeStories({ actor: "A", intoStoryId: ids.bridge, fromStoryId: ids.split }),
        "CONFLICT",
        /was merged into/,
      );
      await expectAppError(
        stories.moveArticle({ actor: "A", articleId: all[0]!, toStoryId: "no-such-story" }),
        "NOT_FOUND",
        /no target story/,
      );
      expect(JSON.stringify(await c.storyMembership.findMany({ orderBy: { articleId: "asc" } }))).toBe(
        memberships,
      );
    });
  });
}
