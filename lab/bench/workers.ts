import { fork, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { z } from "zod";
import { parseCommandLine } from "../command-line";

/*
 * npm run bench:workers [-- --pages N] [--workers K] [--concurrency C] [--delay MS]
 * Serves N generated news pages (default 200) from a local server (a child process) that answers each after
 * MS milliseconds (default 200, like a slow site), queues one ingest-url job per page on a fresh PostgreSQL
 * database, and runs K `npm run worker` processes (default 1), each taking C jobs at a time (default 2, the
 * worker's default), until every page is done. Prints progress to stderr and, as its last line,
 * {"workers","concurrency","pages","seconds","pagesPerSecond","articles","dead","workerCpuMsPerPage"}; the last
 * (Linux only) is the CPU time the worker processes spent per page, steadier than wall clock on a busy machine.
 * The Postgres server is TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres); the
 * database it creates is dropped at the end.
 */
const USAGE = "usage: npm run bench:workers -- [--pages N] [--workers K] [--concurrency C] [--delay MS]";
const { values } = parseCommandLine(USAGE, {
  options: {
    pages: { type: "string" },
    workers: { type: "string" },
    concurrency: { type: "string" },
    delay: { type: "string" },
  },
});
const options = z
  .object({
    pages: z.coerce.number().int().min(1).max(100_000).default(200),
    workers: z.coerce.number().int().min(1).max(32).default(1),
    concurrency: z.coerce.number().int().min(1).max(32).default(2),
    delay: z.coerce.number().int().min(0).max(60_000).default(200),
  })
  .parse(values);

const admin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `parallax_bench_workers_${process.pid}`;
const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
await adminQuery(`CREATE DATABASE "${name}"`);
const url = new URL(admin);
url.pathname = `/${name}`;
const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  PARALLAX_DEMO: "off",
  PARALLAX_FETCH_ALLOW_PRIVATE: "1",
  PARALLAX_LOG_LEVEL: "warn",
  // A failed attempt (two new pages of one new outlet racing to create it, say) is retried after a second,
  // not the default 30, so one unlucky page does not dominate the timing.
  PARALLAX_JOB_RETRY_SECONDS: "1",
};
Object.assign(process.env, env);

const children: ChildProcess[] = [];
const workerProcesses: ChildProcess[] = [];

/** CPU milliseconds (user + system) a process has used so far, from /proc; null where there is none. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
try {
  const web = fork(
    fileURLToPath(new URL("./serve-pages.ts", import.meta.url)),
    [String(options.pages), String(options.delay)],
    { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  children.push(web);
  const { origin, paths } = await new Promise<{ origin: string; paths: string[] }>((resolve, reject) => {
    web.once("message", (message) => resolve(message as { origin: string; paths: string[] }));
    web.once("exit", (code) => reject(new Error(`the page server exited with code ${code}`)));
  });

  // Migrate and create pg-boss's schema before the workers start, so they do not race to do it.
  const { getDb, countArticles, disconnectDb } = await import("@/lib/db");
  await getDb();
  const jobs = await import("@/lib/jobs");
  const queue = await jobs.getQueue();

  let done = 0;
  const ready: Promise<void>[] = [];
  for (let i = 0; i < options.workers; i++) {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=react-server",
        "lib/cli/main.ts",
        "worker",
        "--concurrency",
        String(options.concurrency),
      ],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    children.push(child);
    workerProcesses.push(child);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith("done: ")) done += 1;
      if (process.env.BENCH_VERBOSE) process.stderr.write(`worker ${i}: ${line}\n`);
    });
    ready.push(
      new Promise((resolve, reject) => {
        createInterface({ input: child.stderr! }).on("line", (line) => {
          if (line.startsWith("job worker started")) resolve();
          else if (!line.startsWith("{")) process.stderr.write(`worker ${i}: ${line}\n`);
        });
        child.once("exit", (code) => reject(new Error(`worker ${i} exited with code ${code}`)));
      }),
    );
  }
  await Promise.all(ready);
  const cpuAtStart = workerProcesses.map((child) => cpuMs(child.pid));

  const started = performance.now();
  await jobs.enqueueUrls(paths.map((p) => origin + p));
  let lastReport = started;
  for (;;) {
    const stats = await queue.stats();
    const now = performance.now();
    if (stats.queued === 0 && stats.running === 0) break;
    if (now - lastReport > 2_000) {
      lastReport = now;
      process.stderr.write(
        `${done}/${paths.length} pages, ${(done / ((now - started) / 1000)).toFixed(1)}/s\n`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = workerProcesses.map((child, i) => {
    const [now, then] = [cpuMs(child.pid), cpuAtStart[i]];
    return now === null || then === null || then === undefined ? null : now - then;
  });
  const workerCpuMs = cpuUsed.every((ms) => ms !== null)
    ? cpuUsed.reduce<number>((sum, ms) => sum + (ms ?? 0), 0)
    : null;
  const stats = await queue.stats();
  const articles = await countArticles(await getDb());
  await jobs.closeQueue();
  await disconnectDb();
  console.log(
    JSON.stringify({
      workers: options.workers,
      concurrency: options.concurrency,
      pages: options.pages,
      delayMs: options.delay,
      seconds: Number(seconds.toFixed(2)),
      pagesPerSecond: Number((options.pages / seconds).toFixed(2)),
      articles,
      dead: stats.dead,
      workerCpuMsPerPage: workerCpuMs === null ? null : Number((workerCpuMs / options.pages).toFixed(1)),
    }),
  );
} finally {
  for (const child of children) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
