/**
 * The browser-test harness: a production build served by `next start` on a fresh SQLite database that the app
 * fills with the fictional demo corpus on first start (PARALLAX_DEMO=auto), driven by headless Chromium.
 *
 * Every e2e file calls `serveAppForThisFile()` once at its top: it gets its own server and database, so files run in
 * parallel without sharing state. The production build is made once per test run: the first file to arrive
 * builds under a lock, the others wait and reuse it.
 *
 * Needs Chromium at /usr/bin/chromium (Debian: `apt-get install -y chromium`) or at $E2E_CHROMIUM.
 * E2E_SKIP_BUILD=1 reuses an existing `.next` production build instead of running `next build` first.
 * Full-page screenshots land in screenshots/ (gitignored).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCREENSHOTS = path.join(ROOT, "screenshots");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const START_TIMEOUT_MS = 120_000;
const BUILD_LOCK = path.join(ROOT, ".next-e2e-build.lock");
/** vitest.config.ts names each test run; a build stamped with this run's name is reused by its other files. */
const BUILD_STAMP = path.join(
  ROOT,
  ".next",
  `e2e-build-for-${process.env.PARALLAX_TEST_RUN ?? process.ppid}`,
);
/** A lock older than this was left by a run that died mid-build. */
const STALE_LOCK_MS = 10 * 60_000;
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface App {
  /** http://127.0.0.1:<port> of this file's server. */
  readonly baseUrl: string;
  /** The "web" the app fetches from: a local server, reachable because the app allows private addresses. */
  readonly web: FixtureServer;
  /** The DATABASE_URL of this file's app (a SQLite file), for a test that sets up state the UI cannot. */
  readonly databaseUrl: string;
  /**
   * A page in a fresh context; `problems` collects uncaught page errors and console errors. `options` adds context
   * options (e.g. `colorScheme`, `bypassCSP` for a test that injects a script).
   */
  newPage(
    viewport?: { width: number; height: number },
    options?: BrowserContextOptions,
  ): Promise<{
    context: BrowserContext;
    page: Page;
    problems: string[];
  }>;
  /** A full-page screenshot in screenshots/<name>.png: look at them. */
  shoot(page: Page, name: string): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tryLock(): boolean {
  try {
    if (Date.now() - statSync(BUILD_LOCK).mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true });
  } catch {
    // no lock yet
  }
  try {
    mkdirSync(BUILD_LOCK);
    return true;
  } catch {
    return false;
  }
}

/** One `next build` per test run, shared by every e2e file. */
async function ensureBuild(env: NodeJS.ProcessEnv): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === "1") {
    if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")))
      throw new Error("E2E_SKIP_BUILD=1 but there is no production build in .next: run `next build` first.");
    return;
  }
  const deadline = Date.now() + 15 * 60_000;
  while (!existsSync(BUILD_STAMP)) {
    if (tryLock()) {
      try {
        if (existsSync(BUILD_STAMP)) return;
        const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
          cwd: ROOT,
          env,
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        });
        if (build.status !== 0) {
          throw new Error(
            `next build failed (exit ${build.status}):\n${(build.stdout + build.stderr).slice(-6000)}`,
          );
        }
        writeFileSync(BUILD_STAMP, new Date().toISOString());
        return;
      } finally {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline)
      throw new Error(`waited too long for another file's next build (${BUILD_LOCK})`);
    await sleep(500);
  }
}

/**
 * Starts this file's app (production build, fresh SQLite database with the demo corpus) and Chromium before
 * its tests, and stops them after. `extraEnv` adds settings for this file's server.
 */
export function serveAppForThisFile(extraEnv: Record<string, string> = {}): App {
  let tmpDir = "";
  let server: ChildProcess | null = null;
  let serverLog = "";
  let browser: Browser | null = null;
  let baseUrl = "";
  let web: FixtureServer | null = null;

  async function waitForOk(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = "no response";
    while (Date.now() < deadline) {
      if (server && server.exitCode !== null) {
        throw new Error(
          `next start exited with code ${server.exitCode} before answering.\n${serverLog.slice(-4000)}`,
        );
      }
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        if (response.status === 200) return;
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(500);
    }
    throw new Error(
      `${url} did not answer 200 within ${timeoutMs / 1000}s (last: ${last}).\n${serverLog.slice(-4000)}`,
    );
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set E2E_CHROMIUM.`,
      );
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    tmpDir = mkdtempSync(path.join(os.tmpdir(), "parallax-e2e-"));
    web = await startFixtureServer({});
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `file:${path.join(tmpDir, "e2e.db")}`,
      PARALLAX_DEMO: "auto",
      PARALLAX_FETCH_ALLOW_PRIVATE: "1",
      PARALLAX_WORKER: "off",
      // As deployed: documents are analysed off the server's thread (the unit tests analyse inline).
      PARALLAX_ANALYSIS_THREADS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...extraEnv,
    };
    await ensureBuild(env);

    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    await waitForOk(`${baseUrl}/`, START_TIMEOUT_MS);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await web?.close();
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server?.kill("SIGKILL");
          resolve();
        }, 5_000);
        server?.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  });

  return {
    get baseUrl() {
      return baseUrl;
    },
    get databaseUrl() {
      if (!tmpDir) throw new Error("the app is started in beforeAll");
      return `file:${path.join(tmpDir, "e2e.db")}`;
    },
    get web() {
      if (!web) throw new Error("fixture web server not started");
      return web;
    },
    async newPage(viewport = DESKTOP, options = {}) {
      if (!browser) throw new Error("browser not started");
      const context = await browser.newContext({ ...options, viewport, baseURL: baseUrl });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error")
          problems.push(`console error on ${page.url()}: ${message.text().slice(0, 500)}`);
      });
      return { context, page, problems };
    },
    async shoot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
  };
}
