/**
 * The SSRF suite: hostile URLs of every kind the fetcher must refuse, as tables. Nothing here reaches the
 * network: DNS is simulated, "news.example" is a fixture server on 127.0.0.1 let through by the allow-list,
 * and a "secret" server on 127.0.0.2 stands for an internal service that must never see a request.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { fetchPage, type ResolveHost } from "./index";

const DNS: Record<string, string[]> = {
  "news.example": ["127.0.0.1"],
  "secret.example": ["127.0.0.2"],
  "internal.example": ["192.168.0.10"],
  "rebind.example": ["93.184.215.14", "10.0.0.1"],
  "v6-loopback.example": ["::1"],
  "mapped.example": ["::ffff:127.0.0.2"],
  "compatible.example": ["::7f00:2"],
  "nat64.example": ["64:ff9b::a9fe:a9fe"],
  "sixtofour.example": ["2002:c0a8:1::1"],
  "ula.example": ["fd12:3456::1"],
  "link-local.example": ["fe80::1"],
  "metadata.example": ["169.254.169.254"],
  "cgnat.example": ["100.64.1.1"],
  "zero.example": ["0.0.0.0"],
  // Names that would resolve somewhere harmless are still refused by name.
  "metadata.google.internal": ["93.184.215.14"],
  localhost: ["93.184.215.14"],
};
const lookup: ResolveHost = async (hostname) =>
  (DNS[hostname.toLowerCase().replace(/\.$/, "")] ?? []).map((address) => ({
    address,
    family: address.includes(":") ? 6 : 4,
  }));
const guarded = { lookup, connectTimeoutMs: 500, readTimeoutMs: 2000 };
const asNews = { ...guarded, allowAddresses: ["127.0.0.1"] };

let news: FixtureServer;
let secret: http.Server;
let secretPort = 0;
let secretHits = 0;

beforeAll(async () => {
  news = await startFixtureServer({ "/article": { body: "<p>public</p>" } });
  secret = http.createServer((_req, res) => {
    secretHits += 1;
    res.writeHead(200, { "content-type": "text/html" }).end("<p>secret</p>");
  });
  await new Promise<void>((resolve) => secret.listen(0, "127.0.0.2", resolve));
  secretPort = (secret.address() as AddressInfo).port;
});
afterAll(async () => {
  await news.close();
  secret.closeAllConnections();
  await new Promise((resolve) => secret.close(resolve));
});

describe("controls: the fixtures answer when the guard is lifted", () => {
  it("fetches news.example through the allow-list and the secret server with private addresses allowed", async () => {
    expect((await fetchPage(`http://news.example:${news.port}/article`, asNews)).text).toBe("<p>public</p>");
    const page = await fetchPage(`http://secret.example:${secretPort}/`, {
      lookup,
      allowPrivateNetwork: true,
    });
    expect(page.text).toBe("<p>secret</p>");
    expect(secretHits).toBe(1);
    secretHits = 0;
  });
});

describe("literal loopback in every notation", () => {
  it.each([
    "127.0.0.1",
    "127.1",
    "127.0.1",
    "0x7f.1",
    "0x7f.0.0.1",
    "0x7f000001",
    "2130706433",
    "017700000001",
    "0177.0.0.1",
    "0177.1",
    "127.0.0.1.",
    "127.255.255.254",
    "[::1]",
    "[0:0:0:0:0:0:0:1]",
    "[0000::0001]",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[0:0:0:0:0:ffff:7f00:1]",
    "[::127.0.0.1]",
    "[::7f00:1]",
    "[::ffff:0:7f00:1]",
    "[64:ff9b::127.0.0.1]",
    "[64:ff9b:1::7f00:1]",
    "[2002:7f00:1::]",
  ])("refuses http://%s", async (host) => {
    const before = news.requests.length;
    await expectAppError(
      fetchPage(`http://${host}:${news.port}/article`, guarded),
      "FORBIDDEN",
      /^refused: .* is an? ([\w-]+ )?loopback address$/,
    );
    expect(news.requests.length).toBe(before);
  });

  it.each(["localhost", "LOCALHOST.", "app.localhost"])("refuses the host name %s", async (host) => {
    await expectAppError(
      fetchPage(`http://${host}:${news.port}/article`, guarded),
      "FORBIDDEN",
      `refused: ${host.toLowerCase()} is a loopback host name`,
    );
  });
});

describe("private, shared, link-local, metadata and special addresses", () => {
  it.each([
    ["http://0.0.0.0/", "unspecified"],
    ["http://0/", "unspecified"],
    ["http://[::]/", "unspecified"],
    ["http://10.0.0.1/", "private"],
    ["http://10.255.255.255/", "private"],
    ["http://172.16.0.1/", "private"],
    ["http://172.31.255.254/", "private"],
    ["http://192.168.1.1/", "private"],
    ["http://0xc0.0xa8.1.1/", "private"],
    ["http://3232235777/", "private"],
    ["http://100.64.0.1/", "carrier-grade NAT"],
    ["http://100.127.255.254/", "carrier-grade NAT"],
    ["http://169.254.0.1/", "link-local"],
    ["http://169.254.169.254/latest/meta-data/", "cloud metadata"],
    ["http://0xa9fea9fe/", "cloud metadata"],
    ["http://0251.0376.0251.0376/", "cloud metadata"],
    ["http://100.100.100.200/", "cloud metadata"],
    ["http://192.0.0.192/", "cloud metadata"],
    ["http://[fd00:ec2::254]/", "cloud metadata"],
    ["http://[::ffff:169.254.169.254]/", "IPv4-mapped cloud metadata"],
    ["http://[fd00::1]/", "unique-local"],
    ["http://[fdff:ffff::1]/", "unique-local"],
    ["http://[fc00::1]/", "unique-local"],
    ["http://[fe80::1]/", "link-local"],
    ["http://[febf:ffff::1]/", "link-local"],
    ["http://[64:ff9b::10.0.0.1]/", "NAT64 private"],
    ["http://[64:ff9b::c0a8:101]/", "NAT64 private"],
    ["http://[64:ff9b::169.254.169.254]/", "NAT64 cloud metadata"],
    ["http://[64:ff9b:1::a00:1]/", "NAT64 private"],
    ["http://[64:ff9b::100.64.0.1]/", "NAT64 carrier-grade NAT"],
    ["http://[2002:a00:1::]/", "6to4 private"],
    ["http://[::ffff:0:a00:1]/", "IPv4-translated private"],
    ["http://[::10.0.0.1]/", "IPv4-compatible private"],
    ["http://[::ffff:a00:1]/", "IPv4-mapped private"],
    ["http://224.0.0.1/", "multicast"],
    ["http://[ff02::1]/", "multicast"],
    ["http://255.255.255.255/", "broadcast"],
    ["http://240.0.0.1/", "reserved"],
  ])("refuses %s (%s)", async (url, label) => {
    await expectAppError(fetchPage(url, guarded), "FORBIDDEN", new RegExp(`is an? ${label} address$`));
  });

  it.each([
    ["http://metadata.google.internal/computeMetadata/v1/", "cloud metadata host name"],
    ["http://METADATA.GOOGLE.INTERNAL./", "cloud metadata host name"],
    ["http://metadata.goog/", "cloud metadata host name"],
    ["http://instance-data/latest/", "cloud metadata host name"],
  ])("refuses %s by name (%s)", async (url, label) => {
    await expectAppError(fetchPage(url, guarded), "FORBIDDEN", label);
  });

  it("lets public addresses in an embedding form through no more than private ones", async () => {
    // A NAT64 or 6to4 form of a public address is not a plain public address: refused, not fetched.
    await expectAppError(fetchPage("http://[64:ff9b::808:808]/", guarded), "FORBIDDEN", "NAT64 public");
  });
});

describe("host names that resolve to private addresses (simulated DNS)", () => {
  it.each([
    ["secret.example", "127.0.0.2, a loopback"],
    ["internal.example", "192.168.0.10, a private"],
    ["rebind.example", "10.0.0.1, a private"],
    ["v6-loopback.example", "::1, a loopback"],
    ["mapped.example", "::ffff:127.0.0.2, an IPv4-mapped loopback"],
    ["compatible.example", "::7f00:2, an IPv4-compatible loopback"],
    ["nat64.example", "64:ff9b::a9fe:a9fe, a NAT64 cloud metadata"],
    ["sixtofour.example", "2002:c0a8:1::1, a 6to4 private"],
    ["ula.example", "fd12:3456::1, a unique-local"],
    ["link-local.example", "fe80::1, a link-local"],
    ["metadata.example", "169.254.169.254, a cloud metadata"],
    ["cgnat.example", "100.64.1.1, a carrier-grade NAT"],
    ["zero.example", "0.0.0.0, an unspecified"],
  ])("refuses %s, without saying what it resolves to", async (host, reason) => {
    const error = await fetchPage(`http://${host}:${secretPort}/`, guarded).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "FORBIDDEN",
      message: `refused: ${host} is not a public address`,
      cause: { message: `${host} resolves to ${reason} address` },
    });
    expect(secretHits).toBe(0);
  });
});

describe("redirects from an allowed host into private space", () => {
  const targets = (): [string, "FORBIDDEN" | "UNPROCESSABLE", string | RegExp][] => [
    [`http://127.0.0.2:${secretPort}/`, "FORBIDDEN", "127.0.0.2 is a loopback"],
    [`http://0x7f.0.0.2:${secretPort}/`, "FORBIDDEN", "127.0.0.2 is a loopback"],
    [`http://2130706434:${secretPort}/`, "FORBIDDEN", "127.0.0.2 is a loopback"],
    [`http://017700000002:${secretPort}/`, "FORBIDDEN", "127.0.0.2 is a loopback"],
    [`//127.0.0.2:${secretPort}/`, "FORBIDDEN", "127.0.0.2 is a loopback"],
    [`http://[::1]:${secretPort}/`, "FORBIDDEN", "::1 is a loopback"],
    [`http://[::ffff:7f00:2]:${secretPort}/`, "FORBIDDEN", "IPv4-mapped loopback"],
    [`http://[::127.0.0.2]:${secretPort}/`, "FORBIDDEN", "IPv4-compatible loopback"],
    [`http://[64:ff9b::7f00:2]:${secretPort}/`, "FORBIDDEN", "NAT64 loopback"],
    [`http://secret.example:${secretPort}/`, "FORBIDDEN", "refused: secret.example is not a public address"],
    [`http://localhost:${secretPort}/`, "FORBIDDEN", "loopback host name"],
    ["http://internal.example/admin", "FORBIDDEN", "refused: internal.example is not a public address"],
    ["http://rebind.example/", "FORBIDDEN", "refused: rebind.example is not a public address"],
    ["http://169.254.169.254/latest/meta-data/iam/", "FORBIDDEN", "cloud metadata"],
    ["http://metadata.google.internal/computeMetadata/v1/", "FORBIDDEN", "cloud metadata host name"],
    ["http://[fd00::1]/", "FORBIDDEN", "unique-local"],
    ["http://[fe80::1]/", "FORBIDDEN", "link-local"],
    ["http://100.64.0.1/", "FORBIDDEN", "carrier-grade NAT"],
    ["file:///etc/passwd", "UNPROCESSABLE", "a file: URL; only http and https are fetched"],
    [`gopher://127.0.0.2:${secretPort}/_GET`, "UNPROCESSABLE", "a gopher: URL"],
    ["ftp://internal.example/", "UNPROCESSABLE", "a ftp: URL"],
    ["data:text/html,<p>x</p>", "UNPROCESSABLE", "a data: URL"],
    ["javascript:alert(1)", "UNPROCESSABLE", "a javascript: URL"],
    [`http://user:pass@127.0.0.2:${secretPort}/`, "UNPROCESSABLE", "user name or password"],
  ];

  it("refuses every target, on the first and on a later hop, and the secret server sees nothing", async () => {
    for (const [index, [location, code, message]] of targets().entries()) {
      news.route(`/to/${index}`, { redirect: location });
      news.route(`/hop/${index}`, { redirect: `/to/${index}` });
      for (const start of [`/to/${index}`, `/hop/${index}`]) {
        await expectAppError(fetchPage(`http://news.example:${news.port}${start}`, asNews), code, message);
      }
    }
    expect(secretHits).toBe(0);
  });
});

describe("schemes other than http and https", () => {
  it.each([
    "file:///etc/passwd",
    "file://localhost/etc/passwd",
    "ftp://news.example/file",
    "gopher://127.0.0.1:6379/_INFO",
    "dict://127.0.0.1:11211/stat",
    "ldap://127.0.0.1/",
    "ws://news.example/",
    "wss://news.example/",
    "data:text/html,<script>alert(1)</script>",
    "javascript:alert(1)",
    "blob:http://news.example/uuid",
    "view-source:http://news.example/",
    "jar:http://news.example/x.jar!/",
  ])("refuses %s", async (url) => {
    await expectAppError(fetchPage(url, guarded), "INVALID_INPUT", /only http and https are fetched$/);
  });

  it("refuses credentials in the URL", async () => {
    await expectAppError(
      fetchPage(`http://user:pass@news.example:${news.port}/article`, asNews),
      "INVALID_INPUT",
      "user name or password",
    );
  });
});
