/** Browser tests of the reading path (list → story → compare → article) and of ingest, on the demo corpus. */
import { describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { DESKTOP, PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });

describe("story list → story → compare → article", () => {
  it("shows quote variants as accessible word diffs", { timeout: 180_000 }, async () => {
    const { context, page, problems } = await app.newPage();
    try {
      await page.goto("/");
      await page.getByRole("heading", { level: 1, name: "Stories" }).waitFor();
      await page.getByTestId("demo-list-note").waitFor();
      await app.shoot(page, "list-desktop");

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
        if (!found) await app.shoot(page, "story-desktop");
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
      await app.shoot(page, "compare-desktop");

      await page.setViewportSize(PHONE);
      await del.scrollIntoViewIfNeeded();
      await expect(del.isVisible()).resolves.toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
      await app.shoot(page, "compare-phone");
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
      await app.shoot(page, "article-desktop");
      await page.setViewportSize(PHONE);
      await app.shoot(page, "article-phone");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("answers 404 with a helpful page for an unknown story", async () => {
    const response = await fetch(`${app.baseUrl}/stories/does-not-exist`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Story not found");
  });
});

describe("ingest", () => {
  it(
    "explains an empty submission, keeps the inputs, then adds pasted text",
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await app.newPage();
      try {
        await page.goto("/ingest");
        await page.waitForURL(/\/signin\?next=%2Fingest/);
        await app.shoot(page, "signin");
        await signInAsEditor(page, "/ingest");
        await page.waitForURL(/\/ingest$/);
        await page.getByLabel("Outlet").fill("The E2E Gazette");
        await page.getByTestId("ingest-submit").click();
        const error = page.getByTestId("ingest-error");
        await error.waitFor();
        expect(await error.textContent()).toMatch(/upload a \.txt or \.html file, or paste its text/i);
        expect(await page.getByLabel("Outlet").inputValue()).toBe("The E2E Gazette");
        await app.shoot(page, "ingest-error");

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
        await app.shoot(page, "ingest-story");
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe("web ingest and feeds", () => {
  it("fetches a URL, then shows a re-fetched edit as a version diff", { timeout: 180_000 }, async () => {
    const web = app.web;
    const title = "Quaymouth council delays harbour bridge vote";
    const serve = (edit: number) =>
      web.route("/news/quaymouth-bridge", {
        body: articlePage({
          title,
          paragraphs: storyParagraphs("Quaymouth harbour bridge", edit),
          site: "The Quaymouth Courier",
          modified: "2026-03-02T09:30:00Z",
        }),
      });
    serve(0);
    const { context, page, problems } = await app.newPage();
    try {
      await signInAsEditor(page, "/ingest");
      await page.waitForURL(/\/ingest$/);
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
      await app.shoot(page, "article-changed");
      await page.getByRole("link", { name: "See what changed" }).click();
      await page.waitForURL(/\/changes/);
      const diff = page.getByTestId("version-diff");
      expect(await diff.locator("del").first().textContent()).toMatch(/twice/);
      expect(await diff.locator("ins").first().textContent()).toMatch(/three times/);
      await page.getByText("Changed without notice").waitFor();
      await app.shoot(page, "article-changes");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("subscribes to a feed and shows its health", { timeout: 120_000 }, async () => {
    const web = app.web;
    const { context, page, problems } = await app.newPage(PHONE);
    try {
      // Feeds are for editors: a reader is sent to sign in first.
      await page.goto("/feeds");
      await page.waitForURL(/\/signin\?next=%2Ffeeds/);
      await signInAsEditor(page, "/feeds");
      await page.waitForURL(/\/feeds$/);
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
      await app.shoot(page, "feeds");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });
});
