/** Browser test of the failed-jobs page: an editor sees a dead letter with its error and queues it again. */
import { describe, expect, it } from "vitest";
import { serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });

describe("background jobs page", () => {
  it("lists a failed job with its error and retries it", { timeout: 120_000 }, async () => {
    // The app's own worker is off (harness): the job is failed here, through the same queue code and database.
    process.env.DATABASE_URL = app.databaseUrl;
    const jobs = await import("@/lib/jobs");
    const queue = await jobs.openQueue({ attempts: 1 });
    await queue.send("ingest-url", { url: "https://gone.example/story" });
    const job = await queue.fetch(["ingest-url"], "e2e");
    await queue.fail(job!, "e2e", "The page answered 410 Gone.");

    const { context, page, problems } = await app.newPage();
    try {
      await page.goto("/admin/jobs");
      await page.waitForURL(/\/signin\?next=%2Fadmin%2Fjobs/);
      await signInAsEditor(page, "/admin/jobs", "Ada Editor");
      await page.waitForURL(/\/admin\/jobs$/);
      const row = page.getByTestId("dead-job").filter({ hasText: "https://gone.example/story" });
      expect(await row.textContent()).toMatch(/1 attempt, last .*410 Gone/);
      expect(await page.getByTestId("job-counts").textContent()).toMatch(/0 queued · 0 running · 1 failed/);
      await app.shoot(page, "admin-jobs");
      await row.getByRole("button", { name: "Retry" }).click();
      await page.getByText("No failed jobs").waitFor();
      expect(await page.getByTestId("job-counts").textContent()).toMatch(/1 queued · 0 running · 0 failed/);
      expect(await queue.stats()).toEqual({ queued: 1, running: 0, dead: 0 });
      await page.goto("/admin/audit");
      const audit = page.locator('[data-testid="audit-row"][data-action="job.retry"]');
      expect(await audit.textContent()).toMatch(
        /Ada Editor.*Retried a failed job.*https:\/\/gone\.example\/story/,
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await queue.close();
    }
  });
});
