import { describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import { articlePage } from "./__fixtures__/pages";
import type { ArticleFetchOptions } from "./fetch-article";
import type { ImportItem } from "./import";
import type { PreparedArticle } from "./prepare-article";
import type { Quotation } from "@/lib/quotes";

/** Three unrelated events, each reported by several outlets. */
const events: Record<string, string[]> = {
  tunnel: [
    "Officials in the coastal town of Lisvard confirmed that the harbour tunnel would go ahead despite objections from residents.",
    '"We have listened to every concern," said the council leader, Anika Brandt, after the tunnel vote in Lisvard.',
    "Opponents say the Lisvard harbour tunnel will cost more than 40 million euros and disrupt shipping for two years.",
  ],
  strike: [
    "Ferry crews at Port Talmer walked out at dawn, halting every crossing to the Orsk islands for the second day.",
    '"We will not sail until the rota is fixed," said Jonas Veld of the Talmer seafarers union, standing by the idle ferries.',
    "Islanders on Orsk queued for supplies as the Talmer ferry strike entered its second day with no talks planned.",
  ],
  fire: [
    "Fire gutted the east wing of the Brennick maritime museum overnight, destroying paintings and a restored lifeboat.",
    '"The collection we lost cannot be replaced," said the museum director, Odile Marsh, outside the blackened Brennick hall.',
    "Investigators in Brennick said the museum fire began in a storeroom and spread through the roof timbers within minutes.",
  ],
};
const topics = ["tunnel", "strike", "tunnel", "fire", "strike", "tunnel"];
const sites = ["The Harbour Daily", "Coast FM", "Lisvard Post"];

function items(): ImportItem[] {
  return topics.map((topic, i) => ({
    label: `item ${i}`,
    kind: "record" as const,
    record: {
      html: articlePage({
        title: `${(events[topic]?.[0] ?? "").split(" ").slice(0, 7).join(" ")} (${i})`,
        paragraphs: [
          ...(events[topic] ?? []),
          `Our correspondent filed this as report number ${i} of the day.`,
        ],
        site: sites[i % sites.length],
        published: `2026-03-0${1 + (i % 3)}T09:00:00Z`,
      }),
      url: `https://news.example/${i}`,
    },
  }));
}

/**
 * A bulk import commits several articles per transaction: an article that fails while being stored is undone
 * alone, the rest of its batch is kept, and how items are batched never changes the result.
 */
export function describeBatchedImport(provider: TestProvider): void {
  describe(`batched import on ${provider}`, () => {
    useTestDatabase(provider);

    async function run(batchSize: number, breakItem: number | null) {
      const { importArticles } = await import("./import");
      const { prepareItem } = await import("./import/prepare-item");
      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      await db.$executeRawUnsafe('DELETE FROM "Story"');
      await db.$executeRawUnsafe('DELETE FROM "Article"');
      await db.$executeRawUnsafe('DELETE FROM "Outlet"');
      await db.$executeRawUnsafe('DELETE FROM "TermStat" WHERE "term" <> \'__documents__\'');
      await db.$executeRawUnsafe('UPDATE "TermStat" SET "documentFrequency" = 0');
      const prepare = async (item: ImportItem, fetch: ArticleFetchOptions): Promise<PreparedArticle> => {
        const prepared = await prepareItem(item, fetch);
        if (item.label !== `item ${breakItem}`) return prepared;
        // A quotation without text passes preparation and fails in the database after the article row is written:
        // a failure in the middle of a batch, halfway through an article.
        const quotation = prepared.quotations[0];
        expect(quotation).toBeDefined();
        return {
          ...prepared,
          quotations: [{ ...(quotation as Quotation), text: null as never }],
        };
      };
      const summary = await importArticles(
        (async function* () {
          yield* items();
        })(),
        { batchSize, prepare },
      );
      const stories = await db.story.findMany({
        where: { articleCount: { gt: 0 } },
        select: {
          title: true,
          articleCount: true,
          memberships: { select: { article: { select: { sourceUrl: true } } } },
        },
      });
      const grouping = stories
        .map((s) =>
          s.memberships
            .map((m) => m.article.sourceUrl ?? "")
            .sort()
            .join(" "),
        )
        .sort();
      const documents = await db.termStat.findUnique({ where: { term: "__documents__" } });
      return { summary, grouping, documents: documents?.documentFrequency ?? 0 };
    }

    it("keeps the rest of a batch when one article fails while being stored", async () => {
      const { summary, grouping, documents } = await run(32, 3);
      const { countArticles, getDb } = await import("@/lib/db");
      expect(await countArticles(await getDb())).toBe(5);
      expect(summary).toMatchObject({ total: 6, created: 5, failed: 1 });
      expect(summary.failures[0]?.label).toBe("item 3");
      expect(grouping.flatMap((g) => g.split(" ")).sort()).toEqual(
        [0, 1, 2, 4, 5].map((i) => `https://news.example/${i}`),
      );
      // The failed article's statistics were undone with it.
      expect(documents).toBe(5);
    });

    it("groups the same stories whatever the batch size", async () => {
      const one = await run(1, null);
      const many = await run(32, null);
      expect(one.summary).toMatchObject({ total: 6, created: 6, failed: 0 });
      expect(many.grouping).toEqual(one.grouping);
      expect(many.grouping).toEqual([
        "https://news.example/0 https://news.example/2 https://news.example/5",
        "https://news.example/1 https://news.example/4",
        "https://news.example/3",
      ]);
    });
  });
}
