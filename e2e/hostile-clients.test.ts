/**
 * Hostile clients over HTTP (issue 15): a client that rotates X-Forwarded-For is still one client to the rate
 * limits; guessing passwords from one address never locks out an editor at another; signing out ends the session
 * on the server; `next=` cannot send a signed-in editor to another origin; a button's action answers 401 once
 * signed out; the story list and Open Graph images come from the page cache. Other clients are told apart by the
 * loopback address their connection comes from (127.0.0.x: Linux routes all of 127/8 to the loopback device).
 */
import http from "node:http";
import { describe, expect, it } from "vitest";
import { serveAppForThisFile } from "./harness";
import { E2E_EDITOR_PASSWORD, signInAsEditor } from "./sign-in";

const TOKEN = "e2e-hostile-token-0123456789";
const app = serveAppForThisFile({ PARALLAX_API_TOKEN: TOKEN, PARALLAX_EDITOR_PASSWORD: E2E_EDITOR_PASSWORD });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request to the app from the loopback address `from`. */
function send(
  from: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<Answer> {
  const { port } = new URL(app.baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, path, method, localAddress: from, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** Posts the sign-in form as a browser without JavaScript would (Next's hidden action fields included). */
async function signInForms(
  from: string,
): Promise<(password: string, forwardedFor: string) => Promise<Answer>> {
  const page = await send(from, "GET", "/signin", { accept: "text/html" });
  const fields = [...page.body.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    ([, name, value]) => [name!, (value ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")] as const,
  );
  expect(fields.length).toBeGreaterThan(0);
  return async (password, forwardedFor) => {
    const form = new FormData();
    for (const [name, value] of fields) form.set(name, value);
    form.set("name", "Guesser");
    form.set("password", password);
    const encoded = new Response(form);
    return send(
      from,
      "POST",
      "/signin",
      {
        "content-type": encoded.headers.get("content-type")!,
        origin: app.baseUrl,
        accept: "text/html",
        "x-forwarded-for": forwardedFor,
      },
      Buffer.from(await encoded.arrayBuffer()),
    );
  };
}

describe("hostile clients", () => {
  it("limits a client that rotates X-Forwarded-For, and only that client", { timeout: 60_000 }, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 120; i++) {
      const answer = await send(
        "127.0.0.2",
        "POST",
        "/api/articles",
        {
          authorization: "Bearer not-the-token-0123456789",
          "content-type": "application/json",
          "x-forwarded-for": `198.51.100.${i}`,
        },
        JSON.stringify({ text: "x" }),
      );
      statuses.push(answer.status);
    }
    expect(new Set(statuses)).toEqual(new Set([401, 429]));
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(60);
    const other = await send(
      "127.0.0.3",
      "POST",
      "/api/articles",
      { authorization: "Bearer not-the-token-0123456789", "content-type": "application/json" },
      JSON.stringify({ text: "x" }),
    );
    expect(other.status).toBe(401);
  });

  it("never locks an editor out by guessing from elsewhere", { timeout: 180_000 }, async () => {
    // 110 wrong passwords from one address, each claiming another in X-Forwarded-For.
    const post = await signInForms("127.0.0.4");
    const answers: string[] = [];
    for (let i = 0; i < 110; i++) {
      const answer = await post(`wrong password ${i}`, `198.51.100.${i}`);
      expect(answer.status).toBe(200);
      answers.push(/Too many wrong passwords/.test(answer.body) ? "limited" : "wrong");
    }
    expect(answers.slice(0, 6)).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong", "limited"]);
    expect(new Set(answers.slice(5))).toEqual(new Set(["limited"]));
    // Another address that has not guessed signs in (the browser connects from 127.0.0.1).
    const { context, page } = await app.newPage();
    try {
      await signInAsEditor(page, "/admin/tokens");
      expect(new URL(page.url()).pathname).toBe("/admin/tokens");
    } finally {
      await context.close();
    }
  });

  it("keeps next= on this site after signing in", { timeout: 60_000 }, async () => {
    const { context, page } = await app.newPage();
    try {
      await signInAsEditor(page, "/\t/evil.example/x");
      expect(new URL(page.url()).origin).toBe(app.baseUrl);
    } finally {
      await context.close();
    }
  });

  it("ends the session on sign-out, and answers a signed-out button 401", { timeout: 120_000 }, async () => {
    const { context, page, problems } = await app.newPage();
    try {
      await signInAsEditor(page, "/admin/tokens", "Ada Editor");
      await page.getByLabel("Name").fill("Hostile test token");
      await page.getByRole("button", { name: /create/i }).click();
      await page.getByTestId("token-secret").waitFor();
      await page.goto("/admin/tokens");
      const cookie = (await context.cookies()).find((c) => c.name === "parallax_session");
      expect(cookie).toBeTruthy();

      // Sign out in another tab: the cookie copied before is refused from now on.
      const other = await context.newPage();
      await other.goto("/signin");
      await other.getByTestId("editor-status").getByRole("button", { name: "Sign out" }).click();
      await other.waitForURL(`${app.baseUrl}/`);
      const replay = await send("127.0.0.1", "GET", "/admin/tokens", {
        accept: "text/html",
        cookie: `parallax_session=${cookie!.value}`,
      });
      expect(replay.status).toBe(307);
      expect(replay.headers.location).toMatch(/^\/signin\?next=/);

      // The first tab still shows the token list; with the old cookie put back, Revoke gets a clear 401.
      await context.addCookies([cookie!]);
      const answered = page.waitForResponse((response) => response.request().method() === "POST");
      await page
        .getByRole("button", { name: /Revoke/ })
        .first()
        .click();
      expect((await answered).status()).toBe(401);
      // The answer re-renders the tokens page, which sends a signed-out reader to the sign-in form.
      await page.getByTestId("signin-submit").waitFor();
      await app.shoot(page, "hostile-revoke-signed-out");
      expect(problems.filter((p) => !/401|Unauthorized/i.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("serves the story list and a story's preview image from the page cache", async () => {
    const list = () => send("127.0.0.1", "GET", "/", { accept: "text/html" });
    await list();
    const second = await list();
    expect(second.status).toBe(200);
    expect(second.headers["x-parallax-page-cache"]).toBe("hit");

    const image = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(
      (
        await send("127.0.0.1", "GET", /href="(\/stories\/[^"]+)"/.exec(second.body)![1]!, {
          accept: "text/html",
        })
      ).body,
    )?.[1];
    expect(image).toMatch(/\/opengraph-image/);
    const path = image!.replaceAll("&amp;", "&");
    const first = await send("127.0.0.1", "GET", path, { accept: "*/*" });
    expect(first.status).toBe(200);
    expect(first.headers["content-type"]).toBe("image/png");
    const again = await send("127.0.0.1", "GET", path, { accept: "*/*" });
    expect(again.headers["x-parallax-page-cache"]).toBe("hit");
    expect(again.body).toBe(first.body);
  });
});
