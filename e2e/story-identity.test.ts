/**
 * Browser test of a story's identity: two reports dated by day only are shown as dates (no "00:00 UTC", the
 * timeline says days), the title says whose headline it is, and an editor renames the story and resets it.
 */
import { describe, expect, it } from "vitest";
import { PHONE, serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const app = serveAppForThisFile({ PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });
const DESKTOP_1366 = { width: 1366, height: 900 };

const BODY = [
  "Firefighters said on Thursday the wildfire on Kestrel Ridge was contained after burning 2,000 hectares of forest above the town of Ardwick.",
  "The 300 evacuated residents of Ardwick may return on Friday, the regional fire service said, after crews cut a firebreak along the ridge road.",
  "No one was hurt, but four barns and a holiday cabin were destroyed, according to the mayor of Ardwick, Liesl Varga.",
];

describe("story identity", () => {
  it(
    "shows day-only dates as dates, attributes the title, and lets an editor rename it",
    { timeout: 240_000 },
    async () => {
      const { context, page, problems } = await app.newPage(DESKTOP_1366);
      try {
        await signInAsEditor(page, "/admin/tokens", "Ada Editor");
        await page.getByLabel("Name").fill("identity");
        await page.getByRole("button", { name: "Create token" }).click();
        const secret = (await page.getByTestId("token-secret").textContent())?.trim() ?? "";
        const post = async (record: Record<string, string>) => {
          const response = await fetch(`${app.baseUrl}/api/articles`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
            body: JSON.stringify(record),
          });
          expect(response.status).toBe(201);
          return (await response.json()) as { storyId?: string; results?: { storyId: string }[] };
        };
        const first = await post({
          text: ["Kestrel Ridge wildfire contained, Ardwick residents to return", ...BODY].join("\n\n"),
          outlet: "The Ridge Wire",
          publishedAt: "2018-03-04",
        });
        await post({
          text: [
            "Ardwick evacuees can go home as Kestrel Ridge fire is contained",
            BODY[1],
            BODY[0],
            BODY[2],
          ].join("\n\n"),
          outlet: "Valley Courier",
          publishedAt: "2018-03-06",
        });
        const storyId = first.storyId ?? first.results?.[0]?.storyId ?? "";
        expect(storyId).not.toBe("");

        await page.goto(`/stories/${storyId}`);
        const main = page.locator("main");
        await page.getByTestId("title-source").first().waitFor();
        expect(await page.getByTestId("title-source").first().textContent()).toMatch(/^Headline via /);
        const text = (await main.textContent()) ?? "";
        expect(text).toContain("4 Mar 2018");
        expect(text).not.toContain("00:00 UTC");
        expect(text).not.toContain("+0 min");
        expect(text).toContain("+2 d");
        await app.shoot(page, "identity-story-1366");

        await page.getByTestId("rename-tool").locator("summary").click();
        await page.getByTestId("rename-title").fill("Kestrel Ridge fire contained");
        await page.getByTestId("rename-submit").click();
        await page.getByTestId("story-edit-done").waitFor();
        await page.reload();
        expect((await page.locator("h1").textContent())?.trim()).toBe("Kestrel Ridge fire contained");
        expect(await page.getByTestId("title-source").first().textContent()).toBe("Title by an editor");
        await page.getByTestId("rename-tool").locator("summary").click();
        await app.shoot(page, "identity-renamed-1366");

        // The API gives the date as a date, and the editor's title without an outlet.
        const api = (await (await fetch(`${app.baseUrl}/api/stories/${storyId}`)).json()) as {
          title: string;
          titleOutlet: string | null;
          titleByEditor: boolean;
          firstPublishedAt: string;
          articles: { publishedAt: string }[];
        };
        expect(api).toMatchObject({
          title: "Kestrel Ridge fire contained",
          titleOutlet: null,
          titleByEditor: true,
          firstPublishedAt: "2018-03-04",
        });
        expect(api.articles.map((a) => a.publishedAt)).toEqual(["2018-03-04", "2018-03-06"]);

        await page.getByTestId("reset-title").click();
        await page.getByTestId("story-edit-done").waitFor();
        await page.reload();
        expect(await page.getByTestId("title-source").first().textContent()).toMatch(/^Headline via /);

        await page.goto("/admin/audit");
        await page.getByTestId("audit-row").first().waitFor();
        const actions = await page
          .getByTestId("audit-row")
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-action")));
        expect(actions.slice(0, 2)).toEqual(["story.title-reset", "story.rename"]);
        expect(problems, "no script or hydration errors in the browser").toEqual([]);

        const phone = await app.newPage(PHONE);
        try {
          await phone.page.goto(`/stories/${storyId}`);
          await phone.page.getByTestId("title-source").first().waitFor();
          await app.shoot(phone.page, "identity-story-390");
          await phone.page.goto("/");
          await app.shoot(phone.page, "identity-list-390");
        } finally {
          await phone.context.close();
        }
      } finally {
        await context.close();
      }
    },
  );
});
