import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import {
  applyPendingMigrations,
  createDb,
  resolveDatabaseConfig,
  searchStoryPage,
  storyPageQueries,
  type DatabaseConfig,
  type Db,
  type StoryPageRequest,
} from "@/lib/db";
import { seededRandom } from "./random";
import { insertSeedOutlets } from "./seed-rows";
import { insertSyntheticStories, type SyntheticStory } from "./synthetic-stories";
import { parseCommandLine } from "../command-line";

/*
 * npm run bench:search -- --articles N [--db sqlite|postgres] [--seed S]
 * Fills a fresh database with N generated articles in stories of 1-20 (bulk inserts, not the pipeline), then
 * times story-list pages: first and deep pages in both sorts, full-text searches (common, rare, phrase, no hit)
 * and filters. Query plans go to stderr; the last line is one JSON object of median milliseconds per scenario.
 * Postgres: a scratch database is created on $TEST_POSTGRES_URL's server (default the local one) and dropped.
 */
const USAGE = "usage: npm run bench:search -- --articles N [--db sqlite|postgres] [--seed S]";
const { values } = parseCommandLine(USAGE, {
  options: { articles: { type: "string" }, db: { type: "string" }, seed: { type: "string" } },
});
const args = z
  .object({
    articles: z.coerce.number().int().positive().max(1_000_000).default(100_000),
    db: z.enum(["sqlite", "postgres"]).default("sqlite"),
    seed: z.coerce.number().int().nonnegative().default(1),
  })
  .safeParse(values);
if (!args.success) {
  console.error(USAGE);
  process.exit(2);
}
const { articles: articleTotal, db: provider, seed } = args.data;
const random = seededRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// A Zipf-like vocabulary: a few words in almost every article, most in a handful.
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "ta",
  "vo",
  "sul",
  "der",
  "an",
  "is",
  "or",
  "pe",
  "qui",
  "zan",
  "bel",
];
const VOCABULARY = Array.from({ length: 20_000 }, (_, i) => {
  let word = "";
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
const zipfWord = () =>
  VOCABULARY[
    Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(random() * Math.log(VOCABULARY.length))) - 1)
  ] as string;
const sentence = (words: number, topic: readonly string[]) =>
  Array.from({ length: words }, () => (random() < 0.08 ? pick(topic) : zipfWord())).join(" ");

const OUTLETS = Array.from({ length: 12 }, (_, i) => ({
  id: `o${i}`,
  slug: `outlet-${i}`,
  name: `Outlet ${i}`,
  domain: null,
  country: null,
  language: null,
}));
const LANGUAGES = ["en", "en", "en", "de", "fr"];
const START = Date.parse("2024-01-01T00:00:00Z");
const DAY = 86_400_000;

function generate(): SyntheticStory[] {
  const stories: SyntheticStory[] = [];
  let made = 0;
  while (made < articleTotal) {
    const index = stories.length;
    const size = Math.min(articleTotal - made, 1 + (Math.floor(-Math.log(1 - random()) * 4) % 20));
    const topic = [`topic${index}a`, `topic${index}b`, zipfWord()];
    const day = START + Math.floor(random() * 730) * DAY;
    const language = pick(LANGUAGES);
    const speaker = `Speaker ${index % 5000}`;
    const quoted = size > 1 && random() < 0.4;
    stories.push({
      id: `s${String(index).padStart(7, "0")}`,
      title: `${topic[0]} ${sentence(8, topic)}`,
      language,
      articles: Array.from({ length: size }, (_, k) => {
        const id = `a${String(made + k).padStart(8, "0")}`;
        return {
          id,
          outletId: pick(OUTLETS).id,
          title: sentence(10, topic),
          text: Array.from({ length: 6 }, () => sentence(25, topic)).join("\n\n"),
          language: k === 0 ? language : pick(LANGUAGES),
          publishedAt: new Date(day + Math.floor(random() * 3 * DAY)),
          quotations: [
            {
              id: `q${id}a`,
              text: sentence(12, topic),
              speaker,
              groupKey: quoted && k < 3 ? `${index}` : null,
            },
            {
              id: `q${id}b`,
              text: sentence(12, topic),
              speaker: `Speaker ${(index + 7) % 5000}`,
              groupKey: null,
            },
          ],
        };
      }),
    });
    made += size;
  }
  return stories;
}

