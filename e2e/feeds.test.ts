/** Browser test of the feeds page: editors only; subscribing refuses what the fetcher would; pause, resume, remove. */
import { describe, expect, it } from "vitest";
import { PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

// The fetcher's real policy (no private addresses) and no worker: nothing here is ever fetched.
const app = serveAppForThisFile({
  PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD,
  PARALLAX_FETCH_ALLOW_PRIVATE: "0",
});
const WIDE = { width: 1366, height: 900 };
// A literal public address: accepted without a DNS lookup, and never polled (PARALLAX_WORKER=off).
const PUBLIC_FEED = "http://93.184.215.14/parallax-e2e/rss.xml";

describe("feeds for editors", () => {
  it("keeps feeds and their health from anonymous visitors", { timeout: 60_000 }, async () => {
    const { context, page } = await app.newPage(WIDE);
    try {
      await page.goto("/feeds");
      await page.waitForURL(/\/signin\?next=%2Ffeeds/);
      expect(await page.content()).not.toMatch(/Subscriptions \(/);
    } finally {
      await context.close();
    }
  });

  it(
    "refuses a private address in plain words, subscribes, pauses, resumes and removes a feed",
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await app.newPage(WIDE);
      try {
        await signInAsEditor(page, "/feeds");
        await page.goto("/feeds");
        const address = page.getByLabel("Feed address");
        const subscribe = page.getByRole("button", { name: /subscribe/i });

        for (const [url, said] of [
          [
            "http://127.0.0.1:8080/feed.xml",
            /does not fetch from 127\.0\.0\.1: it is a local or private network address/,
          ],
          ["http://localhost/rss", /does not fetch from localhost/],
          ["http://169.254.169.254/latest", /does not fetch from 169\.254\.169\.254/],
        ] as const) {
          await address.fill(url);
          await subscribe.click();
          const message = page.getByText(said);
          await message.waitFor();
          expect(await message.textContent()).toMatch(/Use the site's public address\./);
        }
        expect(await page.getByTestId("feed-card").count()).toBe(0);
        await app.shoot(page, "feeds-refused");

        await address.fill(PUBLIC_FEED);
        await page.getByLabel("Outlet").fill("The E2E Gazette");
        await subscribe.click();
        await page.getByText("Subscribed").waitFor();
        const card = page.getByTestId("feed-card").filter({ hasText: PUBLIC_FEED });
        await card.waitFor();

        await card.getByRole("button", { name: "Pause" }).click();
        await card.getByText("Paused", { exact: true }).waitFor();
        await card.getByRole("button", { name: "Resume" }).waitFor();
        await app.shoot(page, "feeds-paused");
        await page.setViewportSize(PHONE);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
        await app.shoot(page, "feeds-paused-phone");
        await page.setViewportSize(WIDE);

        await card.getByRole("button", { name: "Resume" }).click();
        await card.getByText("Not polled yet").waitFor();
        await card.getByRole("button", { name: "Pause" }).waitFor();

        await card.locator("summary", { hasText: "Remove" }).click();
        await card.getByRole("button", { name: "Remove this feed" }).click();
        await page.getByTestId("feed-removed").waitFor();
        expect(await page.getByTestId("feed-card").filter({ hasText: PUBLIC_FEED }).count()).toBe(0);
        await app.shoot(page, "feeds-removed");

        await page.goto("/admin/audit");
        const actions = await page
          .getByTestId("audit-row")
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action")));
        expect(actions).toEqual(expect.arrayContaining(["feed.pause", "feed.resume", "feed.remove"]));
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
