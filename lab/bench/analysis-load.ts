import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { postManyMarks } from "@/lib/testing/many-marks";
import { buildApp, hasBuild, startApp } from "./web-server";
import { parseCommandLine } from "../command-line";

/*
 * npm run bench:analysis-load [-- --marks 40000,400000] [--threads 1] [--skip-build]
 * Starts the production server on a fresh SQLite database and sends it, through the API, articles made of
 * quotation marks in one paragraph (the shape that once froze the server), one at a time, while /api/health
 * is asked every 20 ms on fresh connections. Per article: seconds to store it (or its refusal) and health's
 * answers during it (count, median, slowest). With --threads 0 the analysis runs on the server's own thread,
 * for comparison. Progress goes to stderr; the last line is one JSON object.
 */
const USAGE = "usage: npm run bench:analysis-load -- [--marks 40000,400000] [--threads 1] [--skip-build]";
const { values } = parseCommandLine(USAGE, {
  options: {
    marks: { type: "string", default: "40000,400000" },
    threads: { type: "string", default: "1" },
    "skip-build": { type: "boolean" },
  },
});
const TOKEN = "bench-analysis-load-token-0123456789";
const marks = values.marks.split(",").map(Number);
if (marks.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error(USAGE);
  process.exit(2);
}

async function watchHealth(origin: string): Promise<() => Promise<number[]>> {
  let stopped = false;
  const times: number[] = [];
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      const response = await fetch(`${origin}/api/health`, { headers: { connection: "close" } });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return times;
  };
}

const dir = mkdtempSync(path.join(tmpdir(), "parallax-analysis-load-"));
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  PARALLAX_API_TOKEN: TOKEN,
  PARALLAX_DEMO: "off",
  PARALLAX_WORKER: "off",
  PARALLAX_ANALYSIS_THREADS: values.threads,
  PARALLAX_RATE_PER_MINUTE: "0",
  NODE_ENV: "production" as const,
};
if (!values["skip-build"] || !hasBuild()) await buildApp(env);
const app = await startApp(env);
const runs: Record<string, unknown>[] = [];
try {
  for (const count of [200, ...marks]) {
    const stop = await watchHealth(app.origin);
    const started = performance.now();
    const response = await postManyMarks(app.origin, TOKEN, count);
    const answer = (await response.json()) as { status?: string; error?: { message: string } };
    const seconds = (performance.now() - started) / 1000;
    const health = (await stop()).sort((a, b) => a - b);
    if (count === 200) continue; // warms the analysis thread and the routes
    const run = {
      marks: count,
      status: response.status,
      stored: answer.status ?? null,
      refusal: answer.error?.message ?? null,
      seconds: Number(seconds.toFixed(2)),
      healthAnswers: health.length,
      healthMedianMs: Math.round(health[Math.floor(health.length / 2)] ?? 0),
      healthMaxMs: Math.round(health.at(-1) ?? 0),
    };
    console.error(JSON.stringify(run));
    runs.push(run);
  }
} finally {
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ threads: Number(values.threads), load: loadavg()[0], runs }));
