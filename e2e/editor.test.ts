/** Browser test of editor control: sign in, split a demo story, merge it back, read both in the audit log. */
import { describe, expect, it } from "vitest";
import { serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });

describe("editor story control", () => {
  it("keeps the editor section from anonymous readers", { timeout: 60_000 }, async () => {
    const { context, page } = await app.newPage();
    try {
      await page.goto("/");
      await page.getByTestId("story-item").first().locator("h2 a").click();
      await page.waitForURL(/\/stories\/[^/]+$/);
      expect(await page.getByTestId("story-editor").count()).toBe(0);
      expect(await page.getByTestId("signin-link").count()).toBe(1);
      await page.goto("/admin/audit");
      await page.waitForURL(/\/signin\?next=%2Fadmin%2Faudit/);
    } finally {
      await context.close();
    }
  });

  it("splits a story, merges it back, and shows both in the audit log", { timeout: 180_000 }, async () => {
    const { context, page, problems } = await app.newPage();
    try {
      await signInAsEditor(page, "/", "Ada Editor");
      const item = page
        .getByTestId("story-item")
        .filter({ hasText: / articles · / })
        .first();
      await item.locator("h2 a").click();
      await page.waitForURL(/\/stories\/[^/]+$/);
      const originalUrl = page.url();
      const originalId = new URL(originalUrl).pathname.split("/").pop() ?? "";
      const coverage = page.locator("#coverage");
      const articlesBefore = await coverage.locator("[data-testid=coverage-list] > li").count();
      // Anonymous readers get the page from the page cache (lib/page-cache) from the second load on.
      const anonymous = async (url: string) => {
        const response = await fetch(url, { headers: { accept: "text/html" } });
        return { cache: response.headers.get("x-parallax-page-cache"), html: await response.text() };
      };
      await anonymous(originalUrl);
      const cached = await anonymous(originalUrl);
      expect(cached.cache).toBe("hit");
      expect(cached.html).toContain(`<li>${articlesBefore} articles</li>`);

      const editor = page.getByTestId("story-editor");
      await editor.waitFor();
      await page.getByTestId("split-tool").locator("summary").click();
      const firstBox = editor.locator("input[name=articleId]").first();
      await firstBox.check();
      const splitTitle = (await firstBox.locator("xpath=..").textContent())?.trim() ?? "";
      await app.shoot(page, "editor-story-before-split");
      await page.getByTestId("split-submit").click();
      await page.getByTestId("story-edit-done").waitFor();
      expect(await page.getByTestId("story-edit-done").textContent()).toMatch(
        /^Split 1 article out of “.+” into a new story\.$/,
      );
      await app.shoot(page, "editor-story-after-split");
      // The edit shows on the very next anonymous load: the story's data stamp changed.
      const fresh = await anonymous(originalUrl);
      expect(fresh.cache).toBe("miss");
      expect(fresh.html).toContain(
        `<li>${articlesBefore - 1} article${articlesBefore - 1 === 1 ? "" : "s"}</li>`,
      );

      await page.getByTestId("story-edit-link").click();
      await page.waitForURL((url) => url.pathname.startsWith("/stories/") && url.href !== originalUrl);
      const splitUrl = page.url();
      const splitId = new URL(splitUrl).pathname.split("/").pop() ?? "";
      expect(await page.locator("main").textContent()).toContain(splitTitle.split(" (")[0]);
      await app.shoot(page, "editor-split-story");

      await page.goto(originalUrl);
      await page.getByTestId("merge-tool").locator("summary").click();
      // A pasted address finds the story as well as words of its title do.
      await page.getByTestId("otherStory-search").fill(splitUrl);
      await page.locator(`input[name=otherStory][value="${splitId}"]`).check();
      await page.getByTestId("merge-submit").click();
      await page.getByTestId("story-edit-done").waitFor();
      await page.reload();
      await page.getByTestId("story-editor").waitFor();
      expect(await page.locator("[data-testid=coverage-list] > li").count()).toBe(articlesBefore);

      // The split story's address now leads to the story it was merged back into.
      await page.goto(splitUrl);
      await page.waitForURL((url) => url.pathname === `/stories/${originalId}`);

      await page.goto("/admin/audit");
      const rows = page.getByTestId("audit-row");
      await rows.first().waitFor();
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-action")))).toEqual([
        "story.merge",
        "story.split",
      ]);
      expect(await rows.first().textContent()).toContain("Ada Editor");
      expect(splitId).not.toBe(originalId);
      await app.shoot(page, "editor-audit-log");
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("creates an API token that the write API accepts, then revokes it", { timeout: 120_000 }, async () => {
    const { context, page, problems } = await app.newPage();
    try {
      await signInAsEditor(page, "/admin/tokens", "Ada Editor");
      await page.waitForURL(/\/admin\/tokens$/);
      await page.getByLabel("Name").fill("E2E script");
      await page.getByRole("button", { name: "Create token" }).click();
      const secret = (await page.getByTestId("token-secret").textContent())?.trim() ?? "";
      expect(secret).toMatch(/^plx_[A-Za-z0-9_-]{43}$/);
      await app.shoot(page, "editor-tokens");

      const post = () =>
        fetch(`${app.baseUrl}/api/articles`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
          body: JSON.stringify({
            text: "Kestrel Ridge wildfire contained\n\nFirefighters said on Thursday the wildfire on Kestrel Ridge was contained after burning 2,000 hectares; the 300 evacuated residents of Ardwick may return on Friday.",
            outlet: "The E2E Wire",
          }),
        });
      expect((await post()).status).toBe(201);

      await page.reload();
      const row = page.getByTestId("token-row").filter({ hasText: "E2E script" });
      expect(await row.textContent()).toMatch(/last used/);
      expect(await page.locator("main").textContent()).not.toContain(secret);
      await row.getByRole("button", { name: /Revoke/ }).click();
      await row.getByText("Revoked").waitFor();
      expect((await post()).status).toBe(401);
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });
});
