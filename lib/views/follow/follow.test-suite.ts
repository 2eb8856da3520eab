import { readFileSync } from "node:fs";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import type * as IngestModule from "@/lib/ingest";
import type * as StoriesModule from "@/lib/stories";
import type * as ViewsModule from "@/lib/views";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { assertSeedsPresent, JOE_SEED, OUTLET_B_SEED } from "@/lib/testing/seeds";

const ORIGIN = "https://parallax.example";
const JOE_URL = "https://joe.example/putin-troops";

/**
 * Feeds and the day archive on a fresh database of the provider: a story's feed lists its articles, a later
 * version and editors' split and merge, keeps its entry ids across requests, and parses as Atom and JSON Feed;
 * the list and outlet feeds and a day's stories read the same rows.
 */
export function describeFollow(provider: TestProvider): void {
  describe(`feeds and the archive on ${provider}`, () => {
    useTestDatabase(provider);
    let views: typeof ViewsModule;
    let storyId: string;
    let joeId: string;
    let otherId: string;

    beforeAll(async () => {
      assertSeedsPresent();
      views = await import("@/lib/views");
      const ingest: typeof IngestModule = await import("@/lib/ingest");
      const stories: typeof StoriesModule = await import("@/lib/stories");
      const joeText = readFileSync(JOE_SEED, "utf8");
      const joe = await ingest.ingestDocument({ content: joeText, outlet: "JOE", url: JOE_URL });
      const other = await ingest.ingestDocument({
        content: readFileSync(OUTLET_B_SEED, "utf8"),
        outlet: "Outlet B",
      });
      storyId = joe.storyId;
      joeId = joe.articleId;
      otherId = other.articleId;
      // A correction after publication: a second version of the same address.
      const edited = await ingest.ingestDocument({
        content: joeText.replace(
          "Eastern Economic Forum in Vladivostok",
          "Eastern Economic Forum, in Vladivostok",
        ),
        outlet: "JOE",
        url: JOE_URL,
      });
      expect(edited).toMatchObject({ articleId: joeId, status: "updated" });
      // An editor splits the other outlet's article out, then merges it back.
      const split = await stories.splitStory({ actor: "ed", storyId, articleIds: [otherId] });
      await stories.mergeStories({ actor: "ed", intoStoryId: storyId, fromStoryId: split.storyId });
    });

    it("lists the story's articles, the later version, a quotation's other wording and the editors' split and merge", async () => {
      const feed = await views.getStoryFeed(storyId, ORIGIN);
      expect(feed).not.toBeNull();
      const kinds = feed!.entries.map((e) => e.kind).filter((k) => k !== "variant");
      expect(kinds.sort()).toEqual(["article", "article", "edit", "edit", "version"]);
      // The seed pair's Putin quotation, worded two ways: the other wording is an event with its change in words.
      const putin = feed!.entries.filter((e) => e.kind === "variant" && /legitimate targets/.test(e.summary));
      expect(putin).toHaveLength(1);
      expect(putin[0]!.summary).toMatch(/“(?:defeat|their destruction)” for “(?:defeat|their destruction)”/);
      const version = feed!.entries.find((e) => e.kind === "version")!;
      expect(version.title).toContain("text changed");
      expect(version.link).toBe(`${ORIGIN}/articles/${joeId}/changes?to=2`);
      const articles = feed!.entries.filter((e) => e.kind === "article");
      expect(articles.map((e) => e.link).sort()).toEqual(
        [`${ORIGIN}/articles/${joeId}`, `${ORIGIN}/articles/${otherId}`].sort(),
      );
      expect(articles.some((e) => e.title.startsWith("Outlet B: "))).toBe(true);
      const edits = feed!.entries.filter((e) => e.kind === "edit").map((e) => e.summary);
      expect(edits.some((s) => s.startsWith("Split"))).toBe(true);
      expect(edits.some((s) => s.startsWith("Merged"))).toBe(true);
    });

    it("reads the same quotation variant for webhooks as the story's feed, by the time its version came in", async () => {
      const { getDb, loadStoryEventsSince } = await import("@/lib/db");
      const read = await loadStoryEventsSince(await getDb(), {
        since: new Date(0),
        until: new Date(Date.now() + 1_000),
        limit: 100,
      });
      const variants = read.stories.find((s) => s.story.id === storyId)?.variants ?? [];
      expect(variants.map((v) => v.text).filter((t) => /legitimate targets/.test(t))).toHaveLength(1);
      const before = await loadStoryEventsSince(await getDb(), {
        since: new Date(Date.now() + 1_000),
        until: new Date(Date.now() + 2_000),
        limit: 100,
      });
      expect(before.stories).toEqual([]);
    });

    it("keeps entry ids across requests and parses as Atom and JSON Feed", async () => {
      const first = (await views.getStoryFeed(storyId, ORIGIN))!;
      const second = (await views.getStoryFeed(storyId, ORIGIN))!;
      expect(second.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
      const atom = parseAtomFeed(views.renderAtom(second));
      expect(atom.entries?.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
      const json = parseJsonFeed(views.renderJsonFeed(second));
      expect(json.items?.map((i) => i.id)).toEqual(first.entries.map((e) => e.id));
    });

    it("has no feed for an unknown story, and a stamp that moves with the story", async () => {
      expect(await views.getStoryFeed("no-such-story", ORIGIN)).toBeNull();
      expect(await views.getStoryFeedStamp("no-such-story")).toBeNull();
      expect(await views.getStoryFeedStamp(storyId)).toMatch(/\d/);
    });

    it("makes a feed of the list's search and of an outlet", async () => {
      const query = views.parseStoryListQuery({ outlet: "outlet-b" }, "strict");
      const list = await views.getListFeed(query, ORIGIN);
      expect(list.entries.map((e) => e.link)).toEqual([`${ORIGIN}/stories/${storyId}`]);
      expect(list.atomUrl).toBe(`${ORIGIN}/feed.atom?outlet=outlet-b`);
      const outlet = await views.getOutletFeed("outlet-b", ORIGIN);
      expect(outlet?.entries.map((e) => e.link)).toEqual([`${ORIGIN}/articles/${otherId}`]);
      expect(await views.getOutletFeed("no-such-outlet", ORIGIN)).toBeNull();
      expect(await views.getOutletFeedStampBySlug("outlet-b")).toMatch(/^1\./);
    });

    it("lists a day's stories, most covered first, and nothing the day before", async () => {
      const story = await views.getStory(storyId);
      const days = story!.articles.map((a) => a.publishedAt?.slice(0, 10)).filter(Boolean) as string[];
      expect(days.length).toBeGreaterThan(0);
      const day = days[0]!;
      const archive = await views.getArchiveDay(day);
      expect(archive.stories.map((s) => s.id)).toEqual([storyId]);
      expect(archive.stories[0]!.dayArticles).toBe(days.filter((d) => d === day).length);
      const before = await views.getArchiveDay(archive.previousDay);
      expect(before.stories).toEqual([]);
      expect(before.nextDay).toBe(day);
    });
  });
}
