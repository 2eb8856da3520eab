import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { DEFAULT_USER_AGENT, fetchPage, type FetchOptions } from "./index";

let server: FixtureServer;
const local: FetchOptions = { allowPrivateNetwork: true };
const ARTICLE =
  "<!doctype html><html><head><title>Summit</title></head><body><p>“Hello,” she said.</p></body></html>";

beforeAll(async () => {
  server = await startFixtureServer({ "/article": { body: ARTICLE, headers: { etag: '"v1"' } } });
});
afterAll(() => server.close());

const fails = expectAppError;

describe("fetchPage", () => {
  it("fetches and decodes a page, sending a clear User-Agent and Accept-Encoding", async () => {
    const page = await fetchPage(server.url("/article#comments"), local);
    expect(page).toMatchObject({
      requestedUrl: server.url("/article"),
      finalUrl: server.url("/article"),
      redirects: [],
      status: 200,
      notModified: false,
      contentType: "text/html",
      charset: "utf-8",
      text: ARTICLE,
      bytes: Buffer.byteLength(ARTICLE),
      etag: '"v1"',
      lastModified: null,
    });
    const request = server.requests.at(-1)!;
    expect(request.path).toBe("/article");
    expect(request.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(request.headers["accept-encoding"]).toBe("gzip, deflate, br");
    expect(request.headers.accept).toContain("text/html");
  });

  it("sends an overriding User-Agent", async () => {
    await fetchPage(server.url("/article"), { ...local, userAgent: "ParallaxTest/1" });
    expect(server.requests.at(-1)!.headers["user-agent"]).toBe("ParallaxTest/1");
  });

  describe("charsets over HTTP", () => {
    it("uses the header charset", async () => {
      server.route("/latin2", {
        headers: { "content-type": "text/html; charset=ISO-8859-2" },
        body: Buffer.from([0x3c, 0x70, 0x3e, 0xa3, 0xf3, 0x64, 0xbc]),
      });
      expect(await fetchPage(server.url("/latin2"), local)).toMatchObject({
        charset: "iso-8859-2",
        text: "<p>Łódź",
      });
    });

    it("uses <meta http-equiv> for Shift_JIS", async () => {
      const head = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>');
      server.route("/sjis", {
        headers: { "content-type": "text/html" },
        body: Buffer.concat([head, Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea])]),
      });
      const page = await fetchPage(server.url("/sjis"), local);
      expect(page.charset).toBe("shift_jis");
      expect(page.text.endsWith("<p>日本語")).toBe(true);
    });

    it("falls back to windows-1252 for undeclared bytes that are not UTF-8", async () => {
      server.route("/cp1252", {
        headers: { "content-type": "text/plain" },
        body: Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]),
      });
      expect(await fetchPage(server.url("/cp1252"), local)).toMatchObject({
        charset: "windows-1252",
        text: "“café”",
      });
    });

    it("decodes invalid UTF-8 declared as UTF-8 with replacement characters", async () => {
      server.route("/broken", {
        headers: { "content-type": "text/html; charset=utf-8" },
        body: Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xc3, 0x28]),
      });
      expect(await fetchPage(server.url("/broken"), local)).toMatchObject({
        charset: "utf-8",
        text: "<p>\uFFFD\uFFFD(",
      });
    });

    it("reads a feed's XML declaration", async () => {
      const xml = Buffer.concat([
        Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>'),
        Buffer.from([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]),
        Buffer.from("</title></channel></rss>"),
      ]);
      server.route("/feed.xml", { headers: { "content-type": "application/rss+xml" }, body: xml });
      const page = await fetchPage(server.url("/feed.xml"), { ...local, accept: "feed" });
      expect(page).toMatchObject({ contentType: "application/rss+xml", charset: "windows-1251" });
      expect(page.text).toContain("<title>Новости</title>");
    });
  });

  describe("compression", () => {
    const body = `<p>${"compressed words ".repeat(500)}</p>`;

    it.each(["gzip", "deflate", "br"] as const)(
      "decompresses %s, counting decompressed bytes",
      async (compress) => {
        server.route(`/${compress}`, { body, compress });
        const page = await fetchPage(server.url(`/${compress}`), local);
        expect(page.text).toBe(body);
        expect(page.bytes).toBe(Buffer.byteLength(body));
      },
    );

    it("decompresses raw deflate, which some servers send as deflate", async () => {
      server.route("/raw-deflate", {
        headers: { "content-encoding": "deflate" },
        body: zlib.deflateRawSync(body),
      });
      expect((await fetchPage(server.url("/raw-deflate"), local)).text).toBe(body);
    });

    it("refuses a corrupt gzip body and an encoding it did not offer", async () => {
      server.route("/corrupt", { headers: { "content-encoding": "gzip" }, body: "definitely not gzip" });
      await fails(fetchPage(server.url("/corrupt"), local), "UNPROCESSABLE", /corrupt compressed body/);
      server.route("/zstd", { headers: { "content-encoding": "zstd" }, body: "x" });
      await fails(fetchPage(server.url("/zstd"), local), "UNSUPPORTED", /unsupported encoding \(zstd\)/);
    });
  });

  describe("content types", () => {
    it.each(["application/pdf", "image/png", "application/octet-stream"])(
      "refuses %s, naming it",
      async (type) => {
        server.route(`/file-${type}`, {
          headers: { "content-type": type },
          body: Buffer.from([0x25, 0x50, 0x00]),
        });
        await fails(fetchPage(server.url(`/file-${type}`), local), "UNSUPPORTED", `sent ${type}`);
      },
    );

    it("refuses a wrong type before reading the body", async () => {
      server.route("/endless-pdf", (_req, res) => {
        res.writeHead(200, { "content-type": "application/pdf" });
        res.write("%PDF-1.7 and then nothing more, ever");
      });
      await fails(
        fetchPage(server.url("/endless-pdf"), { ...local, readTimeoutMs: 5000 }),
        "UNSUPPORTED",
        /pdf/,
      );
    });

    it("fetches feed types only when asked, and a custom list", async () => {
      server.route("/atom", {
        headers: { "content-type": "application/atom+xml; charset=utf-8" },
        body: "<feed/>",
      });
      await fails(fetchPage(server.url("/atom"), local), "UNSUPPORTED", "application/atom+xml");
      expect((await fetchPage(server.url("/atom"), { ...local, accept: "feed" })).text).toBe("<feed/>");
      expect(
        (await fetchPage(server.url("/atom"), { ...local, accept: ["application/atom+xml"] })).text,
      ).toBe("<feed/>");
      await fails(
        fetchPage(server.url("/article"), { ...local, accept: "feed" }),
        "UNSUPPORTED",
        "text/html",
      );
    });

    it("sniffs a missing Content-Type", async () => {
      server.route("/untyped", { headers: { "content-type": null }, body: "<html><p>hi</p></html>" });
      expect(await fetchPage(server.url("/untyped"), local)).toMatchObject({ contentType: "text/html" });
      server.route("/untyped-binary", {
        headers: { "content-type": null },
        body: Buffer.from([0x89, 0x50, 0x00]),
      });
      await fails(fetchPage(server.url("/untyped-binary"), local), "UNSUPPORTED", "application/octet-stream");
    });
  });

  describe("conditional GET", () => {
    beforeAll(() => {
      server.route("/feed", (req, res) => {
        const fresh =
          req.headers["if-none-match"] === '"abc"' || req.headers["if-modified-since"] !== undefined;
        res.writeHead(fresh ? 304 : 200, {
          "content-type": "application/rss+xml",
          etag: '"abc"',
          "last-modified": "Tue, 01 Dec 2026 10:00:00 GMT",
        });
        res.end(fresh ? undefined : "<rss/>");
      });
    });

    it("returns the validators of a full answer", async () => {
      const page = await fetchPage(server.url("/feed"), { ...local, accept: "feed" });
      expect(page).toMatchObject({ status: 200, notModified: false, text: "<rss/>", etag: '"abc"' });
      expect(page.lastModified).toBe("Tue, 01 Dec 2026 10:00:00 GMT");
    });

    it("answers a 304 as not modified, without a body", async () => {
      const page = await fetchPage(server.url("/feed"), { ...local, accept: "feed", etag: '"abc"' });
      expect(server.requests.at(-1)!.headers["if-none-match"]).toBe('"abc"');
      expect(page).toMatchObject({ status: 304, notModified: true, text: "", bytes: 0, etag: '"abc"' });
    });

    it("sends If-Modified-Since", async () => {
      const lastModified = new Date("2026-12-01T10:00:00Z");
      const page = await fetchPage(server.url("/feed"), { ...local, accept: "feed", lastModified });
      expect(server.requests.at(-1)!.headers["if-modified-since"]).toBe("Tue, 01 Dec 2026 10:00:00 GMT");
      expect(page.notModified).toBe(true);
    });
  });

  describe("statuses", () => {
    it.each([
      [404, "NOT_FOUND"],
      [410, "NOT_FOUND"],
      [500, "UNAVAILABLE"],
      [503, "UNAVAILABLE"],
      [429, "UNAVAILABLE"],
      [403, "UNPROCESSABLE"],
      [400, "UNPROCESSABLE"],
    ] as const)("maps %i to %s, naming the status", async (status, code) => {
      server.route(`/status-${status}`, { status, body: "no" });
      await fails(fetchPage(server.url(`/status-${status}`), local), code, `answered ${status}`);
    });
  });

  describe("redirects", () => {
    beforeAll(() => {
      server.route("/old", { status: 301, redirect: "/moved" });
      server.route("/moved", { status: 307, redirect: `${server.origin}/article` });
      server.route("/loop-a", { redirect: "/loop-b" });
      server.route("/loop-b", { status: 308, redirect: "/loop-a" });
      server.route("/self", { redirect: "/self" });
      for (let i = 1; i <= 6; i++) server.route(`/hop-${i}`, { redirect: `/hop-${i + 1}` });
      server.route("/hop-7", { body: "arrived" });
      server.route("/to-file", { redirect: "file:///etc/passwd" });
      server.route("/nowhere", { status: 302, headers: { location: null } });
    });

    it("follows a chain and reports it", async () => {
      const page = await fetchPage(server.url("/old"), local);
      expect(page).toMatchObject({
        requestedUrl: server.url("/old"),
        finalUrl: server.url("/article"),
        redirects: [server.url("/old"), server.url("/moved")],
        text: ARTICLE,
      });
    });

    it("reports a loop as a loop", async () => {
      await fails(
        fetchPage(server.url("/loop-a"), local),
        "UNPROCESSABLE",
        /^redirect loop: .*\/loop-b redirects back/,
      );
      await fails(fetchPage(server.url("/self"), local), "UNPROCESSABLE", /^redirect loop/);
    });

    it("stops after maxRedirects", async () => {
      await fails(fetchPage(server.url("/hop-1"), local), "UNPROCESSABLE", "redirected more than 5 times");
      expect((await fetchPage(server.url("/hop-1"), { ...local, maxRedirects: 6 })).text).toBe("arrived");
      await fails(
        fetchPage(server.url("/hop-6"), { ...local, maxRedirects: 0 }),
        "UNPROCESSABLE",
        /more than 0/,
      );
    });

    it("refuses redirects to other schemes and redirects without a Location", async () => {
      await fails(fetchPage(server.url("/to-file"), local), "UNPROCESSABLE", "redirected to a file: URL");
      await fails(fetchPage(server.url("/nowhere"), local), "UNPROCESSABLE", "without saying where to");
    });
  });

  describe("URLs", () => {
    it.each([
      "file:///etc/passwd",
      "ftp://example.com/file",
      "data:text/html,<p>hi",
      "javascript:alert(1)",
      "gopher://example.com/",
    ])("refuses %s", async (url) => {
      await fails(fetchPage(url), "INVALID_INPUT", "only http and https are fetched");
    });

    it("refuses credentials and non-URLs", async () => {
      await fails(fetchPage("http://user:pass@example.com/"), "INVALID_INPUT", "user name or password");
      await fails(fetchPage("https://user@example.com/"), "INVALID_INPUT", "user name or password");
      await fails(fetchPage("not a url"), "INVALID_INPUT", "not a valid URL");
      await fails(fetchPage(""), "INVALID_INPUT", "not a valid URL");
    });

    it("refuses nonsensical limits", async () => {
      await fails(fetchPage(server.url("/article"), { ...local, maxBytes: 0 }), "INVALID_INPUT", "maxBytes");
      await fails(
        fetchPage(server.url("/article"), { ...local, maxRedirects: -1 }),
        "INVALID_INPUT",
        "maxRedirects",
      );
    });
  });

  describe("connections", () => {
    it("reuses kept-alive connections across fetches", async () => {
      const ports: number[] = [];
      server.route("/port", (req, res) => {
        ports.push(req.socket.remotePort ?? 0);
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      });
      for (let i = 0; i < 10; i++) await fetchPage(server.url("/port"), local);
      expect(new Set(ports).size).toBe(1);

      ports.length = 0;
      const started = performance.now();
      const queue = Array.from({ length: 200 }, () => server.url("/port"));
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let url = queue.pop(); url; url = queue.pop()) await fetchPage(url, local);
        }),
      );
      const perSecond = 200 / ((performance.now() - started) / 1000);
      expect(ports).toHaveLength(200);
      expect(new Set(ports).size).toBeLessThanOrEqual(8);
      expect(perSecond).toBeGreaterThan(50);
    });

    it("rejects as cancelled when the signal aborts", async () => {
      server.route("/hang", () => {});
      const controller = new AbortController();
      const fetching = fetchPage(server.url("/hang"), { ...local, signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await fails(fetching, "UNAVAILABLE", "cancelled fetching from 127.0.0.1");
    });
  });
});