async function scratchDatabase(): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (provider === "sqlite") {
    const folder = mkdtempSync(path.join(tmpdir(), "parallax-bench-search-"));
    return {
      config: resolveDatabaseConfig(`file:${path.join(folder, "bench.db")}`),
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const admin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `parallax_bench_search_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    config: resolveDatabaseConfig(url.toString()),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function median(db: Db, request: StoryPageRequest, runs = 7): Promise<{ ms: number; total: number }> {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    total = (await searchStoryPage(db, request)).total;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round((times[Math.floor(runs / 2)] ?? 0) * 10) / 10, total };
}

/** Median ms of the page query and of the count query alone: which half of a list request costs what. */
async function medianParts(
  db: Db,
  request: StoryPageRequest,
  runs = 5,
): Promise<{ pageMs: number; countMs: number }> {
  const { page, count } = storyPageQueries(provider, request);
  const time = async (sql: typeof page) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await db.$queryRaw(sql);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return Math.round((times[Math.floor(runs / 2)] ?? 0) * 10) / 10;
  };
  return { pageMs: await time(page), countMs: await time(count) };
}

async function plan(db: Db, request: StoryPageRequest): Promise<string> {
  const { page } = storyPageQueries(provider, request);
  // Prisma.Sql holds the statement with "?" placeholders (SQLite) and with "$1" ones (Postgres).
  const [explain, sql] =
    provider === "sqlite"
      ? ["EXPLAIN QUERY PLAN ", page.sql]
      : ["EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ", page.text];
  try {
    // The same planner setting searchStoryPage uses for a text search on Postgres.
    if (provider === "postgres" && request.query) {
      const [, rows] = await db.$transaction([
        db.$executeRawUnsafe("SET LOCAL enable_seqscan = off"),
        db.$queryRawUnsafe<Record<string, unknown>[]>(explain + sql, ...page.values),
      ]);
      return rows.map((r) => String(r["QUERY PLAN"] ?? JSON.stringify(r))).join("\n  ");
    }
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(explain + sql, ...page.values);
    return rows.map((r) => String(r.detail ?? r["QUERY PLAN"] ?? JSON.stringify(r))).join("\n  ");
  } catch (error) {
    return `(no plan: ${(error as Error).message.split("\n")[0]})`;
  }
}

const scratch = await scratchDatabase();
const db = createDb(scratch.config);
try {
  await applyPendingMigrations(scratch.config);
  await insertSeedOutlets(db, OUTLETS);
  const stories = generate();
  const loadStarted = performance.now();
  for (let i = 0; i < stories.length; i += 2_000)
    await insertSyntheticStories(db, stories.slice(i, i + 2_000));
  await db.$executeRawUnsafe("ANALYZE");
  const loadSeconds = Math.round((performance.now() - loadStarted) / 100) / 10;
  console.error(
    `${provider}: ${articleTotal} articles in ${stories.length} stories loaded in ${loadSeconds}s`,
  );

  const base = { limit: 20 } as const;
  const deepNewest = await searchStoryPage(db, { ...base, sort: "newest", limit: 100 });
  let cursor = deepNewest.next;
  for (let i = 0; i < 49 && cursor; i++)
    cursor = (await searchStoryPage(db, { sort: "newest", limit: 100, after: cursor })).next;
  const common = VOCABULARY[0] as string;
  const scenarios: Record<string, StoryPageRequest> = {
    newestFirstPage: { ...base, sort: "newest" },
    coveredFirstPage: { ...base, sort: "covered" },
    newestPage250: { ...base, sort: "newest", after: cursor },
    searchRareWord: { ...base, sort: "newest", query: "topic4242a" },
    searchCommonWord: { ...base, sort: "newest", query: common },
    searchPhrase: {
      ...base,
      sort: "newest",
      query: `"${stories[777]?.articles[0]?.title.split(" ").slice(2, 5).join(" ")}"`,
    },
    searchNoHit: { ...base, sort: "newest", query: "qqqqzzzz" },
    searchHostile: { ...base, sort: "newest", query: '"NEAR( * OR AND NOT' },
    filterOutlet: { ...base, sort: "newest", outlet: "outlet-3" },
    filterLanguage: { ...base, sort: "newest", language: "fr" },
    filterVariants: { ...base, sort: "covered", hasVariants: true },
    filterDates: {
      ...base,
      sort: "newest",
      from: new Date(START + 100 * DAY),
      until: new Date(START + 130 * DAY),
    },
    combined: { ...base, sort: "newest", query: common, language: "de", hasVariants: true },
  };
  const results: Record<string, number> = {};
  const parts: Record<string, { pageMs: number; countMs: number }> = {};
  for (const [name, request] of Object.entries(scenarios)) {
    const { ms, total } = await median(db, request);
    const split = await medianParts(db, request);
    results[name] = ms;
    parts[name] = split;
    console.error(
      `${name}: ${ms} ms median (page query ${split.pageMs} ms, count ${split.countMs} ms), ${total} stories\n  ${await plan(db, request)}`,
    );
  }
  console.log(
    JSON.stringify({
      provider,
      articles: articleTotal,
      stories: stories.length,
      loadSeconds,
      medianMs: results,
      parts,
    }),
  );
} finally {
  await db.$disconnect();
  await scratch.drop();
}
