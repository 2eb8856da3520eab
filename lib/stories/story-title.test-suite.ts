import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { expectAppError } from "@/lib/testing/expect-app-error";
import type * as DbModule from "@/lib/db";
import type * as ViewsModule from "@/lib/views";
import { storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import type * as IngestModule from "@/lib/ingest";
import type * as StoriesModule from "./index";

const text = (title: string, paragraphs: string[]) => [title, ...paragraphs].join("\n\n");

/**
 * A story's identity: a neutral, attributed automatic title, an editor's title that no refresh overrides, the
 * earliest report as its date, and dates given without a time kept as dates.
 */
export function describeStoryIdentity(provider: TestProvider): void {
  describe(`story titles and dates on ${provider}`, () => {
    useTestDatabase(provider);
    let ingest: typeof IngestModule;
    let stories: typeof StoriesModule;
    let db: typeof DbModule;
    let views: typeof ViewsModule;
    const bridge = storyParagraphs("harbour bridge");
    let storyId = "";
    const story = async () => (await db.getDb()).story.findUniqueOrThrow({ where: { id: storyId } });

    beforeAll(async () => {
      ingest = await import("@/lib/ingest");
      stories = await import("./index");
      db = await import("@/lib/db");
      views = await import("@/lib/views");
      const reports = [
        {
          outlet: "Coast Wire",
          title: "Lisvard council backs harbour bridge plan",
          publishedAt: "2026-03-03",
        },
        {
          outlet: "The Harbour Daily",
          title: "Lisvard council shockingly backs 'disastrous' harbour bridge plan!",
          publishedAt: "2026-03-02T09:30:00Z",
        },
        { outlet: "Lisvard Post", title: "Council backs harbour bridge", publishedAt: "2026-03-02" },
      ];
      for (const [i, r] of reports.entries()) {
        const result = await ingest.ingestDocument({
          content: text(r.title, [...bridge.slice(i % 2), ...bridge.slice(0, i % 2)]),
          outlet: r.outlet,
          publishedAt: r.publishedAt,
        });
        storyId ||= result.storyId;
        expect(result.storyId, "the reports cluster together").toBe(storyId);
      }
    });

    it("titles the story with a neutral headline, says whose, and dates it by its earliest report", async () => {
      const row = await story();
      expect(row.title).toBe("Lisvard council backs harbour bridge plan");
      expect(row).toMatchObject({ titleOutlet: "Coast Wire", titleByEditor: false });
      expect(row.firstPublishedAt?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
      expect(row).toMatchObject({ firstPublishedAtPrecision: "day", lastPublishedAtPrecision: "day" });
      const detail = await views.getStory(storyId);
      expect(detail).toMatchObject({ titleOutlet: "Coast Wire", firstPublishedAt: "2026-03-02" });
      expect(detail?.lastPublishedAt).toBe("2026-03-03");
      const dates = detail?.articles.map((a) => a.publishedAt);
      expect(dates).toEqual(["2026-03-02", "2026-03-02T09:30:00.000Z", "2026-03-03"]);
      const listed = (await views.listStories()).items.find((s) => s.id === storyId);
      expect(listed).toMatchObject({ titleOutlet: "Coast Wire", firstPublishedAt: "2026-03-02" });
      const exported = await views.exportStory(storyId);
      expect(exported.story).toMatchObject({ titleOutlet: "Coast Wire", firstPublishedAt: "2026-03-02" });
      expect(exported.articles.map((a) => a.publishedAt)).toContain("2026-03-02");
    });

    it("keeps an editor's title through new articles and reclustering, audited", async () => {
      await stories.renameStory({ actor: "Ada", storyId, title: "  Harbour bridge:   council vote " });
      expect(await story()).toMatchObject({
        title: "Harbour bridge: council vote",
        titleByEditor: true,
        titleOutlet: null,
      });
      const late = await ingest.ingestDocument({
        content: text("Harbour bridge approved by Lisvard council", [...bridge.slice(1), bridge[0]!]),
        outlet: "Harbour FM",
        publishedAt: "2026-03-04T10:00:00Z",
      });
      expect(late.storyId).toBe(storyId);
      await stories.recluster();
      const row = await story();
      expect(row).toMatchObject({
        title: "Harbour bridge: council vote",
        titleByEditor: true,
        articleCount: 4,
      });
      expect(row.lastPublishedAtPrecision).toBe("instant");
      const detail = await views.getStory(storyId);
      expect(detail).toMatchObject({ titleByEditor: true, titleOutlet: null });
      const audit = await (await db.getDb()).auditLog.findFirstOrThrow({ where: { action: "story.rename" } });
      expect(audit).toMatchObject({
        actor: "Ada",
        targetId: storyId,
        details: { toTitle: "Harbour bridge: council vote" },
      });
    });

    it("hands the title back to the automatic choice on reset, audited", async () => {
      await stories.resetStoryTitle({ actor: "Grace", storyId });
      const row = await story();
      expect(row.titleByEditor).toBe(false);
      expect(row.titleOutlet).not.toBeNull();
      expect(row.title).not.toBe("Harbour bridge: council vote");
      const audit = await (
        await db.getDb()
      ).auditLog.findFirstOrThrow({
        where: { action: "story.title-reset" },
      });
      expect(audit).toMatchObject({ actor: "Grace", details: { toTitle: row.title } });
      await expectAppError(
        stories.resetStoryTitle({ actor: "Grace", storyId }),
        "INVALID_INPUT",
        /automatic/,
      );
    });

    it("refuses an empty or overlong title and an unknown story", async () => {
      await expectAppError(
        stories.renameStory({ actor: "Ada", storyId, title: " \n " }),
        "INVALID_INPUT",
        /title/,
      );
      await expectAppError(
        stories.renameStory({ actor: "Ada", storyId, title: "x".repeat(301) }),
        "INVALID_INPUT",
        /300/,
      );
      await expectAppError(
        stories.renameStory({ actor: "Ada", storyId: "nope", title: "T" }),
        "NOT_FOUND",
        /nope/,
      );
      expect((await story()).titleByEditor).toBe(false);
    });
  });
}
