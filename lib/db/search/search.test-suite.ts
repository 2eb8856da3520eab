import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type { Db, StoryPage, StoryPageRequest } from "@/lib/db";

const HOSTILE = [
  '"',
  '""',
  '"unclosed phrase',
  "*",
  "port*",
  "NEAR(",
  "NEAR(strike port, 2)",
  "OR",
  "AND NOT",
  "strike AND NOT",
  "-",
  "- -strike",
  "^title:strike",
  "(((",
  "a:b c:d",
  '\'; DROP TABLE "Story"; --',
  "strike & | ! <-> :*",
  "Zürich 東京 Москва 🚀",
  "\u0000\u200b\ufeff",
  "x".repeat(5_000),
  Array.from({ length: 400 }, (_, i) => `word${i}`).join(" "),
];

/** Story search, filters and keyset pagination on the demo corpus, through the real migrations. */
export function describeStorySearch(provider: TestProvider): void {
  describe(`story search on ${provider}`, () => {
    const database = useTestDatabase(provider);
    let db: Db;
    let page: (request: Partial<StoryPageRequest>) => Promise<StoryPage>;
    let allNewest: StoryPage;

    beforeAll(async () => {
      const { loadDemoCorpusIfEmpty } = await import("@/lib/ingest");
      const lib = await import("@/lib/db");
      expect(await loadDemoCorpusIfEmpty()).toBeGreaterThan(20);
      db = await lib.getDb();
      page = (request) => lib.searchStoryPage(db, { sort: "newest", limit: 100, ...request });
      allNewest = await page({});
    });

    it("lists every live story, newest first, with a total", async () => {
      expect(allNewest.total).toBe(12);
      expect(allNewest.rows).toHaveLength(12);
      const dates = allNewest.rows.map((r) => r.lastPublishedAt?.getTime() ?? 0);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(allNewest.next).toBeNull();
      expect(allNewest.prev).toBeNull();
    });

    it("orders by coverage, then recency", async () => {
      const covered = await page({ sort: "covered" });
      const counts = covered.rows.map((r) => r.articleCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(new Set(covered.rows.map((r) => r.id))).toEqual(new Set(allNewest.rows.map((r) => r.id)));
    });

    it("pages forwards and backwards with cursors, without gaps or repeats", async () => {
      for (const sort of ["newest", "covered"] as const) {
        const full = (await page({ sort })).rows.map((r) => r.id);
        const seen: string[] = [];
        const pages: StoryPage[] = [];
        let current = await page({ sort, limit: 5 });
        for (;;) {
          pages.push(current);
          seen.push(...current.rows.map((r) => r.id));
          if (!current.next) break;
          current = await page({ sort, limit: 5, after: current.next });
        }
        expect(seen).toEqual(full);
        expect(pages.map((p) => p.rows.length)).toEqual([5, 5, 2]);
        expect(pages[0]?.prev).toBeNull();
        // Back from the last page lands on the middle one, and from there on the first.
        const middle = await page({ sort, limit: 5, before: pages[2]?.prev });
        expect(middle.rows.map((r) => r.id)).toEqual(pages[1]?.rows.map((r) => r.id));
        expect(middle.next).not.toBeNull();
        const first = await page({ sort, limit: 5, before: middle.prev });
        expect(first.rows.map((r) => r.id)).toEqual(pages[0]?.rows.map((r) => r.id));
        expect(first.prev).toBeNull();
        expect(first.total).toBe(12);
      }
    });

    it("counts up to a cap, says when the count stopped there, and still pages past it", async () => {
      expect(allNewest.totalIsCapped).toBe(false);
      const exact = await page({ countCap: 12 });
      expect([exact.total, exact.totalIsCapped]).toEqual([12, false]);
      const capped = await page({ countCap: 5, limit: 3 });
      expect([capped.total, capped.totalIsCapped]).toEqual([5, true]);
      expect(capped.rows.map((r) => r.id)).toEqual(allNewest.rows.slice(0, 3).map((r) => r.id));
      // The pages go on to the last story although the count stopped at five.
      const seen = capped.rows.map((r) => r.id);
      for (let next = capped.next; next;) {
        const more = await page({ countCap: 5, limit: 3, after: next });
        expect(more.totalIsCapped).toBe(true);
        seen.push(...more.rows.map((r) => r.id));
        next = more.next;
      }
      expect(seen).toEqual(allNewest.rows.map((r) => r.id));
      // A search: capped when more stories match than the cap, exact when they do not.
      const common = await page({ query: "said" });
      expect(common.totalIsCapped).toBe(false);
      expect(common.total).toBeGreaterThan(2);
      const cappedSearch = await page({ query: "said", countCap: 2, limit: 1 });
      expect([cappedSearch.total, cappedSearch.totalIsCapped]).toEqual([2, true]);
      expect(cappedSearch.next).not.toBeNull();
      const underCap = await page({ query: "said", countCap: common.total });
      expect([underCap.total, underCap.totalIsCapped]).toEqual([common.total, false]);
      const { storyPageQueries } = await import("@/lib/db");
      expect(storyPageQueries(provider, { sort: "newest", limit: 20 }).countCap).toBe(1000);
    });

    it("round-trips cursors through opaque tokens and refuses forged ones", async () => {
      const { decodeCursor, encodeCursor } = await import("@/lib/db");
      const first = await page({ limit: 3 });
      const token = encodeCursor(first.next!);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      const again = await page({ limit: 3, after: decodeCursor(token, "newest") });
      expect(again.rows[0]?.id).toBe(allNewest.rows[3]?.id);
      expect(() => decodeCursor(token, "covered")).toThrow(/another sort/);
      expect(() => decodeCursor("not-a-cursor", "newest")).toThrow(/not valid/);
      expect(() =>
        decodeCursor(Buffer.from('["newest",1,2,"x y"]').toString("base64url"), "newest"),
      ).toThrow();
    });

    it("finds stories by words in article bodies, headlines and phrases", async () => {
      const story = allNewest.rows[0]!;
      const record = await db.article.findFirstOrThrow({
        where: { membership: { storyId: story.id } },
        select: { title: true },
      });
      const headlineWord = record.title.split(/\s+/).find((w) => /^\p{L}{6,}$/u.test(w))!;
      const found = await page({ query: headlineWord.toUpperCase() });
      expect(found.rows.map((r) => r.id)).toContain(story.id);
      expect(found.total).toBe(found.rows.length);
      expect(found.total).toBeLessThan(12);

      const phrase = await page({ query: `"${record.title}"` });
      expect(phrase.rows.map((r) => r.id)).toEqual([story.id]);
      const nonsense = await page({ query: "qwzxv" });
      expect(nonsense.rows).toEqual([]);
      expect(nonsense.total).toBe(0);
    });

    it("finds every story by its headline as a phrase (numbers, apostrophes and hyphens included)", async () => {
      for (const story of allNewest.rows) {
        const found = await page({ query: `"${story.title}"` });
        expect(
          found.rows.map((r) => r.id),
          story.title,
        ).toContain(story.id);
      }
    });

    it("combines words with AND, alternatives with OR, and excludes -words", async () => {
      const a = allNewest.rows[0]!;
      const b = allNewest.rows[1]!;
      const uniqueWord = async (storyId: string, otherId: string) => {
        const article = await db.article.findFirstOrThrow({
          where: { membership: { storyId } },
          select: { title: true },
        });
        for (const word of article.title.split(/[^\p{L}]+/u).filter((w) => w.length >= 5)) {
          const hits = await page({ query: word });
          const ids = hits.rows.map((r) => r.id);
          if (ids.includes(storyId) && !ids.includes(otherId)) return word;
        }
        throw new Error(`no word singles out ${storyId}`);
      };
      const wordA = await uniqueWord(a.id, b.id);
      const wordB = await uniqueWord(b.id, a.id);
      const either = await page({ query: `${wordA} OR ${wordB}` });
      expect(either.rows.map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
      const both = await page({ query: `${wordA} ${wordB}` });
      expect(both.rows.map((r) => r.id)).not.toContain(a.id);
      const excluded = await page({ query: `${wordA} -${wordA}` });
      expect(excluded.rows).toEqual([]);
      const onlyNegative = await page({ query: `-${wordA}` });
      expect(onlyNegative.rows).toEqual([]);
    });

    it("survives hostile search strings", async () => {
      for (const query of HOSTILE) {
        const result = await page({ query, limit: 5 });
        expect(result.rows.length, query.slice(0, 40)).toBeLessThanOrEqual(5);
        expect(result.total).toBeGreaterThanOrEqual(result.rows.length);
      }
      // Operators typed as words are searched as words, not obeyed.
      expect((await page({ query: "NEAR(" })).total).toBe((await page({ query: "near" })).total);
      const injection = await page({ query: '\'; DROP TABLE "Story"; --' });
      expect(injection.total).toBeGreaterThanOrEqual(0);
      expect((await page({})).total).toBe(12);
    });

    it("keeps the index in step with inserts, updates and deletes (articles and quotations)", async () => {
      const target = allNewest.rows[2]!;
      const article = await db.article.findFirstOrThrow({
        where: { membership: { storyId: target.id } },
        select: { id: true, text: true },
      });
      expect((await page({ query: "Quorblex" })).total).toBe(0);
      await db.article.update({
        where: { id: article.id },
        data: { text: `${article.text}\n\nQuorblex was seen.` },
      });
      expect((await page({ query: "quorblex" })).rows.map((r) => r.id)).toEqual([target.id]);
      await db.article.update({ where: { id: article.id }, data: { text: article.text } });
      expect((await page({ query: "quorblex" })).total).toBe(0);

      const quotation = await db.quotation.findFirstOrThrow({
        where: { article: { membership: { storyId: target.id } } },
        select: { id: true, speaker: true },
      });
      await db.quotation.update({ where: { id: quotation.id }, data: { speaker: "Ysolde Vantragh" } });
      expect((await page({ query: '"ysolde vantragh"' })).rows.map((r) => r.id)).toEqual([target.id]);
      await db.quotation.delete({ where: { id: quotation.id } });
      expect((await page({ query: "Vantragh" })).total).toBe(0);
    });

    it("filters by outlet, language, dates and quote variants", async () => {
      const { listFilterChoices } = await import("@/lib/db");
      const choices = await listFilterChoices(db);
      expect(choices.languages).toEqual(["en"]);
      const outlet = choices.outlets[0]!;
      const byOutlet = await page({ outlet: outlet.slug });
      expect(byOutlet.total).toBeGreaterThan(0);
      expect(byOutlet.total).toBeLessThanOrEqual(12);
      for (const row of byOutlet.rows) expect(row.outlets).toContain(outlet.name);
      const expected = allNewest.rows.filter((r) => r.outlets.includes(outlet.name)).map((r) => r.id);
      expect(byOutlet.rows.map((r) => r.id)).toEqual(expected);
      expect((await page({ outlet: "no-such-outlet" })).total).toBe(0);

      const variants = await page({ hasVariants: true });
      expect(variants.rows.map((r) => r.id)).toEqual(
        allNewest.rows.filter((r) => r.variantGroupCount > 0).map((r) => r.id),
      );
      expect(variants.total).toBeGreaterThanOrEqual(3);

      const story = allNewest.rows[5]!;
      const article = await db.article.findFirstOrThrow({
        where: { membership: { storyId: story.id } },
        select: { id: true },
      });
      await db.article.update({ where: { id: article.id }, data: { language: "de" } });
      expect((await listFilterChoices(db)).languages).toEqual(["de", "en"]);
      expect((await page({ language: "de" })).rows.map((r) => r.id)).toEqual([story.id]);
      expect((await page({ language: "en" })).total).toBe(12);

      const from = story.firstPublishedAt!;
      const until = new Date(story.lastPublishedAt!.getTime() + 1);
      const inRange = await page({ from, until });
      expect(inRange.rows.map((r) => r.id)).toContain(story.id);
      for (const row of inRange.rows) {
        expect(row.lastPublishedAt!.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(row.firstPublishedAt!.getTime()).toBeLessThan(until.getTime());
      }
      const future = await page({ from: new Date("2100-01-01T00:00:00Z") });
      expect(future.total).toBe(0);

      const combined = await page({ language: "de", hasVariants: true, outlet: outlet.slug, query: "said" });
      expect(combined.total).toBeLessThanOrEqual(1);
    });

    it("indexes rows stored before the migration (backfill)", async () => {
      const { applyPendingMigrations, createDb, resolveDatabaseConfig, searchStoryPage } =
        await import("@/lib/db");
      const { createTestDatabase } = await import("@/lib/testing/databases");
      const fresh = await createTestDatabase(provider);
      // A project root whose migrations stop before the full-text ones (the first, and its stemmed successor).
      const root = mkdtempSync(path.join(tmpdir(), "parallax-backfill-"));
      const folder = path.join(process.cwd(), "prisma", "migrations", provider);
      const all = readdirSync(folder).filter((name) => !name.endsWith(".toml"));
      const withheld = all.filter((name) => /_(fulltext|search_stemming)$/.test(name)).sort();
      expect(withheld).toHaveLength(2);
      try {
        const config = resolveDatabaseConfig(fresh.url);
        cpSync(
          path.join(process.cwd(), "prisma", `schema.${provider}.prisma`),
          path.join(root, "prisma", `schema.${provider}.prisma`),
        );
        for (const name of readdirSync(folder)) {
          if (withheld.includes(name)) continue;
          cpSync(path.join(folder, name), path.join(root, "prisma", "migrations", provider, name), {
            recursive: true,
          });
        }
        await applyPendingMigrations(config, root);
        const before = createDb(config);
        const outlet = await before.outlet.create({ data: { slug: "old-times", name: "Old Times" } });
        const story = await before.story.create({ data: { title: "Old Quillmarsh story", articleCount: 1 } });
        const article = await before.article.create({
          data: {
            outletId: outlet.id,
            title: "Archived",
            text: "The Brambleworth viaduct reopened.",
            contentHash: "h1",
          },
        });
        await before.storyMembership.create({
          data: { storyId: story.id, articleId: article.id, score: 1, reasons: {} },
        });
        const version = await before.articleVersion.create({
          data: { articleId: article.id, version: 1, title: "Archived", text: "x", contentHash: "h1" },
        });
        await before.quotation.create({
          data: {
            articleId: article.id,
            versionId: version.id,
            text: "It is open",
            start: 0,
            end: 10,
            speaker: "Ondine Pellicott",
          },
        });
        await before.$disconnect();

        expect(await applyPendingMigrations(config)).toEqual(withheld);
        const after = createDb(config);
        try {
          const viaduct = await searchStoryPage(after, { sort: "newest", limit: 10, query: "brambleworth" });
          expect(viaduct.rows.map((r) => r.id)).toEqual([story.id]);
          const speaker = await searchStoryPage(after, { sort: "newest", limit: 10, query: "Pellicott" });
          expect(speaker.rows.map((r) => r.id)).toEqual([story.id]);
          const title = await searchStoryPage(after, { sort: "newest", limit: 10, query: "quillmarsh" });
          expect(title.rows.map((r) => r.id)).toEqual([story.id]);
          const stemmed = await searchStoryPage(after, { sort: "newest", limit: 10, query: "reopening" });
          expect(stemmed.rows.map((r) => r.id)).toEqual([story.id]);
        } finally {
          await after.$disconnect();
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
        await fresh.drop();
      }
    });

    it("stems English words: a search finds other forms of the same word", async () => {
      const target = allNewest.rows[3]!;
      const article = await db.article.findFirstOrThrow({
        where: { membership: { storyId: target.id } },
        select: { id: true, text: true },
      });
      try {
        await db.article.update({
          where: { id: article.id },
          data: { text: `${article.text}\n\nThe Vardenholt immigrants were counted twice.` },
        });
        for (const query of ["immigration", "immigrant", "IMMIGRANTS", "Vardenholt immigration"]) {
          const found = await page({ query });
          expect(
            found.rows.map((r) => r.id),
            query,
          ).toEqual([target.id]);
        }
        expect((await page({ query: '"immigrants were counted"' })).rows.map((r) => r.id)).toEqual([
          target.id,
        ]);
        expect((await page({ query: "counting" })).rows.map((r) => r.id)).toContain(target.id);
        expect((await page({ query: "immigration -vardenholt" })).total).toBe(0);
      } finally {
        await db.article.update({ where: { id: article.id }, data: { text: article.text } });
      }
      expect((await page({ query: "immigration" })).total).toBe(0);
    });

    it("finds a story by its own title, kept in step when an editor renames it", async () => {
      const target = allNewest.rows[4]!;
      expect((await page({ query: "Thornquist" })).total).toBe(0);
      await db.story.update({ where: { id: target.id }, data: { title: "The Thornquist inquiries" } });
      try {
        expect((await page({ query: "thornquist inquiry" })).rows.map((r) => r.id)).toEqual([target.id]);
        const { matchSnippets } = await import("@/lib/db");
        const snippet = (await matchSnippets(db, [target.id], "thornquist")).get(target.id);
        expect(snippet?.source).toBe("title");
        expect(snippet?.text).toBe("The Thornquist inquiries");
        expect(snippet?.highlights).toEqual([{ start: 4, end: 14 }]);
      } finally {
        await db.story.update({ where: { id: target.id }, data: { title: target.title } });
      }
      expect((await page({ query: "Thornquist" })).total).toBe(0);
    });

    it("says why each story matched: an excerpt with the matched words, as plain text", async () => {
      const target = allNewest.rows[6]!;
      const article = await db.article.findFirstOrThrow({
        where: { membership: { storyId: target.id } },
        select: { id: true, text: true, outlet: { select: { name: true } } },
      });
      const { matchSnippets } = await import("@/lib/db");
      try {
        await db.article.update({
          where: { id: article.id },
          data: {
            text: `${article.text}\n\n<script>alert(1)</script> & the Gralloway immigrants <b>left</b>.`,
          },
        });
        const found = await page({ query: "gralloway immigration" });
        expect(found.rows.map((r) => r.id)).toEqual([target.id]);
        const snippets = await matchSnippets(db, [target.id, allNewest.rows[0]!.id], "gralloway immigration");
        expect([...snippets.keys()]).toEqual([target.id]);
        const snippet = snippets.get(target.id)!;
        expect(snippet).toMatchObject({
          source: "article",
          articleId: article.id,
          outlet: article.outlet.name,
        });
        const marked = snippet.highlights.map((h) => snippet.text.slice(h.start, h.end));
        expect(marked).toEqual(["Gralloway", "immigrants"]);
        // Plain text for the page to escape: no entities made, no markers left (Postgres drops tag-like runs).
        expect(snippet.text).toMatch(/alert\(1\)(<\/script>)? & the Gralloway immigrants/);
        expect(snippet.text).not.toMatch(/&(lt|gt|amp);/);
        expect(snippet.text).not.toMatch(/[\u0002\u0003]/u);
        expect(snippet.text.length).toBeLessThanOrEqual(320);
      } finally {
        await db.article.update({ where: { id: article.id }, data: { text: article.text } });
      }
      // Every story a search finds has a snippet; hostile input gives none and does not throw.
      const common = await page({ query: "said" });
      const all = await matchSnippets(
        db,
        common.rows.map((r) => r.id),
        "said",
      );
      expect([...all.keys()].sort()).toEqual(common.rows.map((r) => r.id).sort());
      for (const query of HOSTILE) await matchSnippets(db, [target.id], query);
    });

    it("filters stories covered by two or more outlets", async () => {
      const multi = await page({ multiOutlet: true });
      const expected = allNewest.rows.filter((r) => r.outlets.length >= 2).map((r) => r.id);
      expect(multi.rows.map((r) => r.id)).toEqual(expected);
      expect(multi.total).toBe(expected.length);
      // A story with one outlet only: made by moving every other outlet's articles out of a copy.
      const lone = await db.story.create({ data: { title: "A lone outlet's story", articleCount: 1 } });
      const donor = await db.storyMembership.findFirstOrThrow({ where: { storyId: allNewest.rows[0]!.id } });
      try {
        await db.storyMembership.update({ where: { id: donor.id }, data: { storyId: lone.id } });
        expect((await page({})).rows.map((r) => r.id)).toContain(lone.id);
        expect((await page({ multiOutlet: true })).rows.map((r) => r.id)).not.toContain(lone.id);
      } finally {
        await db.storyMembership.update({ where: { id: donor.id }, data: { storyId: donor.storyId } });
        await db.story.delete({ where: { id: lone.id } });
      }
    });

    it("uses the test database it was given", () => {
      expect(database.current().provider).toBe(provider);
    });
  });
}
