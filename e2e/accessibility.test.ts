/**
 * Automated accessibility audit (WCAG 2.1 A/AA rules of axe-core) of the main pages, in the light and the dark
 * colour scheme, on the demo corpus. Fails on any violation axe rates "serious" or "critical" and prints each one's
 * rule, help text and first targets so the failure says what to fix.
 *
 * The app sends a strict CSP with nonces, so axe is injected into a context created with `bypassCSP: true`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

// With an editor password, so the sign-in page shows its form rather than "editing is switched off".
const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${page.url()}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes
          .slice(0, 4)
          .map((n) => JSON.stringify(n.target))
          .join(", ")})`,
    );
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(
      `has no serious or critical violations on the main pages (${colorScheme})`,
      { timeout: 240_000 },
      async () => {
        const { context, page } = await app.newPage(undefined, { colorScheme, bypassCSP: true });
        try {
          const found: string[] = [];
          const visit = async (url: string, name: string) => {
            await page.goto(url);
            await page.waitForLoadState("networkidle");
            found.push(...(await audit(page)));
            await app.shoot(page, `a11y-${name}-${colorScheme}`);
          };

          await visit("/", "list");
          const storyHref = await page
            .getByTestId("story-item")
            .filter({ hasText: /quote variant/ })
            .first()
            .locator("h2 a")
            .getAttribute("href");
          expect(storyHref, "the demo corpus should have a story with quote variants").toBeTruthy();

          await visit(storyHref ?? "", "story");
          const compareHref = await page.getByTestId("compare-link").getAttribute("href");
          expect(compareHref).toMatch(/\/compare/);

          await visit(compareHref ?? "", "compare");
          const articleHref = await page
            .locator("[data-testid=compare-column] h3 a")
            .first()
            .getAttribute("href");
          expect(articleHref).toMatch(/\/articles\//);

          await visit(articleHref ?? "", "article");
          await visit("/outlets/meridian-wire", "outlet");
          await visit("/signin", "signin");

          expect(found, `axe violations:\n${found.join("\n")}`).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );
  }

  for (const [width, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    it(
      `has no serious or critical violations on the editor's pages, every section open (${width})`,
      { timeout: 300_000 },
      async () => {
        const { context, page } = await app.newPage(viewport, { bypassCSP: true });
        try {
          const found: string[] = [];
          await signInAsEditor(page, "/", "Ada Editor");
          const visit = async (url: string, name: string) => {
            await page.goto(url);
            await page.waitForLoadState("networkidle");
            // Folded lists and editor tools are audited open, as a reader who opens them sees them.
            await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
            found.push(...(await audit(page)));
            await app.shoot(page, `a11y-editor-${name}-${width}`);
          };
          await visit("/", "list");
          const storyHref = await page
            .getByTestId("story-item")
            .filter({ hasText: / articles · / })
            .first()
            .locator("h2 a")
            .getAttribute("href");
          await visit(storyHref ?? "/", "story");
          expect(await page.getByTestId("story-editor").count()).toBe(1);
          await page.getByTestId("otherStory-search").fill("the");
          await page.locator("input[name=otherStory]").first().waitFor();
          found.push(...(await audit(page)));
          const compareHref = await page.getByTestId("compare-link").getAttribute("href");
          await visit(compareHref ?? "/", "compare");
          for (const [url, name] of [
            ["/ingest", "ingest"],
            ["/ingest?url=https%3A%2F%2Fnews.example%2Fa&title=A%20headline", "ingest-sent"],
            ["/outlets/meridian-wire", "outlet"],
            ["/feeds", "feeds"],
            ["/admin/audit", "audit"],
            ["/admin/tokens", "tokens"],
            ["/admin/jobs", "jobs"],
            ["/admin/webhooks", "webhooks"],
          ] as const)
            await visit(url, name);
          expect(found, `axe violations:\n${found.join("\n")}`).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );
  }
});
