/**
 * Browser test of demo labelling (issue 14 item 1), as a new user would meet it: the seed pair (real news) and the
 * fictional demo corpus in one database. The demo notice shows on demo stories, comparisons and articles only,
 * never on the seed story; an editor's button then takes the demo corpus out and leaves the seed story alone.
 */
import { describe, expect, it } from "vitest";
import { demoStories } from "@/lib/demo";
import { spawnCli } from "@/lib/testing/cli-process";
import { JOE_SEED, OUTLET_B_SEED, assertSeedsPresent } from "@/lib/testing/seeds";
import { PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });
const WIDE = { width: 1366, height: 900 };
const DEMO_STORIES = demoStories.length;

describe("demo data is labelled where it is shown, and an editor can remove it", () => {
  it(
    "labels demo stories only, then removes the demo corpus and nothing else",
    { timeout: 300_000 },
    async () => {
      assertSeedsPresent();
      for (const [file, outlet] of [
        [JOE_SEED, "JOE"],
        [OUTLET_B_SEED, "Outlet B"],
      ] as const) {
        const cli = spawnCli(["ingest", file, "--outlet", outlet], { DATABASE_URL: app.databaseUrl });
        expect(await cli.exited, cli.output()).toBe(0);
      }

      let seedHref = "";
      let demoHref = "";
      const { context, page, problems } = await app.newPage(WIDE);
      try {
        await page.goto("/");
        await page.getByTestId("demo-list-note").waitFor();
        const seedItem = page.getByTestId("story-item").filter({ hasText: "Putin" });
        expect(await seedItem.count()).toBe(1);
        expect(await seedItem.getByTestId("demo-badge").count()).toBe(0);
        expect(await page.getByTestId("demo-badge").count()).toBe(DEMO_STORIES);
        expect(await page.getByTestId("demo-corpus-panel").count(), "no removal button for readers").toBe(0);
        await app.shoot(page, "demo-list-desktop");

        // The seed story: real news, no notice anywhere on it, its comparison or its articles.
        seedHref = (await seedItem.locator("h2 a").getAttribute("href")) ?? "";
        await page.goto(seedHref);
        await page.getByTestId("quote-panel").waitFor();
        expect(await page.getByTestId("demo-notice").count()).toBe(0);
        expect(await page.locator("body").textContent()).not.toMatch(/fictional/i);
        await app.shoot(page, "demo-seed-story-desktop");
        await page.getByTestId("compare-link").click();
        await page.waitForURL(/\/compare/);
        await page.getByTestId("variant-panel").waitFor();
        expect(await page.locator("body").textContent()).not.toMatch(/fictional/i);

        // A demo story, its comparison and one of its articles say what they are.
        await page.goto("/");
        demoHref =
          (await page
            .getByTestId("story-item")
            .filter({ has: page.getByTestId("demo-badge") })
            .first()
            .locator("h2 a")
            .getAttribute("href")) ?? "";
        await page.goto(demoHref);
        const notice = page.getByTestId("demo-notice");
        await notice.waitFor();
        expect(await notice.textContent()).toMatch(
          /Demo story.*Every outlet, person and article in this story is fictional/,
        );
        await app.shoot(page, "demo-story-desktop");
        await page.setViewportSize(PHONE);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBeLessThanOrEqual(1);
        await app.shoot(page, "demo-story-phone");
        await page.setViewportSize(WIDE);
        await page.getByTestId("compare-link").click();
        await page.waitForURL(/\/compare/);
        expect(await page.getByTestId("demo-notice").textContent()).toMatch(/Demo comparison/);
        await page.goto(demoHref);
        await page.locator("a[href^='/articles/']").first().click();
        await page.waitForURL(/\/articles\//);
        expect(await page.getByTestId("demo-notice").textContent()).toMatch(/Demo article/);
        await app.shoot(page, "demo-article-desktop");
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }

      // An editor removes the demo corpus with the button on the story list.
      const editor = await app.newPage(WIDE);
      try {
        await signInAsEditor(editor.page, "/");
        const panel = editor.page.getByTestId("demo-corpus-panel");
        await panel.waitFor();
        expect(await panel.textContent()).toContain(`${DEMO_STORIES} demo stories`);
        await app.shoot(editor.page, "demo-remove-panel-desktop");
        await editor.page.getByTestId("remove-demo").click();
        await editor.page.waitForURL(/\?demo=removed/);
        const removed = editor.page.getByTestId("demo-removed");
        await removed.waitFor();
        expect(await removed.textContent()).toMatch(
          new RegExp(`demo articles, ${DEMO_STORIES} stories and \\d+ outlets are gone`),
        );
        await app.shoot(editor.page, "demo-removed-desktop");
        expect(await editor.page.getByTestId("demo-badge").count()).toBe(0);
        expect(await editor.page.getByTestId("demo-list-note").count()).toBe(0);
        const items = editor.page.getByTestId("story-item");
        expect(await items.count()).toBe(1);
        expect(await items.first().locator("h2 a").getAttribute("href")).toBe(seedHref);
        expect((await fetch(`${app.baseUrl}${demoHref}`)).status).toBe(404);

        await editor.page.goto("/admin/audit");
        const row = editor.page.locator("[data-testid=audit-row][data-action='demo.remove']");
        expect(await row.count()).toBe(1);
        expect(await row.textContent()).toMatch(
          /Removed the demo corpus.*E2E Editor|E2E Editor.*Removed the demo corpus/,
        );
        expect(editor.problems).toEqual([]);
      } finally {
        await editor.context.close();
      }
    },
  );
});
