/**
 * Every write entry point in app/ refuses an anonymous caller. Server actions ("use server" files) and route
 * handlers (POST/PUT/PATCH/DELETE in route.ts) are discovered from the file tree, so a new one without a
 * check fails here. Runs each against a fresh SQLite database and checks nothing was written.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/lib/testing/databases";
import type * as AuthModule from "@/lib/auth";
import { PEER_HEADER, peerHeaderValue } from "@/lib/ratelimit/peer-address";

const PASSWORD = "correct horse battery staple";
const APP_DIR = path.resolve(__dirname);

/** Actions that must work anonymously, and why. */
const OPEN_ACTIONS: Record<string, string> = {
  "signin/actions.ts#signInAction": "signing in is how an anonymous visitor becomes an editor",
  "signin/actions.ts#signOutAction": "signing out only deletes the caller's own cookie",
  "s/actions.ts#createShareLinkAction":
    "anyone who can read a story may share it: a link only pins versions that are already public",
};

/** Write routes that must work anonymously (e.g. a public share link), as "<path>#<METHOD>", and why. */
const OPEN_ROUTES: Record<string, string> = {};

const cookieJar = new Map<string, string>();
/** The address the request's connection comes from. */
const connection = { peer: "203.0.113.9" };
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
  headers: async () => new Headers({ [PEER_HEADER]: peerHeaderValue(connection.peer) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test") ? [full] : [];
  });
}

const relative = (file: string) => path.relative(APP_DIR, file).split(path.sep).join("/");
const isActionFile = (source: string) =>
  /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(source);

const sources = files(APP_DIR).map((file) => ({ file: relative(file), source: readFileSync(file, "utf8") }));
const actionFiles = sources.filter((s) => isActionFile(s.source)).map((s) => s.file);
const routeFiles = sources.filter((s) => /(^|\/)route\.ts$/.test(s.file)).map((s) => s.file);
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** next.config.js switches authInterrupts on; Next inlines this flag into the build, tests set it themselves. */
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

/** How an action refused: "401" for Next's unauthorized() (a 401 answer), else its message or returned state. */
function refusalText(outcome: { value?: unknown; error?: unknown }): string {
  if ("error" in outcome) {
    const error = outcome.error as { code?: string; message?: string; digest?: string };
    if (error.digest === "NEXT_HTTP_ERROR_FALLBACK;401") return "401";
    return `${error.code ?? ""} ${error.message ?? String(outcome.error)}`;
  }
  return JSON.stringify(outcome.value ?? null);
}

