import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
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
const WILDFIRE = [
  "Firefighters on Kestrel Ridge were still battling a wildfire on Tuesday that has burned through 2,000 hectares of pine forest since Sunday night, the regional fire service said.",
  "Some 300 residents of the hamlets of Ardwick and Moss End were evacuated overnight as shifting winds pushed the flames towards the valley road.",
  "Two water-bombing aircraft from the national reserve joined 120 firefighters on the ground, and the fire chief, Marta Ilves, said crews hoped to contain the blaze by Thursday.",
  "Investigators said a discarded barbecue near a campsite was the most likely cause.",
];
const TOPICS: Record<string, string[]> = {
  "harbour bridge": storyParagraphs("harbour bridge"),
  wildfire: WILDFIRE,
  comet: COMET,
};
const OUTLETS = ["The Harbour Daily", "Coast Wire", "Lisvard Post"];

type Client = Awaited<ReturnType<typeof DbModule.getDb>>;

/** Makes the database refuse any update of one article's membership, as a disk or constraint failure would. */
async function injectFault(client: Client, articleId: string): Promise<void> {
  const provider = (await import("@/lib/db")).getDbConfig().provider;
  if (provider === "sqlite") {
    await client.$executeRawUnsafe(
      `CREATE TRIGGER parallax_test_fault BEFORE UPDATE ON "StoryMembership" WHEN NEW."articleId" = '${articleId}' BEGIN SELECT RAISE(ABORT, 'injected fault'); END`,
    );
    return;
  }
  await client.$executeRawUnsafe(
    `CREATE FUNCTION parallax_test_fault() RETURNS trigger AS $$ BEGIN IF NEW."articleId" = '${articleId}' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await client.$executeRawUnsafe(
    `CREATE TRIGGER parallax_test_fault BEFORE UPDATE ON "StoryMembership" FOR EACH ROW EXECUTE FUNCTION parallax_test_fault()`,
  );
}

async function removeFault(client: Client): Promise<void> {
  const provider = (await import("@/lib/db")).getDbConfig().provider;
  if (provider === "sqlite") {
    await client.$executeRawUnsafe(`DROP TRIGGER parallax_test_fault`);
    return;
  }
  await client.$executeRawUnsafe(`DROP TRIGGER parallax_test_fault ON "StoryMembership"`);
  await client.$executeRawUnsafe(`DROP FUNCTION parallax_test_fault()`);
}

/** `recluster` rebuilds automatic assignments deterministically and keeps editors' decisions. */
export function describeRecluster(provider: TestProvider): void {
  describe(`recluster on ${provider}`, () => {
    useTestDatabase(provider);
    let ingest: typeof IngestModule;
    let stories: typeof StoriesModule;
    let db: typeof DbModule;
    let views: typeof ViewsModule;
    const byTopic = new Map<string, string[]>();

    const assignments = async () =>
      Object.fromEntries(
        (
          await (
            await db.getDb()
          ).storyMembership.findMany({
            orderBy: { articleId: "asc" },
            select: { articleId: true, storyId: true },
          })
        ).map((m) => [m.articleId, m.storyId]),
      );
    const storyOf = async (articleId: string) => (await assignments())[articleId];

    beforeAll(async () => {
      ingest = await import("@/lib/ingest");
      stories = await import("./index");
      db = await import("@/lib/db");
      views = await import("@/lib/views");
      for (const [t, [topic, paragraphs]] of Object.entries(TOPICS).entries()) {
        const ids: string[] = [];
        for (const [o, outlet] of OUTLETS.entries()) {
          const result = await ingest.ingestDocument({
            content: text(`${topic}: ${outlet} report`, [...paragraphs.slice(o), ...paragraphs.slice(0, o)]),
            outlet,
            publishedAt: `2026-03-0${2 + t}T${String(8 + o).padStart(2, "0")}:00:00Z`,
          });
          ids.push(result.articleId);
        }
        byTopic.set(topic, ids);
      }
    });

    it("keeps an untouched archive as it is, and a second run changes nothing", async () => {
      const before = await assignments();
      const first = await stories.recluster();
      expect(first).toMatchObject({ articles: 9, editorPlaced: 0, dryRun: false });
      const afterFirst = await assignments();
      // Each topic's reports are one story, and the three are apart.
      for (const ids of byTopic.values()) expect(new Set(ids.map((id) => afterFirst[id])).size).toBe(1);
      expect(new Set([...byTopic.values()].map((ids) => afterFirst[ids[0]!])).size).toBe(3);
      // Clusters keep the ids of the stories that held their articles, so links survive.
      expect(new Set(Object.values(afterFirst))).toEqual(new Set(Object.values(before)));
      const second = await stories.recluster();
      expect(second).toMatchObject({ moved: 0, storiesCreated: 0, storiesRetired: 0 });
      expect(await assignments()).toEqual(afterFirst);
    });

    it("puts a misplaced article back, folding a story it leaves empty so its address redirects", async () => {
      const client = await db.getDb();
      const [fire] = byTopic.get("wildfire")!;
      const [comet] = byTopic.get("comet")!;
      const fireStory = (await storyOf(fire!))!;
      const cometStory = (await storyOf(comet!))!;
      // Corrupt the automatic assignment directly: a comet report is filed with the wildfire.
      await client.storyMembership.update({ where: { articleId: comet! }, data: { storyId: fireStory } });
      const orphan = await client.story.create({ data: { title: "orphan" }, select: { id: true } });
      await client.storyMembership.update({ where: { articleId: fire! }, data: { storyId: orphan.id } });

      const summary = await stories.recluster();
      expect(summary.moved).toBeGreaterThanOrEqual(2);
      expect(await storyOf(comet!)).toBe(cometStory);
      expect(await storyOf(fire!)).toBe(fireStory);
      expect(await views.findMergedStory(orphan.id)).toBe(fireStory);
      expect((await client.story.findUniqueOrThrow({ where: { id: fireStory } })).articleCount).toBe(3);
      expect((await stories.recluster()).moved).toBe(0);
    });

    it("never undoes an editor's split or move, and is still idempotent", async () => {
      const bridge = byTopic.get("harbour bridge")!;
      const fire = byTopic.get("wildfire")!;
      const split = await stories.splitStory({
        actor: "Ada",
        storyId: (await storyOf(bridge[0]!))!,
        articleIds: [bridge[0]!],
      });
      await stories.moveArticle({
        actor: "Ada",
        articleId: fire[2]!,
        toStoryId: (await storyOf(bridge[1]!))!,
      });
      const edited = await assignments();

      const summary = await stories.recluster();
      expect(summary.editorPlaced).toBeGreaterThanOrEqual(4);
      const after = await assignments();
      expect(after[bridge[0]!]).toBe(split.storyId);
      expect(after[bridge[1]!]).toBe(edited[bridge[1]!]);
      expect(after[fire[2]!]).toBe(edited[bridge[1]!]);
      expect(after[fire[0]!]).toBe(edited[fire[0]!]);
      expect(await stories.recluster()).toMatchObject({ moved: 0, storiesCreated: 0, storiesRetired: 0 });
      expect(await assignments()).toEqual(after);
    });

    it("reports without writing on a dry run, and a failed run changes nothing", async () => {
      const client = await db.getDb();
      const [comet] = byTopic.get("comet")!;
      const [fire] = byTopic.get("wildfire")!;
      const cometStory = await storyOf(comet!);
      await client.storyMembership.update({
        where: { articleId: comet! },
        data: { storyId: (await storyOf(fire!))! },
      });
      const before = await assignments();
      const dry = await stories.recluster({ dryRun: true });
      expect(dry).toMatchObject({ dryRun: true, moved: 1 });
      expect(await assignments()).toEqual(before);

      // A second misplacement, then a fault injected on the last write: the first must roll back with it.
      const [, fire2] = byTopic.get("wildfire")!;
      await client.storyMembership.update({
        where: { articleId: fire2! },
        data: { storyId: (await storyOf(comet!))! },
      });
      const corrupted = await assignments();
      const last = [comet!, fire2!].sort().pop()!;
      await injectFault(client, last);
      await expect(stories.recluster()).rejects.toThrow(/injected fault|storyMembership\.updateMany/);
      expect(await assignments()).toEqual(corrupted);
      await removeFault(client);
      await client.storyMembership.update({
        where: { articleId: fire2! },
        data: { storyId: before[fire2!]! },
      });
      await stories.recluster();
      expect(await storyOf(comet!)).toBe(cometStory);
    });

    // Postgres only: its advisory lock can be held from a second connection while recluster waits on it.
    if (provider === "postgres")
      it("plans under the lock: a merge committed while recluster waits is not undone by a stale plan", async () => {
        const client = await db.getDb();
        const comets = byTopic.get("comet")!;
        const [fire] = byTopic.get("wildfire")!;
        const fireStory = (await storyOf(fire!))!;
        const cometStory = (await storyOf(comets[0]!))!;
        // An automatic misplacement, so a plan made now would put this report back into the comet story.
        await client.storyMembership.update({
          where: { articleId: comets[0]! },
          data: { storyId: fireStory },
        });
        const { Client } = await import("pg");
        const other = new Client({ connectionString: process.env.DATABASE_URL });
        await other.connect();
        try {
          await other.query("BEGIN");
          await other.query("SELECT pg_advisory_xact_lock(8097879367745298808)");
          const run = stories.recluster();
          for (let i = 0; i < 200; i++) {
            const waiting = await client.$queryRawUnsafe<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
            );
            if (waiting[0]!.n > 0) break;
            await new Promise((r) => setTimeout(r, 25));
          }
          // Meanwhile another writer folds the comet story into the wildfire story.
          await other.query(`UPDATE "StoryMembership" SET "storyId" = $1 WHERE "storyId" = $2`, [
            fireStory,
            cometStory,
          ]);
          await other.query(`UPDATE "Story" SET "mergedIntoId" = $1 WHERE "id" = $2`, [
            fireStory,
            cometStory,
          ]);
          await other.query("COMMIT");
          await run;
        } finally {
          await other.end();
        }
        const after = await assignments();
        const cometStories = new Set(comets.map((id) => after[id]));
        // The comet reports are one live story again, apart from the wildfire, and none sits in the folded story.
        expect(cometStories.size).toBe(1);
        const [story] = [...cometStories];
        expect(story).not.toBe(cometStory);
        expect(story).not.toBe(fireStory);
        expect(await views.findMergedStory(story!)).toBeNull();
      });
  });
}
