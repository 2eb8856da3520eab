/**
 * Browser tests of the real app: a production build served by `next start` on a fresh SQLite database that the
 * app fills with the fictional demo corpus on first start (PARALLAX_DEMO=auto), driven by headless Chromium.
 *
 * Needs Chromium at /usr/bin/chromium (Debian: `apt-get install -y chromium`) or at $E2E_CHROMIUM.
 * E2E_SKIP_BUILD=1 reuses an existing `.next` production build instead of running `next build` first.
 * Full-page screenshots land in screenshots/ (gitignored).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
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
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let tmpDir = "";
let server: ChildProcess | null = null;
let serverLog = "";
let browser: Browser | null = null;
let baseUrl = "";
/** The "web" the app fetches from in these tests: a local server, reachable because the app allows private addresses. */
let web: FixtureServer | null = null;

function freePort(): Promise<number> {
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
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs / 1000}s (last: ${last}).\n${serverLog.slice(-4000)}`,
  );
}

/** A page in a fresh context; `problems` collects uncaught page errors and console errors (hydration etc.). */
async function newPage(
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  if (!browser) throw new Error("browser not started");
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error")
      problems.push(`console error on ${page.url()}: ${message.text().slice(0, 500)}`);
  });
  return { context, page, problems };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
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
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };

  if (process.env.E2E_SKIP_BUILD !== "1") {
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
  } else if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("E2E_SKIP_BUILD=1 but there is no production build in .next: run `next build` first.");
  }

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

describe("story list → story → compare → article", () => {
  it("shows quote variants as accessible word diffs", { timeout: 180_000 }, async () => {
    const { context, page, problems } = await newPage();
    try {
      await page.goto("/");
      await page.getByRole("heading", { level: 1, name: "Stories" }).waitFor();
      await page.getByTestId("demo-notice").waitFor();
      await shoot(page, "list-desktop");

      const withVariants = page.getByTestId("story-item").filter({ hasText: /quote variant/ });
      const hrefs = await withVariants
        .locator("h2 a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.length, "the demo corpus should have stories with quote variants").toBeGreaterThan(0);

      // Click into the stories with variants, in list order, until one's compare view shows both deletions and
      // insertions (a story whose variants are all truncations shows only one kind).
      let found = false;
      for (const [index, href] of hrefs.entries()) {
        if (index === 0) {
          await withVariants.first().locator("h2 a").click();
          await page.waitForURL(/\/stories\/[^/]+$/);
        } else {
          await page.goto(href);
        }
        await page.getByTestId("quote-panel").waitFor();
        if (!found) await shoot(page, "story-desktop");
        await page.getByTestId("compare-link").click();
        await page.waitForURL(/\/compare/);
        const panel = page.getByTestId("variant-panel");
        await panel.waitFor();
        const dels = await panel.locator("[data-testid=quote-group] del.diff-del").count();
        const inss = await panel.locator("[data-testid=quote-group] ins.diff-ins").count();
        if (dels > 0 && inss > 0) {
          found = true;
          break;
        }
      }
      expect(found, "some story's compare view should show both a deletion and an insertion").toBe(true);

      const del = page.locator("[data-testid=variant-panel] [data-testid=quote-group] del.diff-del").first();
      const ins = page.locator("[data-testid=variant-panel] [data-testid=quote-group] ins.diff-ins").first();
      await expect(del.isVisible()).resolves.toBe(true);
      await expect(ins.isVisible()).resolves.toBe(true);

      // Not colour alone: struck through / underlined, a visible −/+ marker, and hidden text for screen readers.
      const delCue = await del.evaluate((el) => ({
        decoration: getComputedStyle(el).textDecorationLine,
        marker: el.querySelector(".diff-marker")?.textContent ?? "",
        text: el.textContent ?? "",
      }));
      const insCue = await ins.evaluate((el) => ({
        decoration: getComputedStyle(el).textDecorationLine,
        marker: el.querySelector(".diff-marker")?.textContent ?? "",
        text: el.textContent ?? "",
      }));
      expect(delCue.decoration).toContain("line-through");
      expect(delCue.marker.trim()).toBe("−");
      expect(delCue.text).toContain("removed:");
      expect(insCue.decoration).toContain("underline");
      expect(insCue.marker.trim()).toBe("+");
      expect(insCue.text).toContain("added:");

      // Columns with highlighted quotations; each labelled group says which kind of variant it is.
      expect(await page.getByTestId("compare-column").count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator("[data-testid=compare-column] .quote-mark").count()).toBeGreaterThan(0);
      await expect(
        page
          .getByTestId("variant-panel")
          .getByText(/^(Identical|Truncated|Reworded)$/)
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      const desktopOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(
        desktopOverflow,
        "the page itself never scrolls sideways (only the columns region may)",
      ).toBeLessThanOrEqual(1);
      await shoot(page, "compare-desktop");

      await page.setViewportSize(PHONE);
      await del.scrollIntoViewIfNeeded();
      await expect(del.isVisible()).resolves.toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
      await shoot(page, "compare-phone");
      await page.setViewportSize(DESKTOP);

      // The picker narrows the comparison to two articles, with a short shareable address.
      await page.getByText(/Change articles/).click();
      const boxes = page.locator("[data-testid=article-picker] input[type=checkbox]");
      const boxCount = await boxes.count();
      for (let i = 0; i < boxCount; i++) {
        if (i < 2) await boxes.nth(i).check();
        else await boxes.nth(i).uncheck();
      }
      await page.locator("[data-testid=article-picker] button[type=submit]").click();
      await page.waitForURL(/\?articles=[\w-]+,[\w-]+$/);
      await page.waitForFunction(
        () => document.querySelectorAll("[data-testid=compare-column]").length === 2,
      );

      // On to one of the compared articles.
      await page.locator("[data-testid=compare-column] h3 a").first().click();
      await page.waitForURL(/\/articles\//);
      await page.getByTestId("quotation-list").waitFor();
      expect(await page.locator("main .quote-mark").count()).toBeGreaterThan(0);
      await shoot(page, "article-desktop");
      await page.setViewportSize(PHONE);
      await shoot(page, "article-phone");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("answers 404 with a helpful page for an unknown story", async () => {
    const response = await fetch(`${baseUrl}/stories/does-not-exist`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Story not found");
  });
});

describe("ingest", () => {
  it(
    "explains an empty submission, keeps the inputs, then adds pasted text",
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await newPage();
      try {
        await page.goto("/ingest");
        await page.getByLabel("Outlet").fill("The E2E Gazette");
        await page.getByTestId("ingest-submit").click();
        const error = page.getByTestId("ingest-error");
        await error.waitFor();
        expect(await error.textContent()).toMatch(/upload a \.txt or \.html file, or paste its text/i);
        expect(await page.getByLabel("Outlet").inputValue()).toBe("The E2E Gazette");
        await shoot(page, "ingest-error");

        const unique = `Brellinmoor ${Date.now().toString(36)}`;
        const body = [
          `${unique} ferry service suspended after harbour wall collapse`,
          `Ferry crossings between ${unique} and the mainland were suspended on Monday after a section of the old harbour wall collapsed overnight, the port authority said.`,
          `"Nobody was hurt, and that is what matters most this morning," harbour master Odile Fensworth told reporters at the quay. "We will not reopen the crossing until engineers have checked every metre of the wall."`,
          `Engineers were expected to complete an initial survey by Wednesday. Local businesses said the closure would hit the island's summer trade hard.`,
        ].join("\n\n");
        await page.getByLabel("Paste the text").fill(body);
        await page.getByLabel("Headline").fill(`${unique} ferry service suspended`);
        await page.getByTestId("ingest-submit").click();
        await page.waitForURL(/\/stories\/[^/?]+\?added=/, { timeout: 60_000 });
        await page.getByText("Article added").waitFor();
        expect(await page.locator("main").textContent()).toContain(`${unique} ferry service suspended`);
        await shoot(page, "ingest-story");
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe("web ingest and feeds", () => {
  it("fetches a URL, then shows a re-fetched edit as a version diff", { timeout: 180_000 }, async () => {
    if (!web) throw new Error("fixture web server not started");
    const title = "Quaymouth council delays harbour bridge vote";
    const serve = (edit: number) =>
      web?.route("/news/quaymouth-bridge", {
        body: articlePage({
          title,
          paragraphs: storyParagraphs("Quaymouth harbour bridge", edit),
          site: "The Quaymouth Courier",
          modified: "2026-03-02T09:30:00Z",
        }),
      });
    serve(0);
    const { context, page, problems } = await newPage();
    try {
      await page.goto("/ingest");
      await page.getByLabel("Web address").fill(web.url("/news/quaymouth-bridge"));
      await page.getByTestId("ingest-submit").click();
      await page.waitForURL(/\/stories\/[^/?]+\?added=/, { timeout: 60_000 });
      expect(await page.locator("main").textContent()).toContain(title);

      serve(1);
      await page.goto("/ingest");
      await page.getByLabel("Web address").fill(web.url("/news/quaymouth-bridge?utm_source=e2e"));
      await page.getByTestId("ingest-submit").click();
      await page.waitForURL(/\/articles\/[^/?]+\?changed=2/, { timeout: 60_000 });
      await page.getByText("This article changed after Parallax first saw it").waitFor();
      await shoot(page, "article-changed");
      await page.getByRole("link", { name: "See what changed" }).click();
      await page.waitForURL(/\/changes/);
      const diff = page.getByTestId("version-diff");
      expect(await diff.locator("del").first().textContent()).toMatch(/twice/);
      expect(await diff.locator("ins").first().textContent()).toMatch(/three times/);
      await page.getByText("Changed without notice").waitFor();
      await shoot(page, "article-changes");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("subscribes to a feed and shows its health", { timeout: 120_000 }, async () => {
    if (!web) throw new Error("fixture web server not started");
    const { context, page, problems } = await newPage(PHONE);
    try {
      await page.goto("/feeds");
      await page.getByLabel("Feed address").fill("not a url");
      await page.getByRole("button", { name: "Subscribe" }).click();
      await page.getByText("Enter the full address of the feed").waitFor();
      await page.getByLabel("Feed address").fill(web.url("/feeds/quaymouth.xml"));
      await page.getByLabel("Outlet").fill("The Quaymouth Courier");
      await page.getByRole("button", { name: "Subscribe" }).click();
      await page.getByText("Subscribed", { exact: true }).waitFor();
      const card = page.getByTestId("feed-card").filter({ hasText: "quaymouth.xml" });
      await card.waitFor();
      expect(await card.textContent()).toMatch(/Not polled yet/);
      await shoot(page, "feeds");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });
});
