import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { postBody, type ResolveHost } from "./index";

// Simulated DNS: hooks.example stands for a public receiver, played by the fixture server through the allow-list.
let server: FixtureServer;
const dns: Record<string, string[]> = { "hooks.example": ["127.0.0.1"], "intranet.example": ["10.0.0.7"] };
const lookup: ResolveHost = async (hostname) =>
  (dns[hostname] ?? []).map((address) => ({ address, family: 4 as const }));
const asPublic = { lookup, allowAddresses: ["127.0.0.1"], headers: {}, timeoutMs: 1000 };
const hits = (path: string) => server.requests.filter((request) => request.path === path).length;

beforeAll(async () => {
  server = await startFixtureServer({
    "/ok": (req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => res.writeHead(200, { "content-type": "text/plain" }).end(`got ${body}`));
    },
    "/moved": { redirect: "/ok" },
    "/hang": () => {},
  });
});
afterAll(() => server.close());

describe("postBody", () => {
  it("POSTs the body with its headers and answers the status and the start of the reply", async () => {
    const answer = await postBody(`http://hooks.example:${server.port}/ok`, '{"a":1}', {
      ...asPublic,
      headers: { "content-type": "application/json", "x-test": "yes" },
    });
    expect(answer).toEqual({ status: 200, statusText: "OK", bodyStart: 'got {"a":1}' });
    const request = server.requests.find((r) => r.path === "/ok")!;
    expect(request).toMatchObject({ method: "POST", headers: { "x-test": "yes", "content-length": "7" } });
  });

  it("refuses private addresses, literal or resolved, before sending anything", async () => {
    const before = hits("/ok");
    await expectAppError(
      postBody(`http://127.0.0.1:${server.port}/ok`, "x", { headers: {}, timeoutMs: 1000 }),
      "FORBIDDEN",
      "refused: 127.0.0.1 is a loopback address",
    );
    await expectAppError(
      postBody(`http://localhost:${server.port}/ok`, "x", { headers: {}, timeoutMs: 1000 }),
      "FORBIDDEN",
      "refused: localhost is a loopback host name",
    );
    await expectAppError(
      postBody(`http://intranet.example:${server.port}/ok`, "x", { headers: {}, timeoutMs: 1000, lookup }),
      "FORBIDDEN",
      "refused: intranet.example is not a public address",
    );
    await expectAppError(
      postBody("ftp://hooks.example/ok", "x", asPublic),
      "INVALID_INPUT",
      "refused: only plain http and https URLs are used",
    );
    expect(hits("/ok")).toBe(before);
  });

  it("does not follow a redirect and cuts off a receiver that does not answer", async () => {
    expect((await postBody(`http://hooks.example:${server.port}/moved`, "x", asPublic)).status).toBe(302);
    const started = Date.now();
    await expectAppError(
      postBody(`http://hooks.example:${server.port}/hang`, "x", { ...asPublic, timeoutMs: 300 }),
      "UNAVAILABLE",
      "timed out after 0.3 s waiting for hooks.example",
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
