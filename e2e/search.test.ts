/** Browser tests of the story list's search, filters and pages, and of a story's downloads, on the demo corpus. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PHONE, serveAppForThisFile } from "./harness";

const WIDE = { width: 1366, height: 900 };

const app = serveAppForThisFile();

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(saved, "utf8") };
}

describe("search → story → exports", () => {
  it(
    "finds a demo story by a word in its articles, opens it and downloads JSON and CSV",
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await app.newPage();
      try {
        await page.goto("/");
        const search = page.getByRole("searchbox", { name: "Search articles and quotations" });
        await search.fill("Lisvard");
        await search.press("Enter");
        await page.waitForURL(/[?&]q=Lisvard/);
        const summary = page.getByTestId("search-summary");
        await summary.waitFor();
        expect(await summary.textContent()).toMatch(/\d+ stor(y|ies) matching “Lisvard”/);
        const items = page.getByTestId("story-item");
        expect(await items.count()).toBeGreaterThan(0);
        expect(await items.first().textContent()).toMatch(/Lisvard/);
        await app.shoot(page, "search-results");

        await items.first().locator("h2 a").click();
        await page.waitForURL(/\/stories\/[^/?]+$/);
        const storyId = new URL(page.url()).pathname.split("/").pop() ?? "";
        await page.getByTestId("story-export").scrollIntoViewIfNeeded();
        await app.shoot(page, "story-exports");

        const json = await download(page, "export-json");
        expect(json.name).toBe(`parallax-story-${storyId}.json`);
        const exported = JSON.parse(json.text) as {
          story: { id: string };
          articles: { id: string; text: string }[];
          quoteGroups: { variants: { articleId: string; text: string; start: number; end: number }[] }[];
        };
        expect(exported.story.id).toBe(storyId);
        expect(exported.articles.length).toBeGreaterThan(1);

        const csv = await download(page, "export-csv");
        expect(csv.name).toBe(`parallax-story-${storyId}.csv`);
        const lines = csv.text.split("\r\n").filter(Boolean);
        expect(lines[0]).toMatch(/^story_id,story_title,group_id,group_number,speaker,/);
        const variantCount = exported.quoteGroups.reduce((n, g) => n + g.variants.length, 0);
        expect(csv.text.match(new RegExp(`^${storyId},`, "gm"))?.length).toBe(variantCount);
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    "filters, sorts and pages with the state in the address; hostile and empty searches",
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await app.newPage();
      try {
        await page.goto("/?limit=5");
        const items = page.getByTestId("story-item");
        expect(await items.count()).toBe(5);
        const firstPage = await items.locator("h2").allTextContents();
        await page.getByTestId("page-next").click();
        await page.waitForURL(/after=/);
        await page.waitForFunction(
          (first) => (document.querySelector("[data-testid=story-item] h2")?.textContent ?? first) !== first,
          firstPage[0],
        );
        const secondPage = await items.locator("h2").allTextContents();
        expect(secondPage).toHaveLength(5);
        expect(secondPage.some((t) => firstPage.includes(t))).toBe(false);
        await page.getByTestId("page-prev").click();
        await page.waitForURL(/before=/);
        await page.waitForFunction(
          (first) => document.querySelector("[data-testid=story-item] h2")?.textContent === first,
          firstPage[0],
        );
        expect(await items.locator("h2").allTextContents()).toEqual(firstPage);

        // Filters apply as they change: no Search button.
        await page.goto("/");
        await page.getByLabel("Has quote variants").check();
        await page.waitForURL(/variants=1/);
        await page.getByTestId("search-summary").waitFor();
        await page.getByLabel("Order").selectOption("covered");
        await page.waitForURL(/sort=covered/);
        await page.getByTestId("search-summary").waitFor();
        const badges = await items.evaluateAll((cards) =>
          cards.map((c) => /quote variant/.test(c.textContent ?? "")),
        );
        expect(badges.length).toBeGreaterThan(0);
        expect(badges.every(Boolean)).toBe(true);
        const counts = (await items.locator("p").allTextContents()).map((t) =>
          Number(/(\d+) articles?/.exec(t)?.[1]),
        );
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        // The form shows the state it was loaded with.
        expect(await page.getByLabel("Has quote variants").isChecked()).toBe(true);
        expect(await page.getByLabel("Order").inputValue()).toBe("covered");

        await page.goto(`/?q=${encodeURIComponent('"NEAR( * OR AND NOT')}`);
        await page.getByTestId("search-summary").waitFor();
        await page.goto("/?q=qqqzzzxxy");
        await page.getByText("No stories match").waitFor();
        await app.shoot(page, "search-empty");

        await page.setViewportSize(PHONE);
        await page.goto("/?q=strike&sort=covered");
        await page.getByTestId("search-summary").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
        await app.shoot(page, "search-phone");
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    "stems words and shows why each story matched, with the matched words marked",
    { timeout: 180_000 },
    async () => {
      for (const [viewport, name] of [
        [WIDE, "search-snippets"],
        [PHONE, "search-snippets-phone"],
      ] as const) {
        const { context, page, problems } = await app.newPage(viewport);
        try {
          // No demo article says "evacuating"; two say "evacuation" or "evacuated".
          await page.goto("/?q=evacuating");
          await page.getByTestId("search-summary").waitFor();
          const items = page.getByTestId("story-item");
          expect(await items.count()).toBeGreaterThanOrEqual(2);
          for (const item of await items.all()) {
            const match = item.getByTestId("story-match");
            const marked = (await match.locator("mark").allTextContents()).map((t) => t.toLowerCase());
            expect(marked.length).toBeGreaterThan(0);
            for (const word of marked) expect(word).toMatch(/^evacuat/);
          }
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, "no horizontal scrolling").toBeLessThanOrEqual(1);
          await app.shoot(page, name);
          expect(problems, "no script or hydration errors in the browser").toEqual([]);
        } finally {
          await context.close();
        }
      }
    },
  );

  it(
    "says so when a date is not a day or the range is reversed; the two-or-more-outlets filter",
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await app.newPage(WIDE);
      try {
        await page.goto("/?from=2026-02-31");
        const alert = page.getByTestId("search-date-problem");
        expect(await alert.textContent()).toMatch(/From date “2026-02-31” is not a day of the calendar/);
        expect(await page.getByLabel("From").getAttribute("aria-invalid")).toBe("true");

        await page.goto("/?from=2026-03-01&to=2026-02-01");
        expect(await alert.textContent()).toMatch(/after the To date \(2026-02-01\).*Swap them/);
        // The list is not empty: the reversed dates were left out, and the fields keep them for swapping.
        expect(await page.getByTestId("story-item").count()).toBeGreaterThan(0);
        expect(await page.getByLabel("From").inputValue()).toBe("2026-03-01");
        await app.shoot(page, "search-date-problem");

        await page.goto("/");
        const all = await page.getByTestId("story-item").count();
        await page.getByLabel("Covered by two or more outlets").check();
        await page.waitForURL(/multi=1/);
        await page.getByTestId("search-summary").waitFor();
        const outletCounts = (await page.getByTestId("story-item").locator("p").allTextContents())
          .map((t) => /(\d+) outlets?/.exec(t)?.[1])
          .filter(Boolean)
          .map(Number);
        expect(outletCounts.length).toBeGreaterThan(0);
        expect(outletCounts.length).toBeLessThanOrEqual(all);
        expect(Math.min(...outletCounts)).toBeGreaterThanOrEqual(2);
        expect(problems, "no script or hydration errors in the browser").toEqual([]);

        await page.setViewportSize(PHONE);
        await page.goto("/?from=2026-03-01&to=2026-02-01&q=evacuation");
        await alert.waitFor();
        await app.shoot(page, "search-date-problem-phone");
      } finally {
        await context.close();
      }

      // Without JavaScript the form still works: the button submits the filters.
      const plain = await app.newPage(WIDE, { javaScriptEnabled: false });
      try {
        await plain.page.goto("/");
        await plain.page.getByLabel("Covered by two or more outlets").check();
        await plain.page.getByRole("button", { name: "Search" }).click();
        await plain.page.waitForURL(/multi=1/);
        await plain.page.getByTestId("search-summary").waitFor();
      } finally {
        await plain.context.close();
      }
    },
  );

  it("serves the API and its OpenAPI document to other origins", async () => {
    const response = await fetch(`${app.baseUrl}/api/stories?q=Lisvard&limit=1`, {
      headers: { Origin: "https://elsewhere.example" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { stories: { title: string }[]; total: number };
    expect(body.stories[0]?.title).toMatch(/Lisvard/);
    const doc = (await (await fetch(`${app.baseUrl}/api/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
  });
});
