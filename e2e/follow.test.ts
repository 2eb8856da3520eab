/** Browser tests of following: feed links on the list and a story, the feeds parsed, a day's archive. */
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { PHONE, serveAppForThisFile } from "./harness";

const app = serveAppForThisFile();
const WIDE = { width: 1366, height: 900 };

describe("follow a story and a day's news", () => {
  it(
    "offers feeds on the list and a story, serves them parseable with stable ids and 304s, and an archive day",
    { timeout: 240_000 },
    async () => {
      const { context, page, problems } = await app.newPage();
      try {
        await page.setViewportSize(WIDE);
        await page.goto("/?q=Lisvard");
        await page.getByTestId("search-summary").waitFor();
        const listAtom = await page
          .locator('link[rel=alternate][type="application/atom+xml"]')
          .getAttribute("href");
        expect(listAtom).toMatch(/\/feed\.atom\?q=Lisvard$/);
        const follow = page.getByTestId("follow-links");
        await follow.scrollIntoViewIfNeeded();
        expect(await follow.textContent()).toMatch(/Follow:\s*Atom · JSON Feed/);
        await app.shoot(page, "follow-list");

        const listFeed = await fetch(new URL(listAtom!, app.baseUrl));
        expect(listFeed.headers.get("content-type")).toMatch(/application\/atom\+xml/);
        const parsedList = parseAtomFeed(await listFeed.text());
        expect(parsedList.entries?.length).toBeGreaterThan(0);

        await page.getByTestId("story-item").first().locator("h2 a").click();
        await page.waitForURL(/\/stories\/[^/?]+$/);
        const storyPath = new URL(page.url()).pathname;
        const storyAtom = await page
          .locator('link[rel=alternate][type="application/atom+xml"]')
          .getAttribute("href");
        // Absolute once the page's metadata carries the site's base address; either form must name this story's feed.
        expect(new URL(storyAtom!, app.baseUrl).pathname).toBe(`${storyPath}/feed.atom`);
        await page.getByTestId("follow-links").waitFor();
        await app.shoot(page, "follow-story");

        const first = await fetch(`${app.baseUrl}${storyPath}/feed.atom`);
        expect(first.status).toBe(200);
        const etag = first.headers.get("etag");
        expect(etag).toBeTruthy();
        expect(first.headers.get("last-modified")).toBeTruthy();
        const atom = parseAtomFeed(await first.text());
        const ids = atom.entries?.map((e) => e.id) ?? [];
        expect(ids.length).toBeGreaterThan(1);
        const again = parseAtomFeed(await (await fetch(`${app.baseUrl}${storyPath}/feed.atom`)).text());
        expect(again.entries?.map((e) => e.id)).toEqual(ids);
        const notModified = await fetch(`${app.baseUrl}${storyPath}/feed.atom`, {
          headers: { "If-None-Match": etag! },
        });
        expect(notModified.status).toBe(304);
        const json = parseJsonFeed(await (await fetch(`${app.baseUrl}${storyPath}/feed.json`)).text());
        expect(json.items?.map((i) => i.id)).toEqual(ids);

        const bad = await fetch(`${app.baseUrl}/feed.atom?from=2026-02-31`);
        expect(bad.status).toBe(400);
        expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/from/);

        // The day of the story's first article, as the feed dates it.
        const day = (json.items ?? [])
          .map((i) => i.date_published)
          .filter((d): d is string => typeof d === "string")
          .sort()[0]!
          .slice(0, 10);
        await page.goto(`/archive/${day}`);
        const stories = page.getByTestId("story-item");
        expect(await stories.count()).toBeGreaterThan(0);
        expect(
          await stories.locator("h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
        ).toContain(storyPath);
        const counts = (await page.getByTestId("story-item-note").allTextContents()).map((t) =>
          Number(/(\d+) articles?/.exec(t)?.[1]),
        );
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        await app.shoot(page, "archive-day");
        await page.locator("a[rel=prev]").first().click();
        await page.waitForURL((url) => url.pathname !== `/archive/${day}`);
        expect(new URL(page.url()).pathname).toMatch(/^\/archive\/\d{4}-\d{2}-\d{2}$/);

        await page.setViewportSize(PHONE);
        await page.goto(`/archive/${day}`);
        await stories.first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
        await app.shoot(page, "archive-day-phone");
        await page.goto(storyPath);
        await page.getByTestId("follow-links").scrollIntoViewIfNeeded();
        await app.shoot(page, "follow-story-phone");

        expect(problems, "no script or hydration errors in the browser").toEqual([]);
        // Last: the browser logs the 404 it is expected to get.
        const notADay = await page.goto("/archive/2026-02-31");
        expect(notADay?.status()).toBe(404);
        await page.getByText("Not a day").waitFor();
      } finally {
        await context.close();
      }
    },
  );
});
