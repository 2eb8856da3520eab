import { Readable } from "node:stream";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppError } from "@/lib/errors";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { fetchPage, type FetchOptions } from "./index";

let server: FixtureServer;
const MB = 1024 * 1024;
const local: FetchOptions = { allowPrivateNetwork: true, maxBytes: MB };

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const fails = expectAppError;

/** An endless stream of zeros that respects backpressure, counting what it produced. */
function zeros(counter: { produced: number }): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  return new Readable({
    read() {
      counter.produced += chunk.length;
      this.push(chunk);
    },
  });
}

describe("size cap", () => {
  it("accepts a body at the cap and refuses one byte more", async () => {
    server.route("/exact", { headers: { "content-type": "text/plain" }, body: "x".repeat(MB) });
    expect((await fetchPage(server.url("/exact"), local)).bytes).toBe(MB);
    server.route("/over", { headers: { "content-type": "text/plain" }, body: "x".repeat(MB + 1) });
    await fails(fetchPage(server.url("/over"), local), "TOO_LARGE", "larger than the limit of 1 MB");
  });

  it("refuses an announced Content-Length over the cap before reading the body", async () => {
    server.route("/announced", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * MB) });
      res.write("<p>and the rest never comes");
    });
    await fails(
      fetchPage(server.url("/announced"), { ...local, readTimeoutMs: 5000 }),
      "TOO_LARGE",
      "larger than the limit of 1 MB (it announces 50 MB)",
    );
  });

  it("counts the bytes of a body without Content-Length (chunked) and stops at the cap", async () => {
    const counter = { produced: 0 };
    server.route("/chunked", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      zeros(counter).pipe(res);
    });
    await fails(fetchPage(server.url("/chunked"), local), "TOO_LARGE", "larger than the limit");
  });

  it("reads no further than a Content-Length that is smaller than what the server sends", async () => {
    server.route("/short-length", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-length": "10" });
      res.end(Buffer.alloc(2 * MB, 0x61));
    });
    const outcome = await fetchPage(server.url("/short-length"), local).then(
      (page) => page.bytes,
      (error: AppError) => error.code,
    );
    // Node's parser frames the body by Content-Length: 10 bytes, or an invalid-response error, never 2 MB.
    expect([10, "UNPROCESSABLE"]).toContain(outcome);
  });

  it("stops a gzip bomb (50 MB of zeros) at the cap of decompressed bytes", async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(50 * MB));
    expect(bomb.length).toBeLessThan(MB / 10);
    server.route("/bomb", {
      headers: { "content-type": "text/html", "content-encoding": "gzip" },
      body: bomb,
    });
    await fails(fetchPage(server.url("/bomb"), local), "TOO_LARGE", "larger than the limit of 1 MB");
  });

  it("stops an endless gzip stream, which could not be buffered whole, and drops the connection", async () => {
    const counter = { produced: 0 };
    let closed: Promise<void> = Promise.resolve();
    server.route("/endless-bomb", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      const source = zeros(counter);
      closed = new Promise((resolve) => res.on("close", resolve));
      res.on("close", () => source.destroy());
      source.pipe(zlib.createGzip()).pipe(res);
    });
    await fails(
      fetchPage(server.url("/endless-bomb"), { ...local, readTimeoutMs: 10_000 }),
      "TOO_LARGE",
      "1 MB",
    );
    await closed;
    expect(counter.produced).toBeGreaterThan(MB);
  });
});

describe("timeouts", () => {
  it("times out connecting (DNS included)", async () => {
    const neverResolves = () => new Promise<never>(() => {});
    const fetching = fetchPage("http://slow-dns.example/", {
      ...local,
      lookup: neverResolves,
      connectTimeoutMs: 200,
    });
    await fails(fetching, "UNAVAILABLE", "timed out after 0.2 s connecting to slow-dns.example");
  });

  it("times out when the server accepts but never answers", async () => {
    server.route("/silent", () => {});
    await fails(
      fetchPage(server.url("/silent"), { ...local, readTimeoutMs: 300 }),
      "UNAVAILABLE",
      "timed out after 0.3 s fetching from 127.0.0.1",
    );
  });

  it("times out a body that trickles in, the total time counting", async () => {
    server.route("/trickle", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => res.write("."), 30);
      res.on("close", () => clearInterval(timer));
    });
    const started = performance.now();
    await fails(fetchPage(server.url("/trickle"), { ...local, readTimeoutMs: 400 }), "UNAVAILABLE", "0.4 s");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("counts redirects against the total time", async () => {
    server.route("/slow-hop", { delayMs: 250, redirect: "/slow-end" });
    server.route("/slow-end", { delayMs: 250, body: "late" });
    await fails(
      fetchPage(server.url("/slow-hop"), { ...local, readTimeoutMs: 400 }),
      "UNAVAILABLE",
      "timed out",
    );
    expect((await fetchPage(server.url("/slow-hop"), { ...local, readTimeoutMs: 2000 })).text).toBe("late");
  });
});
