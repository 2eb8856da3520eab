/**
 * Browser tests of the story page as a reader and an editor use it, and of every page at phone width:
 * an editor builds a story of nine or more articles by merging demo stories found by their titles, reads it through
 * its section menu and collapsed sections (opened from the keyboard), undoes a merge and a move; then every page
 * fits 390 px without sideways scrolling and the coverage timeline stays readable. Screenshots at 1366 and 390 px.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });
const WIDE = { width: 1366, height: 900 };

/** The demo stories, most covered first: their addresses and titles. */
async function storiesByCoverage(page: Page): Promise<{ href: string; title: string }[]> {
  await page.goto("/?sort=covered");
  return page
    .getByTestId("story-item")
    .locator("h2 a")
    .evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute("href") ?? "", title: a.textContent?.trim() ?? "" })),
    );
}

const articleCount = async (page: Page) => page.locator("[data-testid=coverage-list] > li").count();

/** How far the page scrolls sideways: 0 when it fits. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Picks a story in a StoryPicker by words of its title, as an editor types them. */
async function chooseStory(page: Page, tool: string, name: string, title: string): Promise<void> {
  const words = title.split(/\s+/).slice(0, 3).join(" ");
  await page.getByTestId(`${name}-search`).fill(words);
  const option = page.getByTestId(tool).locator(`input[type=radio][name=${name}]`).first();
  await option.waitFor();
  await option.check();
}

