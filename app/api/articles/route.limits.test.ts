import { beforeAll, describe, expect, it } from "vitest";
import { PEER_HEADER, peerHeaderValue } from "@/lib/ratelimit/peer-address";

type Post = (request: Request) => Promise<Response>;
const TOKEN = "limits-token-0123456789";

/** A request whose connection came from `address` (as instrumentation.ts records it). */
function post(address: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Request {
  return new Request("http://localhost/api/articles", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [PEER_HEADER]: peerHeaderValue(address),
      ...init.headers,
    },
    body: init.body ?? JSON.stringify({ text: "x" }),
    // A streamed body needs half-duplex in Node's fetch.
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A body of `bytes` bytes streamed in 1 MB chunks, without a Content-Length. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(1024 * 1024, bytes - sent)).fill(0x20);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

// The limits are read from the environment when the route's modules load. No database is reached: the rate
// limit, the token and the body size are all checked before anything is stored.
describe("POST /api/articles limits", () => {
  let POST: Post;

  beforeAll(async () => {
    process.env.PARALLAX_RATE_BURST = "2";
    process.env.PARALLAX_RATE_PER_MINUTE = "6";
    process.env.PARALLAX_API_TOKEN = TOKEN;
    ({ POST } = await import("./route"));
  });

  it("answers 429 with Retry-After in the one error shape once a client's burst is used up", async () => {
    expect((await POST(post("203.0.113.7"))).status).toBe(401);
    expect((await POST(post("203.0.113.7"))).status).toBe(401);
    const limited = await POST(post("203.0.113.7"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("10");
    expect(await limited.json()).toEqual({
      error: { code: "RATE_LIMITED", message: "Too many requests to POST /api/articles: try again in 10 s." },
    });
    // Another client is not held back by the first.
    expect((await POST(post("203.0.113.8"))).status).toBe(401);
  });

  it("limits a client however it rotates X-Forwarded-For (no proxy is trusted)", async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 120; i++) {
      const response = await POST(
        post("203.0.113.30", { headers: { "x-forwarded-for": `198.51.100.${i}` } }),
      );
      statuses.add(response.status);
    }
    expect(statuses).toEqual(new Set([401, 429]));
    expect(
      (await POST(post("203.0.113.31", { headers: { "x-forwarded-for": "198.51.100.1" } }))).status,
    ).toBe(401);
  });

  it("refuses a body over 20 MB, announced or streamed, with 413", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const announced = await POST(
      post("203.0.113.20", { headers: { ...auth, "content-length": String(21 * 1024 * 1024) }, body: "{}" }),
    );
    expect(announced.status).toBe(413);
    const streamed = await POST(post("203.0.113.21", { headers: auth, body: streamOf(21 * 1024 * 1024) }));
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({
      error: { code: "TOO_LARGE", message: "The body is larger than 20 MB." },
    });
  });
});
