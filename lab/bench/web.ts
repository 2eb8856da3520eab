import { loadavg } from "node:os";
import { z } from "zod";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { cachedDatabase, type SeedSummary } from "./seed-cache";
import { measureCall, measurePage, type PageFigures } from "./web-load";
import { buildApp, hasBuild, startApp, type RunningApp } from "./web-server";
import { parseCommandLine } from "../command-line";

/*
 * npm run bench:web [-- --db sqlite|postgres] [--articles N] [--duration S] [--connections C] [--skip-build]
 *                    [--reuse] [--pages list,story,compare,storyRendered,compareRendered,api,feed,archive]
 * Seeds a fresh database (a SQLite temp file, or a new database on the local Postgres, dropped afterwards)
 * with N generated articles in stories (seed-database.ts), builds and starts the production server on it, and
 * drives the story list, an 8-article story's page, its compare view and a read API route with autocannon
 * over loopback. Progress and per-page figures go to stderr; the last line is one JSON object. Any non-2xx
 * response fails the run (a benchmark of error pages is worthless). Everything it started is stopped and
 * removed at the end, on failure and on Ctrl-C. With --reuse the seeded database is kept for the next --reuse
 * run with the same options and generator (seed-cache.ts) instead of being dropped. The server's process CPU
 * time over each measured run, divided by the requests it answered, is reported as cpuMsPerRequest: unlike
 * throughput it hardly depends on what else the machine is doing.
 */
const USAGE =
  "usage: npm run bench:web -- [--db sqlite|postgres] [--articles N] [--duration S] [--connections C] [--warmup S] [--seed S] [--skip-build] [--reuse] [--pages list,story,compare,…]";
const { values } = parseCommandLine(USAGE, {
  options: {
    db: { type: "string" },
    articles: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    warmup: { type: "string" },
    seed: { type: "string" },
    "skip-build": { type: "boolean" },
    reuse: { type: "boolean" },
    pages: { type: "string" },
  },
});
const options = z
  .object({
    db: z.enum(["sqlite", "postgres"]).default("sqlite"),
    articles: z.coerce.number().int().min(50).max(1_000_000).default(50_000),
    duration: z.coerce.number().int().min(1).max(600).default(10),
    connections: z.coerce.number().int().min(1).max(512).default(10),
    warmup: z.coerce.number().int().min(1).max(60).default(3),
    seed: z.coerce.number().int().min(1).default(1),
    "skip-build": z.boolean().default(false),
    reuse: z.boolean().default(false),
    pages: z
      .string()
      .default("list,story,compare,storyRendered,compareRendered,api,feed,archive")
      .transform((v) => new Set(v.split(",").map((p) => p.trim()))),
  })
  .parse(values);

/** The day of a story's first article, as its JSON Feed dates it: an archive page with stories on it. */
async function firstDay(origin: string, storyId: string): Promise<string> {
  const feed = (await (await fetch(`${origin}/stories/${storyId}/feed.json`)).json()) as {
    items?: { date_published?: string }[];
  };
  const dates = (feed.items ?? []).flatMap((i) => (i.date_published ? [i.date_published] : [])).sort();
  return (dates[0] ?? new Date().toISOString()).slice(0, 10);
}

/** Read routes tried in order for the "api" figure: the first that answers 200 on the seeded data is used. */
const API_CANDIDATES = (storyId: string): string[] => [
  "/api/stories",
  `/api/stories/${storyId}`,
  `/api/stories/${storyId}/export`,
  "/api/health",
];
const STORY_SIZE = 8;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

