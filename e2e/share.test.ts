/**
 * Browser tests of sharing on the demo corpus: "Copy link" on a story and on a quote group makes a short link
 * that opens in a fresh browser (no cookies, nothing signed in) on the pinned content, with Open Graph tags
 * whose image is a PNG; the story page's coverage timeline and quote matrix; screenshots of both.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, serveAppForThisFile } from "./harness";

const app = serveAppForThisFile();

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function openStoryWithVariants(page: Page): Promise<string> {
  await page.goto("/");
  const withVariants = page.getByTestId("story-item").filter({ hasText: /quote variant/ });
  const href = await withVariants.first().locator("h2 a").getAttribute("href");
  expect(href, "the demo corpus should have a story with quote variants").toBeTruthy();
  await page.goto(href ?? "/");
  await page.getByTestId("quote-panel").waitFor();
  return href ?? "";
}

async function metaTags(page: Page): Promise<Record<string, string | null>> {
  const read = (selector: string) =>
    page
      .locator(selector)
      .first()
      .getAttribute("content")
      .catch(() => null);
  return {
    ogTitle: await read('meta[property="og:title"]'),
    ogDescription: await read('meta[property="og:description"]'),
    ogImage: await read('meta[property="og:image"]'),
    twitterCard: await read('meta[name="twitter:card"]'),
  };
}

async function expectPng(context: BrowserContext, url: string): Promise<void> {
  const response = await context.request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_MAGIC);
  expect(body.readUInt32BE(16)).toBe(1200);
  expect(body.readUInt32BE(20)).toBe(630);
  expect(body.length).toBeGreaterThan(10_000);
  expect(body.length).toBeLessThan(1_000_000);
}

describe("sharing", () => {
  it(
    "copies a story link and a quotation link that open in a fresh browser with previews",
    { timeout: 240_000 },
    async () => {
      const { context, page, problems } = await app.newPage();
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.baseUrl });
      try {
        const storyHref = await openStoryWithVariants(page);
        const storyTitle = (await page.locator("h1").textContent())?.trim() ?? "";

        // The story page: timeline with independent reports and copies, and the speakers × outlets matrix.
        await page.getByTestId("coverage-timeline").waitFor();
        expect(await page.getByTestId("timeline-summary").textContent()).toMatch(/independent report/);
        expect(await page.locator("[data-testid=coverage-timeline] svg[role=img] title").textContent()).toBe(
          "Coverage timeline",
        );
        const matrix = page.getByTestId("quote-matrix");
        await matrix.waitFor();
        expect(await matrix.locator("tbody tr").count()).toBeGreaterThan(0);
        expect(await matrix.locator("thead th").count()).toBeGreaterThan(2);
        expect(await matrix.getByText(/\d+ (same|reworded|cut|only here)/).count()).toBeGreaterThan(0);
        const storyTags = await metaTags(page);
        expect(storyTags).toMatchObject({ ogTitle: storyTitle, twitterCard: "summary_large_image" });
        expect(storyTags.ogDescription).toMatch(/articles? from \d+ outlets?/);
        expect(storyTags.ogImage).toMatch(/\/stories\/[^/]+\/opengraph-image/);
        await expectPng(context, storyTags.ogImage ?? "");
        await app.shoot(page, "share-story-desktop");

        // Copy link on the story: copied to the clipboard and shown in a field.
        const storyShare = page.getByTestId("share").first();
        await storyShare.getByTestId("copy-link").click();
        await storyShare.getByText("Copied to the clipboard").waitFor();
        const storyLink = await storyShare.getByTestId("share-url").inputValue();
        expect(storyLink).toMatch(new RegExp(`^${app.baseUrl}/s/[A-Za-z0-9_-]{12}$`));
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(storyLink);
        // The same selection gives the same link.
        await storyShare.getByTestId("copy-link").click();
        await storyShare.getByText("Copied to the clipboard").waitFor();
        expect(await storyShare.getByTestId("share-url").inputValue()).toBe(storyLink);

        // Copy link on the first quote group with differing wordings.
        const group = page
          .locator("[data-testid=quote-panel] > div")
          .filter({ has: page.locator("del.diff-del, ins.diff-ins") })
          .first();
        const speaker = (await group.locator("h3").textContent())?.replace(/^#\d+/, "").trim() ?? "";
        const variantTexts = await group.locator("blockquote").allTextContents();
        await group.getByTestId("copy-link").click();
        await group.getByText("Copied to the clipboard").waitFor();
        const quoteLink = await group.getByTestId("share-url").inputValue();
        expect(quoteLink).not.toBe(storyLink);
        expect(problems, "no script or hydration errors in the browser").toEqual([]);

        // A fresh context: no cookies, nobody signed in.
        const fresh = await app.newPage();
        try {
          const response = await fresh.page.goto(storyLink);
          expect(response?.status()).toBe(200);
          await fresh.page.getByTestId("share-page").waitFor();
          expect(await fresh.page.getByTestId("share-page").getAttribute("data-kind")).toBe("story");
          expect((await fresh.page.locator("h1").textContent())?.trim()).toBe(storyTitle);
          expect(await fresh.page.getByTestId("pinned-article").count()).toBeGreaterThan(1);
          await fresh.page.getByTestId("share-unchanged").waitFor();
          expect(
            await fresh.page.getByRole("link", { name: "See the story as it is now" }).getAttribute("href"),
          ).toBe(storyHref);
          const tags = await metaTags(fresh.page);
          expect(tags).toMatchObject({ ogTitle: storyTitle, twitterCard: "summary_large_image" });
          expect(tags.ogDescription).toBeTruthy();
          expect(tags.ogImage).toMatch(/\/s\/[A-Za-z0-9_-]{12}\/opengraph-image/);
          await expectPng(fresh.context, tags.ogImage ?? "");
          await app.shoot(fresh.page, "share-story-link-desktop");

          await fresh.page.goto(quoteLink);
          expect(await fresh.page.getByTestId("share-page").getAttribute("data-kind")).toBe("quote");
          const card = fresh.page.getByTestId("quote-group");
          expect(await card.count()).toBe(1);
          expect((await card.locator("h3").textContent())?.trim()).toBe(speaker);
          expect(await card.locator("blockquote").allTextContents()).toEqual(variantTexts);
          expect(await card.locator("del.diff-del, ins.diff-ins").count()).toBeGreaterThan(0);
          const quoteTags = await metaTags(fresh.page);
          expect(quoteTags.ogDescription).toContain("word it");
          await expectPng(fresh.context, quoteTags.ogImage ?? "");
          await app.shoot(fresh.page, "share-quote-desktop");
          await fresh.page.setViewportSize(PHONE);
          const overflow = await fresh.page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
          await app.shoot(fresh.page, "share-quote-phone");
          expect(fresh.problems).toEqual([]);
        } finally {
          await fresh.context.close();
        }

        await page.setViewportSize(PHONE);
        await page.goto(storyHref);
        await page.getByTestId("quote-matrix").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "the story page never scrolls sideways on a phone").toBeLessThanOrEqual(1);
        await app.shoot(page, "share-story-phone");
        await page.setViewportSize(DESKTOP);
      } finally {
        await context.close();
      }
    },
  );

  it(
    "shows the link in a selected field when the clipboard is unavailable",
    { timeout: 120_000 },
    async () => {
      const { context, page, problems } = await app.newPage();
      try {
        await page.addInitScript(() => {
          Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
        });
        await openStoryWithVariants(page);
        await page.getByTestId("compare-link").click();
        await page.waitForURL(/\/compare/);
        const share = page.getByTestId("share").first();
        await share.getByTestId("copy-link").click();
        await share.getByText("Your browser did not allow copying").waitFor();
        const field = share.getByTestId("share-url");
        const link = await field.inputValue();
        expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{12}$/);
        await page.waitForFunction(() => {
          const el = document.activeElement;
          return (
            el instanceof HTMLInputElement && el.selectionEnd === el.value.length && el.selectionStart === 0
          );
        });

        await page.goto(link);
        expect(await page.getByTestId("share-page").getAttribute("data-kind")).toBe("compare");
        expect(await page.getByTestId("compare-column").count()).toBeGreaterThanOrEqual(2);
        await app.shoot(page, "share-compare-desktop");
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it("answers 404 for an unknown link", async () => {
    const response = await fetch(`${app.baseUrl}/s/AAAAAAAAAAAA`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("This link does not exist");
  });
});
