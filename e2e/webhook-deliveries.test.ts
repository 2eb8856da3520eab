/**
 * Browser test of webhooks at work in the running app: its in-process worker turns a new article into signed
 * deliveries to a local receiver (which checks the signature); the Webhooks page shows one delivered and one
 * failed after its attempts, and the failed job is on the Background jobs page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestReceiver, type TestReceiver } from "@/lib/webhooks/__fixtures__/test-receiver";
import { DESKTOP, PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const SECRET = "e2e webhook secret, long enough";
const API_TOKEN = "e2e-webhooks-api-token";

// Private addresses allowed (the harness's default), so the local receiver can be reached; the app runs jobs.
const app = serveAppForThisFile({
  PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD,
  PARALLAX_API_TOKEN: API_TOKEN,
  PARALLAX_WORKER: "auto",
  PARALLAX_JOB_ATTEMPTS: "2",
  PARALLAX_JOB_RETRY_SECONDS: "1",
  PARALLAX_WEBHOOK_TIMEOUT_SECONDS: "2",
});

describe("webhook deliveries", () => {
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await startTestReceiver(SECRET);
  });
  afterAll(async () => {
    await receiver?.close();
  });

  it(
    "delivers a new article, signed, and shows delivered and failed deliveries",
    { timeout: 240_000 },
    async () => {
      const { context, page, problems } = await app.newPage(DESKTOP);
      try {
        await signInAsEditor(page, "/admin/webhooks");
        await page.goto("/admin/webhooks");
        for (const path of ["/ok", "/broken"]) {
          await page.getByLabel("Receiver’s address").fill(receiver.url(path));
          await page.getByLabel("Secret").fill(SECRET);
          await page.getByRole("button", { name: "Add webhook" }).click();
          await page
            .getByTestId("webhook-row")
            .filter({ hasText: receiver.url(path) })
            .waitFor();
        }

        const posted = await fetch(`${app.baseUrl}/api/articles`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${API_TOKEN}` },
          body: JSON.stringify({
            text: "Kestrel Ridge wildfire contained\n\nFirefighters said on Thursday the wildfire on Kestrel Ridge was contained after burning 2,000 hectares; the 300 evacuated residents of Ardwick may return on Friday.",
            outlet: "The E2E Wire",
          }),
        });
        expect(posted.status).toBe(201);

        // The worker looks for new events every 30 s; the broken receiver gets two attempts a second apart.
        const deadline = Date.now() + 150_000;
        while (receiver.at("/ok").length === 0 || receiver.at("/broken").length < 2) {
          if (Date.now() > deadline) throw new Error(`deliveries: ${receiver.received.length} within 150 s`);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        const [delivered] = receiver.at("/ok");
        expect(delivered!.verified).toBe(true);
        expect(delivered!.payload).toMatchObject({
          event: "article.added",
          entry: { kind: "article", author: "The E2E Wire" },
        });

        const ok = page.getByTestId("webhook-row").filter({ hasText: receiver.url("/ok") });
        const broken = page.getByTestId("webhook-row").filter({ hasText: receiver.url("/broken") });
        for (let tries = 0; tries < 40; tries++) {
          await page.reload();
          if ((await broken.getByText("failed", { exact: true }).count()) > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        await ok.getByText("delivered", { exact: true }).waitFor();
        expect(await ok.getByTestId("webhook-deliveries").textContent()).toMatch(
          /Kestrel Ridge.*answered 200/,
        );
        await broken.getByText("failed", { exact: true }).waitFor();
        expect(await broken.getByTestId("webhook-deliveries").textContent()).toMatch(
          /2 attempts · answered 500/,
        );
        await app.shoot(page, "webhooks-deliveries");
        await page.setViewportSize(PHONE);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
        await app.shoot(page, "webhooks-deliveries-phone");
        await page.setViewportSize(DESKTOP);

        await page.goto("/admin/jobs");
        expect(await page.locator("main").textContent()).toContain(receiver.url("/broken"));
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
