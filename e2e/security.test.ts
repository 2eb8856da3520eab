/**
 * XSS and security headers in the browser: articles carrying script payloads (in the title, outlet, byline,
 * body, quotations, links and canonical URL) are stored through the write API, then the story, compare and
 * article pages are opened. No payload may run (a window flag, a dialog), the pages must hydrate without a
 * console error (so the CSP lets the app's own scripts run), and every page must carry the security headers.
 */
import type { Page, Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { serveAppForThisFile } from "./harness";

const TOKEN = "e2e-security-token-0123456789";
const app = serveAppForThisFile({ PARALLAX_API_TOKEN: TOKEN });

/** Each payload, if it ever ran, would set window.__xss to its own name or open a dialog. */
const flag = (name: string) => `window.__xss='${name}';alert('${name}')`;
const TOPIC = "harbour tunnel";

const escapedPayloads = [
  `Residents posted <img src=x onerror="${flag("img")}"> and <svg onload="${flag("svg")}"><script>${flag("svg-script")}</script></svg> on the council site.`,
  `"<b onmouseover="${flag("quote-attr")}">We will not be silenced</b><script>${flag("quote-script")}</script> by anyone," said the campaigner Jonas Veil.`,
  `The petition is at javascript:${flag("text-link")} and <a href="javascript:${flag("anchor")}">here</a>, organisers said.`,
];

/** A page whose markup is itself hostile: raw script, handlers, javascript: links, SVG and iframes. */
const rawHostilePage = `<!doctype html><html><head><title>Harbour tunnel vote</title>
<link rel="canonical" href="javascript:${flag("raw-canonical")}">
<meta property="og:title" content="Harbour tunnel &lt;script&gt;${flag("og-title")}&lt;/script&gt; vote">
<script>${flag("raw-head-script")}</script></head><body><article>
<h1 onclick="${flag("raw-h1")}">Harbour tunnel vote</h1>
${storyParagraphs(TOPIC, 1)
  .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
  .join("\n")}
<p>Critics <img src=x onerror="${flag("raw-img")}"> gathered <a href="javascript:${flag("raw-link")}">outside</a> the chamber.
<svg><script>${flag("raw-svg")}</script></svg><iframe srcdoc="<script>parent.${flag("raw-iframe")}</script>"></iframe>
<object data="javascript:${flag("raw-object")}"></object></p>
</article></body></html>`;

interface CreatedArticle {
  articleId: string;
  storyId: string;
}

async function storePayloads(): Promise<CreatedArticle[]> {
  const records = [
    {
      html: articlePage({
        title: `Harbour tunnel approved <script>${flag("title")}</script>`,
        byline: `<img src=x onerror="${flag("byline")}">`,
        canonical: `javascript:${flag("canonical")}`,
        paragraphs: [...storyParagraphs(TOPIC), ...escapedPayloads],
      }),
      outlet: `<script>${flag("outlet")}</script>Harbour Daily`,
      url: "https://harbour-daily.example/tunnel",
    },
    { html: rawHostilePage, outlet: "Coast Courier", url: "https://coast-courier.example/tunnel-vote" },
    {
      text: [...storyParagraphs(TOPIC), ...escapedPayloads].join("\n\n"),
      title: `Tunnel "vote" <svg/onload=${flag("text-title")}>`,
      outlet: `Lisvard Post <img src=x onerror=${flag("text-outlet")}>`,
    },
  ];
  const response = await fetch(`${app.baseUrl}/api/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(records),
  });
  expect(response.status).toBe(200);
  const { results } = (await response.json()) as { results: (CreatedArticle & { error?: unknown })[] };
  expect(results.map((result) => result.error)).toEqual([undefined, undefined, undefined]);
  return results;
}

function expectSecurityHeaders(response: Response | null): void {
  expect(response, "the page answered").not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  // Give handlers (onerror of a broken image, onload of SVG) their chance to fire.
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
  const hostile = await page.evaluate(() => ({
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
    handlers: [...document.querySelectorAll("*")].filter((el) =>
      [...el.attributes].some((attribute) => /^on/i.test(attribute.name)),
    ).length,
    injected: document.querySelectorAll("body img[src='x'], body svg script, body iframe, body object")
      .length,
    // Every script in the page carries the request's nonce, but for the app's own chunks that its nonced
    // bootstrap loads later ('strict-dynamic'); none came from an article.
    unnoncedScripts: [...document.scripts]
      .filter((script) => !script.nonce && !script.src.startsWith(`${location.origin}/_next/static/`))
      .map((script) => script.outerHTML.slice(0, 200)),
  }));
  expect(hostile).toEqual({ javascriptLinks: 0, handlers: 0, injected: 0, unnoncedScripts: [] });
}

describe("hostile article content", () => {
  it(
    "never runs on the story, compare and article pages, which hydrate under the CSP",
    {
      timeout: 240_000,
    },
    async () => {
      const created = await storePayloads();
      const storyIds = [...new Set(created.map((article) => article.storyId))];
      const { context, page, problems } = await app.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      try {
        const paths = [
          ...storyIds.flatMap((id) => [`/stories/${id}`, `/stories/${id}/compare`]),
          ...created.map((article) => `/articles/${article.articleId}`),
          // Pages without data would be prerendered without a nonce; the layout renders each per request.
          "/",
          "/ingest",
          "/feeds",
        ];
        for (const path of paths) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          expectSecurityHeaders(response);
          await expectNothingRan(page, dialogs);
        }

        // The payloads are shown as the text they are, not dropped and not interpreted.
        await page.goto(`/articles/${created[0]!.articleId}`);
        const body = await page.locator("main").innerText();
        expect(body).toContain("<script>window.__xss='title'");
        // (The quoted part of the onerror value is shown as a quotation, so the text is split around it.)
        expect(body).toContain(`Residents posted <img src=x onerror="${flag("img")}`);
        expect(body).toContain("<svg onload=");
        await app.shoot(page, "security-article");
        await page.goto(`/stories/${created[0]!.storyId}/compare`);
        await app.shoot(page, "security-compare");

        // Hydrated: a client-side navigation works without a full reload.
        await page.goto(`/stories/${created[0]!.storyId}`);
        await page.evaluate(() => ((window as unknown as { __marker?: number }).__marker = 1));
        await page.getByTestId("compare-link").click();
        await page.waitForURL(/\/compare$/);
        expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);

        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it("sends the API's JSON with nosniff and a deny-all policy", async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});