describe("write access", () => {
  useTestDatabase("sqlite", { PARALLAX_EDITOR_PASSWORD: PASSWORD });
  let auth: typeof AuthModule;
  let countRows: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    auth = await import("@/lib/auth");
    const { getDb } = await import("@/lib/db");
    const db = await getDb();
    countRows = async () => ({
      articles: await db.article.count(),
      stories: await db.story.count(),
      feeds: await db.feed.count(),
      tokens: await db.apiToken.count(),
      audit: await db.auditLog.count(),
      memberships: await db.storyMembership.count({ where: { setByEditor: true } }),
    });
  });

  it("finds the app's server actions and write routes", () => {
    expect(actionFiles).toEqual(expect.arrayContaining(["ingest/actions.ts", "feeds/actions.ts"]));
    expect(routeFiles).toContain("api/articles/route.ts");
  });

  it("has no inline server actions, which this test could not see", () => {
    const inline = sources.filter(
      (s) => !isActionFile(s.source) && /^\s*["']use server["'];?\s*$/m.test(s.source),
    );
    expect(
      inline.map((s) => s.file),
      "move inline server actions into an actions.ts file",
    ).toEqual([]);
  });

  for (const cookie of [null, "forged"] as const) {
    it(`refuses every write server action ${cookie ? "with a forged session cookie" : "without a session"}`, async () => {
      cookieJar.clear();
      if (cookie) cookieJar.set(auth.SESSION_COOKIE, "eyJuIjoiZXZlIiwiaWF0IjoxLCJleHAiOjk5OTk5OTk5OTl9.AAAA");
      const before = await countRows();
      const checked: string[] = [];
      for (const file of actionFiles) {
        const actions = (await import(/* @vite-ignore */ path.join(APP_DIR, file))) as Record<
          string,
          unknown
        >;
        for (const [name, action] of Object.entries(actions)) {
          if (typeof action !== "function" || OPEN_ACTIONS[`${file}#${name}`]) continue;
          const form = new FormData();
          for (const field of ["id", "name", "url", "text", "storyId", "articleId", "targetStoryId"])
            form.set(field, "x");
          const args = action.length >= 2 ? [{ status: "idle", values: {} }, form] : [form];
          const outcome = await (action as (...a: unknown[]) => Promise<unknown>)(...args).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          );
          // A form state or error saying so, or (a button's action, which returns nothing) a 401 answer.
          expect(refusalText(outcome), `${file}#${name}`).toMatch(
            new RegExp(`^401$|${auth.SIGN_IN_REQUIRED.replace(/\./g, "\\.")}`),
          );
          checked.push(`${file}#${name}`);
        }
      }
      expect(checked.length).toBeGreaterThanOrEqual(2);
      expect(await countRows(), "nothing written").toEqual(before);
    });
  }

  it("refuses anonymous calls to every write route with 401", async () => {
    let checked = 0;
    for (const file of routeFiles) {
      const handlers = (await import(/* @vite-ignore */ path.join(APP_DIR, file))) as Record<string, unknown>;
      for (const method of WRITE_METHODS) {
        const handler = handlers[method];
        if (typeof handler !== "function" || OPEN_ROUTES[`${file}#${method}`]) continue;
        const url = `http://localhost/${file.replace(/\/route\.ts$/, "").replace(/\[[^\]]+\]/g, "x")}`;
        for (const authorization of [undefined, "Bearer not-a-real-token-0123456789"]) {
          const response = (await handler(
            new Request(url, {
              method,
              headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
              body: JSON.stringify({ text: "x" }),
            }),
            { params: Promise.resolve({ id: "x", slug: "x" }) },
          )) as Response;
          expect(response.status, `${method} ${file} ${authorization ?? "anonymous"}`).toBe(401);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it("lets a signed-in editor through (the checks above refuse for the right reason)", async () => {
    cookieJar.clear();
    const { signInAction } = await import("./signin/actions");
    const form = new FormData();
    form.set("password", PASSWORD);
    form.set("name", "Ada");
    await expect(signInAction({ status: "idle" }, form)).rejects.toThrow(/NEXT_REDIRECT/);
    expect(cookieJar.get(auth.SESSION_COOKIE)).toBeTruthy();
    expect(await auth.getEditor()).toMatchObject({ name: "Ada" });

    const { createTokenAction } = await import("./admin/tokens/actions");
    const tokenForm = new FormData();
    tokenForm.set("name", "CMS");
    const created = await createTokenAction({ status: "idle" }, tokenForm);
    expect(created).toMatchObject({ status: "created", name: "CMS", secret: expect.stringMatching(/^plx_/) });
  });

  it("answers a button's action 401 when signed out and 404 for an unknown record, never a 500", async () => {
    const { revokeTokenAction } = await import("./admin/tokens/actions");
    const { retryJobAction } = await import("./admin/jobs/actions");
    const digest = (promise: Promise<void>) =>
      promise.then(
        () => "no refusal",
        (error: { digest?: string; message?: string }) => error.digest ?? `thrown: ${error.message}`,
      );
    const form = (id: string) => {
      const data = new FormData();
      data.set("id", id);
      return data;
    };
    cookieJar.clear();
    for (const action of [revokeTokenAction, retryJobAction])
      expect(await digest(action(form("x")))).toBe("NEXT_HTTP_ERROR_FALLBACK;401");

    const { signInAction } = await import("./signin/actions");
    const signIn = new FormData();
    signIn.set("password", PASSWORD);
    await expect(signInAction({ status: "idle" }, signIn)).rejects.toThrow(/NEXT_REDIRECT/);
    for (const action of [revokeTokenAction, retryJobAction]) {
      expect(await digest(action(form("no-such-record")))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
      expect(await digest(action(form("")))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    cookieJar.clear();
  });

  it("signing out ends the session: the same cookie, kept or copied, is refused afterwards", async () => {
    cookieJar.clear();
    const { signInAction, signOutAction } = await import("./signin/actions");
    const form = new FormData();
    form.set("password", PASSWORD);
    form.set("name", "Ada");
    await expect(signInAction({ status: "idle" }, form)).rejects.toThrow(/NEXT_REDIRECT/);
    const cookie = cookieJar.get(auth.SESSION_COOKIE)!;
    expect(await auth.getEditor()).toMatchObject({ name: "Ada" });
    await expect(signOutAction()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(cookieJar.has(auth.SESSION_COOKIE)).toBe(false);
    cookieJar.set(auth.SESSION_COOKIE, cookie);
    expect(await auth.getEditor()).toBeNull();
    expect(await auth.signInProblem()).toBe(auth.SIGN_IN_REQUIRED);
    cookieJar.clear();
  });

  it("refuses a wrong password and, after five, even the right one for a while", async () => {
    cookieJar.clear();
    const { signInAction } = await import("./signin/actions");
    const attempt = async (password: string) => {
      const form = new FormData();
      form.set("password", password);
      return signInAction({ status: "idle" }, form).catch((error: Error) => ({ thrown: error.message }));
    };
    for (let i = 0; i < 5; i++)
      expect(await attempt("wrong password")).toMatchObject({ message: "That password is not right." });
    expect(await attempt(PASSWORD)).toMatchObject({
      message: expect.stringMatching(/Too many wrong passwords/),
    });
    expect(cookieJar.size).toBe(0);
  });

  it("lets a client that has not guessed sign in, however many wrong passwords others sent", async () => {
    cookieJar.clear();
    const { signInAction } = await import("./signin/actions");
    const attempt = async (password: string) => {
      const form = new FormData();
      form.set("password", password);
      return signInAction({ status: "idle" }, form).catch((error: Error) => ({ thrown: error.message }));
    };
    for (let i = 0; i < 300; i++) {
      connection.peer = `198.51.100.${i % 200}`;
      expect(await attempt("wrong password")).toMatchObject({
        message: expect.stringMatching(/not right|Too many wrong passwords/),
      });
    }
    connection.peer = "203.0.113.77";
    expect(await attempt(PASSWORD)).toEqual({ thrown: "NEXT_REDIRECT" });
    expect(cookieJar.get(auth.SESSION_COOKIE)).toBeTruthy();
    connection.peer = "203.0.113.9";
  });
});
