import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { expectAppError } from "@/lib/testing/expect-app-error";
import type * as DbModule from "@/lib/db";
import type * as ViewsModule from "@/lib/views";
import { storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import type * as IngestModule from "@/lib/ingest";
import type * as StoriesModule from "./index";

const text = (title: string, paragraphs: string[]) => [title, ...paragraphs].join("\n\n");
const TUNNEL = [
  "The rail tunnel under the Tavel river reopened to freight trains on Tuesday after eleven months of repairs to its flooded southern portal.",
  "Engineers replaced four hundred metres of drainage and sealed the cracked lining, the operator Tavelrail said in a statement.",
  '"The line is safer than the day it opened," said the chief engineer, Mirela Costa, who led the repair crews.',
  "Passenger services are due to follow in May once signalling tests are complete.",
];

/** Undo of editors' story edits: each reverses one move, merge or split, once, audited, or says why it cannot. */
export function describeStoryUndo(provider: TestProvider): void {
  describe(`undo of story edits on ${provider}`, () => {
    useTestDatabase(provider);
    let ingest: typeof IngestModule;
    let stories: typeof StoriesModule;
    let db: typeof DbModule;
    let views: typeof ViewsModule;
    const bridge = storyParagraphs("harbour bridge");
    const ids = { bridge: "", tunnel: "", bridgeArticles: [] as string[], tunnelArticles: [] as string[] };

    const client = async () => db.getDb();
    const storyOf = async (articleId: string) =>
      (await (await client()).storyMembership.findUniqueOrThrow({ where: { articleId } })).storyId;
    const story = async (storyId: string) =>
      (await client()).story.findUniqueOrThrow({ where: { id: storyId } });

    beforeAll(async () => {
      ingest = await import("@/lib/ingest");
      stories = await import("./index");
      db = await import("@/lib/db");
      views = await import("@/lib/views");
      for (const [i, outlet] of ["The Harbour Daily", "Coast Wire", "Lisvard Post"].entries()) {
        const result = await ingest.ingestDocument({
          content: text(`Lisvard council backs harbour bridge (${outlet})`, [...bridge.slice(i % 2)]),
          outlet,
          publishedAt: `2026-03-02T${String(8 + i).padStart(2, "0")}:00:00Z`,
        });
        ids.bridge ||= result.storyId;
        ids.bridgeArticles.push(result.articleId);
      }
      for (const [i, outlet] of ["Valley Times", "Metro Wire"].entries()) {
        const result = await ingest.ingestDocument({
          content: text(`Rail tunnel under the Tavel reopens (${outlet})`, [...TUNNEL.slice(i % 2)]),
          outlet,
          publishedAt: `2026-03-03T${String(8 + i).padStart(2, "0")}:00:00Z`,
        });
        ids.tunnel ||= result.storyId;
        ids.tunnelArticles.push(result.articleId);
      }
      expect(new Set(await Promise.all(ids.bridgeArticles.map(storyOf)))).toEqual(new Set([ids.bridge]));
      expect(new Set(await Promise.all(ids.tunnelArticles.map(storyOf)))).toEqual(new Set([ids.tunnel]));
      expect(ids.tunnel).not.toBe(ids.bridge);
    });

    it("finds live stories by the words of their title, not the story itself or a merged one", async () => {
      const found = await views.findStoryChoices("TUNNEL tavel", ids.bridge);
      expect(found.map((s) => s.id)).toEqual([ids.tunnel]);
      expect(found[0]).toMatchObject({ articleCount: 2, title: expect.stringMatching(/tunnel/i) });
      expect(await views.findStoryChoices("tunnel", ids.tunnel)).toEqual([]);
      expect(await views.findStoryChoices("tunnel zebra")).toEqual([]);
      expect((await views.findStoryChoices(ids.tunnel)).map((s) => s.id)).toEqual([ids.tunnel]);
      // LIKE's wildcards are plain characters here
      expect(await views.findStoryChoices("%")).toEqual([]);
      expect(await views.findStoryChoices("   ")).toEqual([]);
    });

    it("names the article and both stories, and undoes a move by moving the article back", async () => {
      const article = ids.bridgeArticles[2]!;
      const [bridgeTitle, tunnelTitle] = [(await story(ids.bridge)).title, (await story(ids.tunnel)).title];
      const move = await stories.moveArticle({ actor: "Grace", articleId: article, toStoryId: ids.tunnel });
      expect(move.message).toMatch(/^Moved “Lisvard council backs harbour bridge \(Lisvard Post\)” from “/);
      expect(move.message).toContain(`from “${bridgeTitle}” to “${tunnelTitle}”.`);
      expect(await views.getLastStoryEdit(ids.bridge)).toMatchObject({
        auditId: move.auditId,
        summary: move.message,
        undoable: true,
      });

      const undo = await stories.undoStoryEdit({ actor: "Ada", auditId: move.auditId });
      expect(undo.storyId).toBe(ids.bridge);
      expect(undo.message).toMatch(/^Undid the move: “.*Lisvard Post.*” is back in “/);
      expect(await storyOf(article)).toBe(ids.bridge);
      expect((await story(ids.bridge)).articleCount).toBe(3);
      expect((await story(ids.tunnel)).articleCount).toBe(2);
      const row = await (await client()).auditLog.findFirstOrThrow({ where: { action: "story.undo" } });
      expect(row).toMatchObject({ actor: "Ada", targetType: "AuditLog", targetId: move.auditId });
      expect(await views.getLastStoryEdit(ids.bridge)).toMatchObject({ auditId: row.id, undoable: false });
      await expectAppError(
        stories.undoStoryEdit({ actor: "Ada", auditId: move.auditId }),
        "CONFLICT",
        /already undone/,
      );
    });

    it("brings back a story a move emptied, with its share links and address", async () => {
      const split = await stories.splitStory({
        actor: "Ada",
        storyId: ids.tunnel,
        articleIds: [ids.tunnelArticles[1]!],
      });
      const lone = split.storyId;
      const share = await views.createShareLink({ kind: "story", storyId: lone });
      const move = await stories.moveArticle({
        actor: "Ada",
        articleId: ids.tunnelArticles[1]!,
        toStoryId: ids.tunnel,
      });
      expect(await views.findMergedStory(lone)).toBe(ids.tunnel);

      await stories.undoStoryEdit({ actor: "Ada", auditId: move.auditId });
      expect(await story(lone)).toMatchObject({ mergedIntoId: null, articleCount: 1 });
      expect(await views.findMergedStory(lone)).toBeNull();
      expect(await storyOf(ids.tunnelArticles[1]!)).toBe(lone);
      const link = await (await client()).shareLink.findUniqueOrThrow({ where: { slug: share.slug } });
      expect(link.storyId).toBe(lone);

      // and the split itself is undone by folding the new story back into the original
      const undo = await stories.undoStoryEdit({ actor: "Ada", auditId: split.auditId });
      expect(undo.message).toMatch(/^Undid the split: 1 article is back in “/);
      expect(await storyOf(ids.tunnelArticles[1]!)).toBe(ids.tunnel);
      expect(await views.findMergedStory(lone)).toBe(ids.tunnel);
    });

    it("undoes a merge by splitting the merged articles back into their original story", async () => {
      const share = await views.createShareLink({ kind: "story", storyId: ids.tunnel });
      const merge = await stories.mergeStories({
        actor: "Ada",
        intoStoryId: ids.bridge,
        fromStoryId: ids.tunnel,
      });
      expect(merge.message).toMatch(/^Merged “.*” into “.*”: its 2 articles joined/);
      expect((await story(ids.bridge)).articleCount).toBe(5);

      const undo = await stories.undoStoryEdit({ actor: "Grace", auditId: merge.auditId });
      expect(undo.storyId).toBe(ids.tunnel);
      expect(undo.message).toMatch(/is a story of its own again, with 2 articles\.$/);
      expect(await story(ids.tunnel)).toMatchObject({ mergedIntoId: null, articleCount: 2 });
      expect((await story(ids.bridge)).articleCount).toBe(3);
      for (const id of ids.tunnelArticles) expect(await storyOf(id)).toBe(ids.tunnel);
      for (const id of ids.bridgeArticles) expect(await storyOf(id)).toBe(ids.bridge);
      expect(await views.findMergedStory(ids.tunnel)).toBeNull();
      expect((await story(ids.tunnel)).profile).toMatchObject({ documentCount: 2 });
      const link = await (await client()).shareLink.findUniqueOrThrow({ where: { slug: share.slug } });
      expect(link.storyId).toBe(ids.tunnel);
      expect(await (await client()).quoteGroup.count({ where: { storyId: ids.tunnel } })).toBeGreaterThan(0);
    });

    it("takes back only the merged articles still there, and refuses when nothing is left to undo", async () => {
      const merge = await stories.mergeStories({
        actor: "Ada",
        intoStoryId: ids.bridge,
        fromStoryId: ids.tunnel,
      });
      // one merged article moves on after the merge: the undo takes back the other
      const [stay, leave] = ids.tunnelArticles as [string, string];
      const split = await stories.splitStory({ actor: "Ada", storyId: ids.bridge, articleIds: [leave] });
      const undo = await stories.undoStoryEdit({ actor: "Ada", auditId: merge.auditId });
      expect(undo.message).toMatch(/with 1 article\.$/);
      expect(await storyOf(stay)).toBe(ids.tunnel);
      expect(await storyOf(leave)).toBe(split.storyId);

      // the article moved again since the move: that move cannot be undone
      const move = await stories.moveArticle({ actor: "A", articleId: stay, toStoryId: ids.bridge });
      await stories.moveArticle({ actor: "A", articleId: stay, toStoryId: split.storyId });
      const c = await client();
      const memberships = async () =>
        JSON.stringify(await c.storyMembership.findMany({ orderBy: { articleId: "asc" } }));
      const before = await memberships();
      await expectAppError(
        stories.undoStoryEdit({ actor: "A", auditId: move.auditId }),
        "CONFLICT",
        /moved again/,
      );
      await expectAppError(
        stories.undoStoryEdit({ actor: "A", auditId: "no-such-row" }),
        "NOT_FOUND",
        /no such story edit/,
      );
      const token = await c.auditLog.create({
        data: { actor: "A", action: "token.create", targetType: "ApiToken", targetId: "t" },
      });
      await expectAppError(
        stories.undoStoryEdit({ actor: "A", auditId: token.id }),
        "NOT_FOUND",
        /no such story edit/,
      );
      expect(await memberships()).toBe(before);
      expect(await c.auditLog.count({ where: { action: "story.undo" } })).toBe(5);
    });
  });
}
