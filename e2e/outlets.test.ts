/**
 * Browser tests of outlet profiles (an imported list's facts on an outlet page, the coverage line, the list's
 * filters, an editor's edit) and of sending a page in (the bookmarklet, signed out: sign-in first, then the
 * filled form, confirmed by the editor).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { spawnCli } from "@/lib/testing/cli-process";
import { DESKTOP, PHONE, ROOT, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });
const EXAMPLE = path.join(ROOT, "lib", "outlets", "__fixtures__", "outlets.csv");
const SOURCE = "Register of Fictional Media (invented for Parallax's tests)";

async function importExampleList(): Promise<void> {
  const cli = spawnCli(["outlets", "import", EXAMPLE], { DATABASE_URL: app.databaseUrl });
  const code = await cli.exited;
  expect(cli.output()).toContain("imported outlets.csv: 6 outlets");
  expect(code).toBe(0);
}

describe("outlet profiles", () => {
  it(
    "shows an imported list's facts with their source, the coverage line and the list's filters",
    { timeout: 240_000 },
    async () => {
      await importExampleList();
      const { context, page, problems } = await app.newPage(DESKTOP);
      try {
        await page.goto("/?type=state-controlled");
        const items = page.getByTestId("story-item");
        expect(await items.count()).toBeGreaterThan(0);
        for (const coverage of await page.getByTestId("story-coverage").allTextContents())
          expect(coverage).toMatch(/^\d+ outlets? from \d+ countr(y|ies), .*1 state-controlled/);
        expect(await page.getByLabel("Outlet type").inputValue()).toBe("state-controlled");
        await app.shoot(page, "outlets-list-filtered");

        await items.first().locator("h2 a").click();
        await page.waitForURL(/\/stories\/[^/?]+$/);
        expect(await page.getByTestId("story-coverage").textContent()).toMatch(/state-controlled/);
        await page
          .getByTestId("outlet-profile-link")
          .filter({ hasText: "The Evening Clarion" })
          .first()
          .click();
        await page.waitForURL(/\/outlets\/the-evening-clarion$/);
        await page.getByRole("heading", { level: 1, name: "The Evening Clarion" }).waitFor();
        const country = page.getByTestId("fact-country");
        expect(await country.textContent()).toContain("United States (US)");
        expect(await country.getByTestId("fact-source").textContent()).toMatch(
          new RegExp(`Source: ${SOURCE.replace(/[()]/g, "\\$&")}, as of 1 Nov 2026`),
        );
        expect(await country.getByRole("link", { name: SOURCE }).getAttribute("href")).toBe(
          "https://register.example/2026",
        );
        expect(await page.getByTestId("fact-languages").textContent()).toContain("English, Spanish");
        expect(await page.getByTestId("fact-type").textContent()).toContain("state-controlled");
        expect(await page.getByTestId("outlet-stories").locator("li").count()).toBeGreaterThan(0);
        const atom = await page
          .getByTestId("follow-links")
          .getByRole("link", { name: "Atom" })
          .getAttribute("href");
        expect(atom).toBe("/outlets/the-evening-clarion/feed.atom");
        expect((await fetch(`${app.baseUrl}${atom}`)).status).toBe(200);
        await page.getByText("What the types mean").click();
        await page.getByTestId("type-scheme").waitFor();
        await app.shoot(page, "outlet-desktop");
        await page.setViewportSize(PHONE);
        await app.shoot(page, "outlet-phone");

        expect((await fetch(`${app.baseUrl}/outlets/no-such-outlet`)).status).toBe(404);
        expect((await fetch(`${app.baseUrl}/outlets/%3Cscript%3E`)).status).toBe(404);
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    "lets an editor change a fact with its source, and refuses one without a source",
    { timeout: 120_000 },
    async () => {
      const { context, page, problems } = await app.newPage(DESKTOP);
      try {
        await signInAsEditor(page, "/outlets/the-evening-clarion");
        await page.waitForURL(/\/outlets\/the-evening-clarion$/);
        await page.getByTestId("edit-type").locator("summary").click();
        const form = page.getByTestId("outlet-fact-form-type");
        await form.getByLabel("Type").selectOption("private");
        await form.getByLabel("Source", { exact: true }).fill("");
        await form.getByRole("button", { name: "Save type" }).click();
        await form
          .locator("[id$=-source-error]")
          .getByText("Name the list or publication this comes from.")
          .waitFor();
        await form.getByLabel("Source", { exact: true }).fill("Evening Clarion annual report 2026");
        await form.getByLabel("As of").fill("2026-12-01");
        await form.getByRole("button", { name: "Save type" }).click();
        await form.getByText("The type was saved with its source.").waitFor();
        await app.shoot(page, "outlet-edit");
        await page.reload();
        const type = page.getByTestId("fact-type");
        // The old source's address was not carried over to the new source.
        expect(await type.getByRole("link").count()).toBe(0);
        expect(await type.textContent()).toContain("private");
        expect(await type.getByTestId("fact-source").textContent()).toContain(
          "Evening Clarion annual report 2026, as of 1 Dec 2026 · recorded by E2E Editor",
        );
        await page.goto("/admin/audit");
        expect(await page.locator("main").textContent()).toContain("the-evening-clarion");
        expect(problems, "no script or hydration errors in the browser").toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe("send a page in", () => {
  it(
    "the bookmarklet, signed out: sign-in first, then the filled form, added only when confirmed",
    { timeout: 240_000 },
    async () => {
      const web = app.web;
      const headline = "Lisvard ferry crews walk out over night rosters";
      const articlePath = "/news/lisvard-ferry";
      web.route(articlePath, {
        body: articlePage({
          title: headline,
          paragraphs: storyParagraphs("Lisvard ferry crews", 0),
          site: "The Quay Courier",
        }),
      });
      // The news site's icon, which the browser asks for (a 404 would be a console error on the news page).
      web.route("/favicon.ico", { status: 204 });
      const articleUrl = web.url(articlePath);
      const fetchesOfArticle = () => web.requests.filter((r) => r.path === articlePath).length;

      // An editor's ingest page offers the bookmarklet.
      const editor = await app.newPage(DESKTOP);
      let code: string;
      try {
        await signInAsEditor(editor.page, "/ingest");
        await editor.page.waitForURL(/\/ingest$/);
        const link = editor.page.getByTestId("bookmarklet-link");
        await link.waitFor();
        await editor.page.waitForFunction(() =>
          document
            .querySelector("[data-testid=bookmarklet-link]")
            ?.getAttribute("href")
            ?.startsWith("javascript:"),
        );
        code = (await link.getAttribute("href")) ?? "";
        expect(code).toContain(`${app.baseUrl}/ingest?url=`);
        expect(await editor.page.getByTestId("bookmarklet-code").inputValue()).toBe(code);
        await editor.page.getByTestId("bookmarklet").scrollIntoViewIfNeeded();
        await app.shoot(editor.page, "ingest-bookmarklet-desktop");
        expect(editor.problems).toEqual([]);
      } finally {
        await editor.context.close();
      }

      for (const [width, viewport] of [
        ["phone", PHONE],
        ["desktop", DESKTOP],
      ] as const) {
        const { context, page, problems } = await app.newPage(viewport);
        try {
          // A reader on a news page, signed out of Parallax, clicks the bookmark.
          await page.goto(articleUrl);
          const before = fetchesOfArticle();
          // Run as the bookmark would; the navigation it starts may end the evaluation's context.
          await page.evaluate(code.slice("javascript:".length)).catch(() => undefined);
          await page.waitForURL(/\/signin\?next=/);
          const next = new URL(new URL(page.url()).searchParams.get("next") ?? "", app.baseUrl);
          expect(next.pathname).toBe("/ingest");
          expect([next.searchParams.get("url"), next.searchParams.get("title")]).toEqual([
            articleUrl,
            headline,
          ]);
          await app.shoot(page, `send-in-signin-${width}`);
          await page.getByLabel("Your name").fill("E2E Editor");
          await page.getByLabel("Editor password").fill(E2E_EDITOR_PASSWORD);
          await page.getByTestId("signin-submit").click();
          await page.waitForURL(/\/ingest\?url=/);
          await page.getByTestId("shared-page-notice").waitFor();
          expect(await page.getByLabel("Web address").inputValue()).toBe(articleUrl);
          expect(await page.getByLabel("Headline").inputValue()).toBe(headline);
          await app.shoot(page, `send-in-form-${width}`);
          // Opening the filled form fetched and stored nothing.
          expect(fetchesOfArticle()).toBe(before);

          if (width === "desktop") {
            await page.getByTestId("ingest-submit").click();
            await page.waitForURL(/\/stories\/[^/?]+\?added=/, { timeout: 60_000 });
            expect(await page.locator("main").textContent()).toContain(headline);
            expect(fetchesOfArticle()).toBe(before + 1);
          }
          expect(problems, "no script or hydration errors in the browser").toEqual([]);
        } finally {
          await context.close();
        }
      }

      // An installed app is a share target that opens the same address.
      const manifest = (await (await fetch(`${app.baseUrl}/manifest.webmanifest`)).json()) as {
        share_target?: { action: string; method: string; params: Record<string, string> };
      };
      expect(manifest.share_target).toEqual({
        action: "/ingest",
        method: "GET",
        params: { title: "title", text: "text", url: "url" },
      });

      // A share sheet's address that is not a web page is left out, and said so.
      const editorAgain = await app.newPage(DESKTOP);
      try {
        await signInAsEditor(editorAgain.page, "/ingest?url=javascript%3Aalert(1)&title=x");
        await editorAgain.page.getByText("The address was left out").waitFor();
        expect(await editorAgain.page.getByLabel("Web address").inputValue()).toBe("");
      } finally {
        await editorAgain.context.close();
      }
    },
  );
});
