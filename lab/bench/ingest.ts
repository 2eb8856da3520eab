import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { mainThreadCpuMs } from "./thread-cpu";
import { parseCommandLine } from "../command-line";

/*
 * npm run bench:ingest [-- --pages N] [--prefetch K] [--workers W]
 * Serves N generated news pages (default 1,000) from a local HTTP server (a child process, like a real site)
 * and ingests them by URL into a fresh
 * SQLite database through the real pipeline: fetch, extract, analyse, store, cluster. Prints progress to
 * stderr and, as its last line, {"pages","pagesPerSecond","comparingSeconds","peakRssMb"} plus the outcome counts and
 * CPU milliseconds per page (all threads, and the storing thread alone).
 */
const USAGE = "usage: npm run bench:ingest -- [--pages N] [--prefetch K] [--workers W]";
const { values } = parseCommandLine(USAGE, {
  options: { pages: { type: "string" }, prefetch: { type: "string" }, workers: { type: "string" } },
});
const parsedOptions = z
  .object({
    pages: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
    prefetch: z.coerce.number().int().min(1).max(64).default(8),
    /** Threads that fetch and analyse while the main thread stores; 0 does everything on the main thread. */
    workers: z.coerce.number().int().min(0).max(16).optional(),
  })
  .safeParse(values);
if (!parsedOptions.success) {
  console.error(USAGE);
  process.exit(2);
}
const options = parsedOptions.data;

const folder = mkdtempSync(path.join(tmpdir(), "parallax-bench-"));
process.env.DATABASE_URL = `file:${path.join(folder, "bench.db")}`;
process.env.PARALLAX_DEMO = "off";

const web = fork(fileURLToPath(new URL("./serve-pages.ts", import.meta.url)), [String(options.pages)], {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const { origin, paths } = await new Promise<{ origin: string; paths: string[] }>((resolve, reject) => {
  web.once("message", (message) => resolve(message as { origin: string; paths: string[] }));
  web.once("exit", (code) => reject(new Error(`the page server exited with code ${code}`)));
});
const { defaultPoolSize, importArticles, startPreparePool } = await import("@/lib/ingest");
const workers = options.workers ?? defaultPoolSize();
const pool = workers > 0 ? startPreparePool(workers) : null;
const { disconnectDb, getDb } = await import("@/lib/db");
const db = await getDb();

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function* items() {
  for (const path of paths) yield { label: path, kind: "record" as const, record: { url: origin + path } };
}

const started = performance.now();
// CPU time of this process (all its threads; the page server is another process): steadier than wall clock
// on a shared machine.
const cpuStarted = process.cpuUsage();
const mainCpuStarted = mainThreadCpuMs();
let lastReport = started;
let lastStored = started;
const summary = await importArticles(items(), {
  prefetch: options.prefetch,
  fetch: { allowPrivateNetwork: true },
  prepare: pool?.prepare,
  onItem: (_item, running) => {
    const now = performance.now();
    lastStored = now;
    if (now - lastReport > 2_000) {
      lastReport = now;
      const done = running.total;
      process.stderr.write(
        `${done}/${paths.length} pages, ${(done / ((now - started) / 1000)).toFixed(1)}/s, rss ${Math.round(process.memoryUsage().rss / 1048576)} MB\n`,
      );
    }
  },
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const mainCpuEnded = mainThreadCpuMs();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const stories = await db.story.aggregate({
  where: { articleCount: { gt: 0 } },
  _count: true,
  _max: { articleCount: true },
});
web.disconnect();
await pool?.close();
await disconnectDb();
rmSync(folder, { recursive: true, force: true });

function perPage(ms: number): number {
  return Math.round((ms / Math.max(1, summary.total)) * 10) / 10;
}

for (const failure of summary.failures.slice(0, 5))
  console.error(`failed: ${failure.label}: ${failure.reason}`);
console.log(
  JSON.stringify({
    pages: summary.total,
    pagesPerSecond: Math.round((summary.total / seconds) * 10) / 10,
    // Wall seconds after the last article was stored: the stories' comparisons at the import's end.
    comparingSeconds: Math.round((seconds - (lastStored - started) / 1000) * 10) / 10,
    peakRssMb: Math.round(peakRss / 1048576),
    cpuMsPerPage: perPage((cpu.user + cpu.system) / 1000),
    storingThreadCpuMsPerPage:
      mainCpuStarted === null || mainCpuEnded === null ? null : perPage(mainCpuEnded - mainCpuStarted),
    created: summary.created,
    duplicates: summary.duplicates,
    failed: summary.failed,
    stories: stories._count,
    largestStory: stories._max.articleCount,
    workers,
  }),
);
