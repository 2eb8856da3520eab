/** Browser test of the Webhooks page: editors only; refusals beside their field; add, list and remove a webhook. */
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

// The fetcher's real policy (no private addresses) and no worker: nothing is ever delivered from here.
const app = serveAppForThisFile({
  PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD,
  PARALLAX_FETCH_ALLOW_PRIVATE: "0",
});
// A literal public address: accepted without a DNS lookup, and never posted to (PARALLAX_WORKER=off).
const RECEIVER = "http://93.184.215.14/parallax-e2e/hook";

describe("webhooks for editors", () => {
  it("keeps webhooks from anonymous visitors", { timeout: 60_000 }, async () => {
    const { context, page } = await app.newPage(DESKTOP);
    try {
      await page.goto("/admin/webhooks");
      await page.waitForURL(/\/signin\?next=%2Fadmin%2Fwebhooks/);
      expect(await page.content()).not.toMatch(/Add a webhook/);
    } finally {
      await context.close();
    }
  });

  it(
    "refuses a private address and a search without filters, adds a webhook, then removes it",
    { timeout: 180_000 },
    async () => {
      const { context, page, problems } = await app.newPage(DESKTOP);
      try {
        await signInAsEditor(page, "/admin/webhooks");
        await page.goto("/admin/webhooks");
        const form = page.getByTestId("add-webhook-form");
        const address = page.getByLabel("Receiver’s address");
        const add = page.getByRole("button", { name: "Add webhook" });

        await address.fill("http://127.0.0.1:8080/hook");
        await add.click();
        await form
          .getByText(/does not send webhooks to 127\.0\.0\.1: it is a local or private network address/)
          .waitFor();
        expect(await address.getAttribute("aria-invalid")).toBe("true");

        await address.fill(RECEIVER);
        await page.getByLabel(/A search/).check();
        await page.getByRole("textbox", { name: /^Search/ }).fill("/?sort=covered");
        await add.click();
        await form.getByText(/no search or filter/).waitFor();
        expect(await page.getByTestId("webhook-row").count()).toBe(0);
        await app.shoot(page, "webhooks-refused");

        await page.getByRole("textbox", { name: /^Search/ }).fill("/?q=ceasefire&multi=1");
        await page.getByLabel(/An editor’s move, merge or split/).uncheck();
        const secret = await page.getByLabel("Secret").inputValue();
        expect(secret.length).toBeGreaterThanOrEqual(16);
        await add.click();
        await page.getByText("Webhook added").waitFor();
        const row = page.getByTestId("webhook-row").filter({ hasText: RECEIVER });
        await row.waitFor();
        expect(await row.textContent()).toMatch(/Follows the search \?q=ceasefire&multi=1/);
        expect(await row.textContent()).toMatch(/article\.added.*article\.edited/);
        expect(await row.textContent()).not.toMatch(/story\.edited/);
        await row.getByText("No deliveries yet.").waitFor();
        // The secret is never shown again: not in the list, and the form offers a fresh one.
        expect(await page.locator("main").innerText()).not.toContain(secret);
        expect(await page.getByLabel("Secret").inputValue()).not.toBe(secret);
        await app.shoot(page, "webhooks-added");
        await page.setViewportSize(PHONE);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
        await app.shoot(page, "webhooks-added-phone");
        await page.setViewportSize(DESKTOP);

        await row.locator("summary", { hasText: "Remove" }).click();
        await row.getByRole("button", { name: "Remove this webhook" }).click();
        await page.getByTestId("webhook-removed").waitFor();
        expect(await page.getByTestId("webhook-row").count()).toBe(0);

        await page.goto("/admin/audit");
        const actions = await page
          .getByTestId("audit-row")
          .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
        expect(actions).toEqual(expect.arrayContaining(["webhook.add", "webhook.remove"]));
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it("starts a webhook for a story from the story's page", { timeout: 120_000 }, async () => {
    const { context, page, problems } = await app.newPage(DESKTOP);
    try {
      await signInAsEditor(page, "/");
      const href = await page.getByTestId("story-item").first().locator("h2 a").getAttribute("href");
      const storyId = /\/stories\/([^/?#]+)/.exec(href ?? "")?.[1];
      expect(storyId).toBeTruthy();
      await page.goto(`/stories/${storyId}`);
      const title = (await page.locator("h1").first().textContent())?.trim() ?? "";
      await page.getByTestId("story-webhook-link").click();
      await page.waitForURL(/\/admin\/webhooks\?story=/);
      expect(await page.getByRole("radio", { name: /One story/ }).isChecked()).toBe(true);
      expect(await page.getByRole("textbox", { name: /^Story/ }).inputValue()).toBe(storyId);
      await page.getByLabel("Receiver’s address").fill(`${RECEIVER}/story`);
      await page.getByRole("button", { name: "Add webhook" }).click();
      const row = page.getByTestId("webhook-row").filter({ hasText: `${RECEIVER}/story` });
      await row.waitFor();
      expect(await row.textContent()).toContain(`Follows the story ${title.slice(0, 20)}`);
      expect(problems, "no script or hydration errors in the browser").toEqual([]);
    } finally {
      await context.close();
    }
  });
});
