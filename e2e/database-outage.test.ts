/**
 * The production app on PostgreSQL reached through a TCP relay that the test cuts and restores, as a database
 * crash or network failure would: while it is away, pages answer 503 with a page saying so, the API answers 503
 * `DATABASE_UNAVAILABLE` and /api/health 503; once it is back, everything answers 200 again without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, postgresAdminUrl, type TestDatabase } from "@/lib/testing/databases";
import { startTcpProxy, type TcpProxy } from "@/lib/testing/tcp-proxy";
import { serveAppForThisFile } from "./harness";

const MESSAGE = "The database is unavailable, try again shortly.";

let database: TestDatabase | undefined;
let relay: TcpProxy | undefined;
const appEnv: Record<string, string> = {};

// Registered before the harness's hooks, so the app starts on the relayed database.
beforeAll(async () => {
  database = await createTestDatabase("postgres");
  const admin = new URL(postgresAdminUrl());
  relay = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
  const relayed = new URL(database.url);
  relayed.hostname = "127.0.0.1";
  relayed.port = String(relay.port);
  appEnv.DATABASE_URL = relayed.toString();
});

afterAll(async () => {
  await relay?.stop();
  await database?.drop();
});

const app = serveAppForThisFile(appEnv);

/** Polls a URL until it answers `status` (the app checks the database at most a few times a second). */
async function until(path: string, status: number, timeoutMs = 15_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    const response = await fetch(`${app.baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (response.status === status) return response;
    last = `HTTP ${response.status}`;
    await response.body?.cancel();
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${path} did not answer ${status} within ${timeoutMs} ms (last: ${last})`);
}

describe("the database going away and coming back", () => {
  let storyPath = "";

  it("serves the demo corpus from PostgreSQL through the relay", async () => {
    const response = await until("/api/stories", 200);
    const body = (await response.json()) as { stories: { id: string }[] };
    expect(body.stories.length).toBeGreaterThan(0);
    storyPath = `/stories/${body.stories[0]?.id}`;
    expect((await until(storyPath, 200)).headers.get("content-type")).toContain("text/html");
  });

  it("answers 503 with a clear message on pages, the API and the health check while it is away", async () => {
    await relay?.stop();

    const page = await until(storyPath, 503);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain(MESSAGE);
    expect((await until("/", 503)).status).toBe(503);

    const api = await until(`/api${storyPath}`, 503);
    expect(await api.json()).toEqual({ error: { code: "DATABASE_UNAVAILABLE", message: MESSAGE } });
    const list = await until("/api/stories", 503);
    expect(((await list.json()) as { error: { code: string } }).error.code).toBe("DATABASE_UNAVAILABLE");

    const health = await until("/api/health", 503);
    expect(await health.json()).toMatchObject({
      status: "unavailable",
      database: { reachable: false },
      error: { code: "DATABASE_UNAVAILABLE" },
    });

    const { page: browserPage, context } = await app.newPage();
    const response = await browserPage.goto(storyPath);
    expect(response?.status()).toBe(503);
    await browserPage.getByRole("heading", { name: MESSAGE }).waitFor();
    await app.shoot(browserPage, "database-unavailable");
    await context.close();
  });

  it("serves normally again once the database is back, without a restart", async () => {
    await relay?.start();
    expect(await (await until(storyPath, 200)).text()).not.toContain(MESSAGE);
    expect((await until(`/api${storyPath}`, 200)).status).toBe(200);
    expect(await (await until("/api/health", 200)).json()).toMatchObject({ status: "ok" });
    expect((await until("/", 200)).status).toBe(200);
  });
});
