/**
 * Browser test of the compare view's interactions (issue 6 item 3) and the framing signals, on the demo corpus:
 * synchronised scrolling, highlights linked across columns, the word / sentence switch, keyboard movement,
 * stacked columns on a phone, diff marks that do not rely on colour.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { PHONE, ROOT, serveAppForThisFile } from "./harness";

const app = serveAppForThisFile();

/** A screenshot of one part of the page (full-page shots of the compare view are too tall to read). */
async function shootPart(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: path.join(ROOT, "screenshots", `${name}.png`) });
}

/** The first demo story (in list order) whose compare view has a quotation carried by two columns. */
async function openCompareWithSharedQuote(page: Page): Promise<void> {
  await page.goto("/");
  const hrefs = await page
    .getByTestId("story-item")
    .filter({ hasText: /quote variant/ })
    .locator("h2 a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    await page.goto(`${href}/compare`);
    await page.getByTestId("compare-workspace").waitFor();
    const shared = await page.evaluate(() => {
      const columns = [...document.querySelectorAll("[data-column]")];
      const groupsIn = (c: Element) =>
        new Set([...c.querySelectorAll("[data-group]")].map((e) => e.getAttribute("data-group")));
      const [first, ...rest] = columns.map(groupsIn);
      return [...(first ?? [])].some((g) => rest.some((r) => r.has(g)));
    });
    if (shared) return;
  }
  throw new Error("no demo story's compare view has a quotation in two columns");
}