let database: TestDatabase | null = null;
let app: RunningApp | null = null;
let cleaning: Promise<void> | null = null;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await app?.stop().catch((error: unknown) => log(`could not stop the server: ${String(error)}`));
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb().catch(() => undefined);
    await database?.drop().catch((error: unknown) => log(`could not drop the database: ${String(error)}`));
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the server and removing the database`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function status(url: string): Promise<number> {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  await response.arrayBuffer();
  return response.status;
}

async function main(): Promise<void> {
  log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const cached = options.reuse ? await cachedDatabase(options.db, options) : null;
  database = cached ? cached.database : await createTestDatabase(options.db);
  process.env.DATABASE_URL = database.url;
  process.env.PARALLAX_DEMO = "off";
  process.env.PARALLAX_WORKER = "off";
  let seeded: SeedSummary;
  if (cached?.summary) {
    seeded = cached.summary;
    log(`reusing the seeded database ${database.url} (seeded in ${seeded.seconds.toFixed(1)} s)`);
  } else {
    const { getDb, disconnectDb } = await import("@/lib/db");
    const { seedDatabase } = await import("./seed-database");
    const db = await getDb();
    let lastReport = 0;
    const result = await seedDatabase(db, {
      articles: options.articles,
      seed: options.seed,
      onBatch: (written) => {
        if (performance.now() - lastReport < 5_000) return;
        lastReport = performance.now();
        log(`seeded ${written}/${options.articles} articles`);
      },
    });
    await disconnectDb();
    seeded = {
      articles: result.articles,
      stories: result.stories,
      quotations: result.quotations,
      quoteGroups: result.quoteGroups,
      versions: result.versions,
      seconds: result.seconds,
      storySizes: [...result.storySizes].map(([size, { firstId }]) => [size, firstId]),
    };
    cached?.remember(seeded);
  }
  log(
    `seeded ${seeded.articles} articles, ${seeded.stories} stories, ${seeded.quotations} quotations, ` +
      `${seeded.quoteGroups} quote groups, ${seeded.versions} versions in ${seeded.seconds.toFixed(1)} s`,
  );
  const storySizes = new Map(seeded.storySizes);
  const sizes = [...storySizes.keys()].sort(
    (a, b) => Math.abs(a - STORY_SIZE) - Math.abs(b - STORY_SIZE) || b - a,
  );
  const storySize = sizes[0] ?? 1;
  const storyId = storySizes.get(storySize) ?? "";
  if (storySize !== STORY_SIZE) log(`no ${STORY_SIZE}-article story; using one of ${storySize}`);

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PARALLAX_DEMO: "off",
    PARALLAX_WORKER: "off",
    NODE_ENV: "production",
  } as NodeJS.ProcessEnv;
  if (!options["skip-build"] || !hasBuild()) {
    log("building the app (next build)");
    await buildApp(env);
  }
  app = await startApp(env);
  log(`server at ${app.origin}`);

  let apiPath: string | null = null;
  for (const candidate of API_CANDIDATES(storyId)) {
    if ((await status(app.origin + candidate)) === 200) {
      apiPath = candidate;
      break;
    }
  }
  if (!apiPath)
    log(
      `no read API route answers 200 (tried ${API_CANDIDATES(storyId).join(", ")}): ` +
        "measuring the story export JSON in this process instead (exportStory, what the CLI's export prints)",
    );
  const pages: Record<string, string> = {
    list: "/",
    story: `/stories/${storyId}`,
    compare: `/stories/${storyId}/compare`,
    storyRendered: `/stories/${storyId}`,
    compareRendered: `/stories/${storyId}/compare`,
  };
  if (apiPath) pages.api = apiPath;
  if (options.pages.has("feed")) pages.feed = `/stories/${storyId}/feed.atom`;
  if (options.pages.has("archive")) pages.archive = `/archive/${await firstDay(app.origin, storyId)}`;
  for (const name of Object.keys(pages)) if (!options.pages.has(name)) delete pages[name];
  for (const [name, page] of Object.entries(pages)) {
    const code = await status(app.origin + page);
    if (code !== 200) throw new Error(`${name} (${page}) answered ${code}, not 200`);
  }

  const load = {
    durationSeconds: options.duration,
    connections: options.connections,
    warmupSeconds: options.warmup,
    renderSeconds: Math.min(5, options.duration),
  };
  const figures: Record<string, PageFigures> = {};
  for (const [name, page] of Object.entries(pages)) {
    log(`${name}: ${page}`);
    const running = app;
    // The "rendered" passes send a cookie, which the page cache (lib/page-cache) never answers: they measure
    // the full render every page needs after an edit or for a signed-in editor.
    // Every pass asks for HTML as a browser's page load does (the cache answers only such requests).
    const headers: Record<string, string> = {
      accept: "text/html,application/xhtml+xml",
      ...(name.endsWith("Rendered") ? { cookie: "bench=uncached" } : {}),
    };
    const result = await measurePage(app.origin + page, load, () => running.cpuMs(), headers);
    figures[name] = result;
    log(
      `  p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.rps} req/s at ${options.connections} connections; ` +
        `render p50 ${result.renderP50Ms} ms (1 connection); server CPU ${result.cpuMsPerRequest ?? "?"} ms/request; ${result.non2xx} non-2xx, ${result.errors} errors; ` +
        `load ${loadavg()[0]?.toFixed(2)}`,
    );
  }
  await app.stop();
  app = null;
  if (!apiPath && options.pages.has("api")) {
    const { exportStory } = await import("@/lib/views");
    figures.api = await measureCall(() => exportStory(storyId), load);
    log(
      `api (in-process exportStory): p50 ${figures.api.p50Ms} ms, p99 ${figures.api.p99Ms} ms, ${figures.api.rps}/s`,
    );
  }
  await cleanUp();
  const failures = Object.entries(figures).filter(([, f]) => f.non2xx > 0 || f.errors > 0);
  for (const [name, f] of failures)
    log(`${name}: ${f.non2xx} non-2xx responses, ${f.errors} connection errors`);
  console.log(
    JSON.stringify({
      ...figures,
      db: options.db,
      articles: seeded.articles,
      stories: seeded.stories,
      storyArticles: storySize,
      apiPath: apiPath ?? `in-process exportStory(${storyId})`,
      connections: options.connections,
      durationSeconds: options.duration,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      seedSeconds: Math.round(seeded.seconds),
    }),
  );
  if (failures.length > 0) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  log(`bench:web failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