describe("the story page", () => {
  it(
    "builds a nine-article story by merging through title search, reads it, undoes a merge and a move",
    { timeout: 300_000 },
    async () => {
      const { context, page, problems } = await app.newPage(WIDE);
      try {
        await signInAsEditor(page, "/", "Ada Editor");
        const stories = await storiesByCoverage(page);
        expect(stories.length).toBeGreaterThan(3);
        const [main, ...others] = stories as [
          { href: string; title: string },
          ...{ href: string; title: string }[],
        ];
        await page.goto(main.href);

        // The editor tools come before the coverage, and each tool opens from the keyboard.
        const editorBox = await page.locator("#editor").boundingBox();
        const coverageBox = await page.locator("#coverage").boundingBox();
        expect(editorBox && coverageBox && editorBox.y < coverageBox.y).toBe(true);

        const merged: string[] = [];
        for (const other of others) {
          if ((await articleCount(page)) >= 9) break;
          await page.getByTestId("merge-tool").locator("summary").focus();
          await page.keyboard.press("Enter");
          await chooseStory(page, "merge-tool", "otherStory", other.title);
          await page.getByTestId("merge-submit").click();
          const done = page.getByTestId("story-edit-done");
          await done.waitFor();
          expect(await done.textContent()).toMatch(/^Merged “.+” into “.+”: its \d+ articles? joined/);
          merged.push(other.title);
          await page.reload();
        }
        const count = await articleCount(page);
        expect(count, "merged demo stories make a story of nine or more articles").toBeGreaterThanOrEqual(9);
        await app.shoot(page, "story-nine-articles-desktop");

        // A section menu; the long "one outlet only" list folded with its count, opened from the keyboard.
        const menu = page.getByTestId("story-menu");
        expect(await menu.locator("a").allTextContents()).toEqual(
          expect.arrayContaining([`Coverage (${count} articles)`, "Export"]),
        );
        const single = page.getByTestId("single-quotes");
        expect(await single.locator("summary").textContent()).toMatch(/^▸Quoted by one outlet only \(\d+\)$/);
        expect(await single.getAttribute("open")).toBeNull();
        const foldedHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        await single.locator("summary").focus();
        await page.keyboard.press("Enter");
        expect(await single.getAttribute("open")).toBe("");
        expect(await single.locator("blockquote").first().isVisible()).toBe(true);
        const openedHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(openedHeight).toBeGreaterThan(foldedHeight);
        console.info(`story of ${count} articles: ${foldedHeight} px tall folded, ${openedHeight} px opened`);
        // Every collapsed list opens: the other shared quotations and any speakers the matrix leaves for later.
        for (const id of ["more-shared-quotes", "matrix-more-speakers", "matrix-more-outlets"]) {
          const more = page.getByTestId(id);
          if ((await more.count()) === 0) continue;
          await more.locator("summary").press("Enter");
          expect(await more.getAttribute("open")).toBe("");
        }
        // A matrix badge that links into a folded list opens it.
        await page.reload();
        const toSingle = page.locator("[data-testid=quote-matrix] a", { hasText: "only here" }).first();
        if ((await toSingle.count()) > 0) {
          await toSingle.click();
          expect(await page.getByTestId("single-quotes").getAttribute("open")).toBe("");
        }
        await page.reload();

        // Undo of the last merge, offered at the top after a reload.
        const last = page.getByTestId("story-last-edit");
        expect(await last.textContent()).toContain(`Merged “${merged[merged.length - 1]}”`);
        await last.getByTestId("story-undo").click();
        const done = page.getByTestId("story-edit-done");
        await done.waitFor();
        expect(await done.textContent()).toMatch(/^Undid the merge: “.+” is a story of its own again/);
        await page.reload();
        expect(await articleCount(page)).toBeLessThan(count);

        // Move an article to a story found by its title; the message names the article and both stories.
        await page.getByTestId("move-tool").locator("summary").click();
        const articleTitle = await page.getByTestId("move-article").locator("option").first().textContent();
        await chooseStory(page, "move-tool", "targetStory", merged[merged.length - 1] ?? "");
        await page.getByTestId("move-submit").click();
        await done.waitFor();
        const message = (await done.textContent()) ?? "";
        expect(message).toMatch(/^Moved “.+” from “.+” to “.+”\.$/);
        expect(articleTitle).toContain(message.slice("Moved “".length, message.indexOf("” from")));
        await app.shoot(page, "story-after-move-desktop");
        await page.getByTestId("story-undo").click();
        await page.getByText(/^Undid the move: /).waitFor();

        await page.goto("/admin/audit");
        const actions = await page
          .getByTestId("audit-row")
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action")));
        expect(actions.slice(0, 4)).toEqual(["story.undo", "story.move", "story.undo", "story.merge"]);
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    "fits every page into 390 px with a readable timeline, signed in and out",
    { timeout: 300_000 },
    async () => {
      const editor = await app.newPage(PHONE);
      const reader = await app.newPage(PHONE);
      const wide = await app.newPage(WIDE);
      try {
        const { page } = editor;
        await signInAsEditor(page, "/", "Grace Hopper-Editor");
        await signInAsEditor(wide.page, "/", "Grace Hopper-Editor");
        const [story] = await storiesByCoverage(page);
        expect(story).toBeTruthy();
        await page.goto(story?.href ?? "/");

        // The timeline on a phone: every article's mark inside the box, text at 12 px or more.
        const timeline = page.getByTestId("phone-timeline");
        await timeline.waitFor();
        expect(await page.locator("[data-testid=coverage-timeline] svg[role=img]").isVisible()).toBe(false);
        const box = await timeline.boundingBox();
        const marks = await timeline.locator("li svg").evaluateAll((svgs) =>
          svgs.map((svg) => {
            const r = svg.getBoundingClientRect();
            return { left: r.left, right: r.right };
          }),
        );
        expect(marks.length).toBeGreaterThan(1);
        for (const mark of marks) {
          expect(mark.left).toBeGreaterThanOrEqual(box?.x ?? 0);
          expect(mark.right).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
        }
        const smallest = await timeline
          .locator("li span")
          .evaluateAll((spans) => Math.min(...spans.map((s) => parseFloat(getComputedStyle(s).fontSize))));
        expect(smallest).toBeGreaterThanOrEqual(12);
        // The legend speaks of a dashed line only where one is drawn: the wide chart.
        const legend = page.locator("[data-testid=coverage-timeline] figcaption");
        expect(await legend.innerText()).not.toMatch(/dashed line/);
        await wide.page.goto(story?.href ?? "/");
        expect(await wide.page.locator("[data-testid=coverage-timeline] figcaption").innerText()).toMatch(
          /dashed line/,
        );

        const compareHref = (await page.getByTestId("compare-link").getAttribute("href")) ?? "";
        await page.goto(compareHref);
        const articleHref =
          (await page.locator("[data-testid=compare-column] h3 a").first().getAttribute("href")) ?? "";
        await page.goto(story?.href ?? "/");
        await page.getByTestId("share").first().getByTestId("copy-link").click();
        const shareHref = new URL(await page.getByTestId("share-url").first().inputValue()).pathname;

        const pages: [string, string][] = [
          ["list", "/"],
          ["search", "/?q=minister&sort=covered"],
          ["story", story?.href ?? "/"],
          ["compare", compareHref],
          ["article", articleHref],
          ["share", shareHref],
          ["ingest", "/ingest"],
          ["feeds", "/feeds"],
          ["audit", "/admin/audit"],
          ["tokens", "/admin/tokens"],
          ["jobs", "/admin/jobs"],
        ];
        const overflowing: string[] = [];
        for (const [name, url] of pages) {
          for (const [who, view] of [
            ["phone", editor],
            ["desktop", wide],
          ] as const) {
            await view.page.goto(url);
            await view.page.waitForLoadState("networkidle");
            const overflow = await sidewaysOverflow(view.page);
            if (overflow > 0) overflowing.push(`${name} (${who}): ${overflow} px too wide`);
            const header = await view.page.evaluate(() => {
              const bar = document.querySelector("body header > div");
              return bar ? bar.scrollWidth - bar.clientWidth : 0;
            });
            if (header > 0) overflowing.push(`${name} (${who}): header ${header} px too wide`);
            await app.shoot(view.page, `${who}-${name}`);
          }
        }
        for (const [name, url] of [
          ["signin", "/signin"],
          ["story-reader", story?.href ?? "/"],
          ["share-reader", shareHref],
        ] as const) {
          await reader.page.goto(url);
          await reader.page.waitForLoadState("networkidle");
          const overflow = await sidewaysOverflow(reader.page);
          if (overflow > 0) overflowing.push(`${name}: ${overflow} px too wide`);
          await app.shoot(reader.page, `phone-${name}`);
        }
        expect(overflowing, "pages that scroll sideways at 390 px").toEqual([]);
        expect([...editor.problems, ...reader.problems, ...wide.problems]).toEqual([]);
      } finally {
        await Promise.all([editor.context.close(), reader.context.close(), wide.context.close()]);
      }
    },
  );
});