describe("compare view", () => {
  it("links, switches, scrolls together and works from the keyboard", { timeout: 240_000 }, async () => {
    const { context, page, problems } = await app.newPage({ width: 1280, height: 640 });
    try {
      await openCompareWithSharedQuote(page);
      const columns = page.getByTestId("compare-column");
      const count = await columns.count();
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(6);
      await expect(page.getByTestId("reference-column").count()).resolves.toBe(1);
      // Every other column says how it compares with the reference: word marks, or rewritten side by side.
      const notes =
        (await page.getByTestId("rewritten-note").count()) +
        (await page.getByTestId("column-diff-summary").count());
      expect(notes).toBe(count - 1);

      // Word mode: added words are underlined and marked "+", not only coloured.
      await expect(page.getByTestId("granularity-word").isChecked()).resolves.toBe(true);
      const added = page.locator("[data-column] ins[data-added]").first();
      if ((await page.getByTestId("column-diff-summary").count()) > 0) {
        const cue = await added.evaluate((el) => ({
          decoration: getComputedStyle(el).textDecorationLine,
          marker: el.parentElement?.closest("[data-column]")?.querySelector("ins[data-added] .diff-marker")
            ?.textContent,
        }));
        expect(cue.decoration).toContain("underline");
        expect(cue.marker).toBe("+");
      }
      await app.shoot(page, "compare-view-word");
      await shootPart(page.locator("#texts"), "compare-view-columns-word");

      // Linked highlights: hovering a shared quotation marks it in the other columns and on its group's card.
      const groupId = await page.evaluate(() => {
        const columns = [...document.querySelectorAll("[data-column]")];
        const first = columns[0];
        for (const el of first?.querySelectorAll("[data-group]") ?? []) {
          const g = el.getAttribute("data-group");
          if (g && columns.slice(1).some((c) => c.querySelector(`[data-group="${g}"]`))) return g;
        }
        return null;
      });
      expect(groupId).not.toBeNull();
      const firstQuote = columns.first().locator(`[data-group="${groupId}"]`).first();
      await firstQuote.scrollIntoViewIfNeeded();
      await firstQuote.hover();
      const linkedQuotes = page.locator(`[data-column] [data-group="${groupId}"][data-linked]`);
      await page.waitForFunction(
        (g) => document.querySelectorAll(`[data-column] [data-group="${g}"][data-linked]`).length >= 2,
        groupId,
      );
      expect(await linkedQuotes.count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator(`#group-${groupId}[data-linked]`).count()).toBe(1);
      const outline = await linkedQuotes.last().evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, "a linked highlight is an outline, not only a colour").not.toBe("none");

      // Hovering a sentence marks its counterparts.
      const sharedRow = await page.evaluate(() => {
        const columns = [...document.querySelectorAll("[data-column]")];
        for (const el of columns[0]?.querySelectorAll("[data-row]") ?? []) {
          const row = el.getAttribute("data-row");
          if (row && columns[1]?.querySelector(`[data-row="${row}"]`)) return row;
        }
        return null;
      });
      expect(sharedRow).not.toBeNull();
      const sentence = columns.first().locator(`[data-row="${sharedRow}"]`);
      await sentence.scrollIntoViewIfNeeded();
      await sentence.hover({ position: { x: 2, y: 2 } });
      await page.waitForFunction(
        (row) => document.querySelectorAll(`[data-row="${row}"][data-linked]`).length >= 2,
        sharedRow,
      );

      // Sentence mode: word marks step back, sentence marks (marker + border style) appear.
      await page.getByTestId("granularity-sentence").check();
      await page.waitForFunction(
        () =>
          document.querySelector("[data-testid=compare-workspace]")?.getAttribute("data-granularity") ===
          "sentence",
      );
      const marked = page
        .locator("[data-column] [data-status=only], [data-column] [data-status=partial]")
        .first();
      expect(await marked.count()).toBe(1);
      const sentenceCue = await marked.evaluate((el) => ({
        border: getComputedStyle(el).borderBottomStyle,
        marker: getComputedStyle(el.querySelector(".diff-marker") as Element).display,
      }));
      expect(["dashed", "dotted"]).toContain(sentenceCue.border);
      expect(sentenceCue.marker).not.toBe("none");
      if ((await page.locator("[data-column] ins[data-added]").count()) > 0) {
        const decoration = await page
          .locator("[data-column] ins[data-added]")
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine);
        expect(decoration).toBe("none");
      }
      await app.shoot(page, "compare-view-sentence");
      await shootPart(page.locator("#texts"), "compare-view-columns-sentence");

      // Keyboard: into the first column's text, down to a sentence, across to its counterpart.
      const firstBody = columns.first().locator("[data-scroll-body]");
      await firstBody.focus();
      await page.keyboard.press("ArrowDown");
      const focused = () =>
        page.evaluate(() => ({
          sentence: document.activeElement?.hasAttribute("data-sentence") ?? false,
          column: document.activeElement?.closest("[data-column]")?.getAttribute("data-column") ?? null,
          row: document.activeElement?.getAttribute("data-row") ?? null,
        }));
      const first = await focused();
      expect(first.sentence).toBe(true);
      await page.keyboard.press("ArrowDown");
      const second = await focused();
      expect(second.row).not.toBe(first.row);
      await page.keyboard.press("ArrowRight");
      const across = await focused();
      expect(across.sentence).toBe(true);
      expect(across.column).not.toBe(first.column);
      expect(await page.getByTestId("link-announcement").textContent()).toMatch(/Sentence/);
      const focusRing = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(focusRing, "focus is visible").not.toBe("none");

      // Synchronised scrolling: scrolling one column by hand brings the others along.
      const scrollable = await firstBody.evaluate((el) => el.scrollHeight - el.clientHeight);
      if (scrollable > 100) {
        await firstBody.evaluate((el) => {
          el.scrollTop = Math.min(400, el.scrollHeight - el.clientHeight);
        });
        await page.waitForFunction(
          () => {
            const bodies = [...document.querySelectorAll("[data-scroll-body]")];
            return bodies.slice(1).some((b) => b.scrollTop > 0);
          },
          undefined,
          { timeout: 5_000 },
        );
        await page.getByTestId("sync-scroll").uncheck();
        const before = await columns
          .nth(1)
          .locator("[data-scroll-body]")
          .evaluate((el) => el.scrollTop);
        await firstBody.evaluate((el) => {
          el.scrollTop = 0;
        });
        await page.waitForTimeout(300);
        expect(
          await columns
            .nth(1)
            .locator("[data-scroll-body]")
            .evaluate((el) => el.scrollTop),
        ).toBe(before);
      }

      // The framing panel sits in the compare view too.
      await page.locator("#framing").scrollIntoViewIfNeeded();
      expect(await page.getByTestId("framing-headlines").locator("li").count()).toBe(count);
      await app.shoot(page, "compare-view-desktop");
      await shootPart(page.locator("#framing"), "compare-view-framing");

      // Phone: the columns stack, nothing scrolls sideways, the switch still works.
      await page.setViewportSize(PHONE);
      const boxes = await columns.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
      expect(Math.abs(boxes[0].left - boxes[1].left)).toBeLessThan(2);
      expect(boxes[1].top).toBeGreaterThan(boxes[0].bottom - 1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.getByTestId("granularity-word").check();
      await page.getByTestId("compare-workspace").scrollIntoViewIfNeeded();
      await app.shoot(page, "compare-view-phone");
      await page.screenshot({ path: path.join(ROOT, "screenshots", "compare-view-phone-toolbar.png") });
      await page.setViewportSize({ width: PHONE.width, height: 1600 });
      await shootPart(page.locator("#texts"), "compare-view-columns-phone");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("marks the words a wire copy changes, not only by colour", { timeout: 120_000 }, async () => {
    const { context, page, problems } = await app.newPage();
    try {
      await page.goto("/");
      // The demo's lunar-launch story holds one wire report and outlets' lightly edited copies of it.
      await page
        .getByTestId("story-item")
        .filter({ hasText: /Halcyon-2/ })
        .first()
        .locator("h2 a")
        .click();
      await page.waitForURL(/\/stories\/[^/]+$/);
      await page.getByTestId("compare-link").click();
      await page.getByTestId("compare-workspace").waitFor();
      expect(await page.getByTestId("column-diff-summary").count()).toBeGreaterThan(0);
      const added = page.locator("[data-column] ins[data-added]");
      expect(await added.count()).toBeGreaterThan(0);
      const first = added.first();
      await first.scrollIntoViewIfNeeded();
      const cue = await first.evaluate((el) => ({
        decoration: getComputedStyle(el).textDecorationLine,
        marker: el.querySelector(".diff-marker")?.textContent ?? "",
        markerShown: getComputedStyle(el.querySelector(".diff-marker") ?? el).display !== "none",
        said: el.querySelector(".sr-only")?.textContent ?? "",
      }));
      expect(cue).toMatchObject({ marker: "+", markerShown: true });
      expect(cue.decoration).toContain("underline");
      expect(cue.said).toContain("added");
      // Where a copy leaves out the wire's words, a "−N" mark says how many.
      const removal = page.locator("[data-column] del[data-removed]").first();
      expect(await removal.count()).toBe(1);
      await removal.scrollIntoViewIfNeeded();
      expect(await removal.isVisible()).toBe(true);
      expect(await removal.textContent()).toMatch(
        /^−\d+ ?\(\d+ words? of Meridian Wire’s text left out here\)$/,
      );
      await shootPart(page.locator("#texts"), "compare-view-wire-copies");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows framing signals on the story page", { timeout: 120_000 }, async () => {
    const { context, page, problems } = await app.newPage();
    try {
      await page.goto("/");
      await page
        .getByTestId("story-item")
        .filter({ hasText: /quote variant/ })
        .first()
        .locator("h2 a")
        .click();
      await page.waitForURL(/\/stories\/[^/]+$/);
      const panel = page.getByTestId("framing-panel");
      await panel.waitFor();
      expect(await panel.getByTestId("framing-headlines").locator("li").count()).toBeGreaterThanOrEqual(2);
      expect(await panel.getByTestId("framing-cues").locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
      expect(await panel.textContent()).toContain("Evidence, not a verdict");
      await panel.getByText("Examples of attribution").click();
      expect(await panel.locator("mark").count()).toBeGreaterThan(0);
      await page.locator("#framing").scrollIntoViewIfNeeded();
      await app.shoot(page, "story-framing-desktop");
      await shootPart(page.locator("#framing"), "story-framing-panel");
      await page.setViewportSize(PHONE);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.locator("#framing").scrollIntoViewIfNeeded();
      await app.shoot(page, "story-framing-phone");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
