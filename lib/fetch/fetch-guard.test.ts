import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { startFixtureServer, type FixtureServer } from "@/lib/testing/fixture-server";
import { fetchPage, type ResolveHost } from "./index";

// Simulated DNS: no test resolves a real name. news.example stands for a public site; the fixture server on
// 127.0.0.1 plays it through the allow-list, so the address guard stays on for every hop.
let server: FixtureServer;
const dns: Record<string, string[]> = {
  "news.example": ["127.0.0.1"],
  "evil.example": ["127.0.0.1"],
  "intranet.example": ["10.0.0.7"],
  "metadata.example": ["169.254.169.254"],
  "mixed.example": ["127.0.0.1", "::1"],
};
const lookup: ResolveHost = async (hostname) =>
  (dns[hostname] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
const asNews = { lookup, allowAddresses: ["127.0.0.1"], connectTimeoutMs: 1000 };

beforeAll(async () => {
  server = await startFixtureServer({
    "/article": { body: "<p>public</p>" },
    "/secret": { body: "<p>secret</p>" },
  });
});
afterAll(() => server.close());

const fails = expectAppError;

function secretRequests(): number {
  return server.requests.filter((request) => request.path === "/secret").length;
}

describe("address guard", () => {
  it("refuses a host name that resolves to a loopback address", async () => {
    const url = `http://evil.example:${server.port}/secret`;
    await fails(fetchPage(url, { lookup }), "FORBIDDEN", "refused: evil.example is not a public address");
    await fails(
      fetchPage(`http://mixed.example:${server.port}/secret`, { lookup }),
      "FORBIDDEN",
      "refused: mixed.example is not a public address",
    );
    expect(secretRequests()).toBe(0);
    // The same URL with the check lifted reaches the server: the refusal above was the guard's.
    expect((await fetchPage(url, { lookup, allowPrivateNetwork: true })).text).toBe("<p>secret</p>");
    expect(secretRequests()).toBe(1);
  });

  it("refuses private and metadata addresses behind host names", async () => {
    await fails(
      fetchPage("http://intranet.example/", { lookup }),
      "FORBIDDEN",
      /^refused: intranet\.example is not a public address$/,
    );
    await fails(
      fetchPage("http://metadata.example/", { lookup }),
      "FORBIDDEN",
      /^refused: metadata\.example is not a public address$/,
    );
  });

  it("reports a host that does not resolve as unavailable", async () => {
    await fails(
      fetchPage("http://nowhere.example/", { lookup }),
      "UNAVAILABLE",
      "could not resolve nowhere.example",
    );
  });

  it("refuses loopback literals in every notation without reaching the server", async () => {
    const before = server.requests.length;
    const port = server.port;
    for (const host of [
      "127.0.0.1",
      "2130706433",
      "0x7f.1",
      "0x7f000001",
      "017700000001",
      "0177.0.0.1",
      "127.1",
      "127.0.1",
      "[::1]",
      "[::ffff:127.0.0.1]",
      "[::ffff:7f00:1]",
      "[0:0:0:0:0:ffff:7f00:1]",
    ]) {
      await fails(
        fetchPage(`http://${host}:${port}/secret`),
        "FORBIDDEN",
        /^refused: .* is an? (IPv4-mapped )?loopback/,
      );
    }
    expect(server.requests.length).toBe(before);
  });

  it.each([
    ["http://10.0.0.1/", "private"],
    ["http://172.16.5.4/", "private"],
    ["http://192.168.0.1/", "private"],
    ["http://100.64.0.1/", "carrier-grade NAT"],
    ["http://169.254.169.254/latest/meta-data/", "cloud metadata"],
    ["http://[fd00:ec2::254]/latest/meta-data/", "cloud metadata"],
    ["http://[::ffff:169.254.169.254]/", "IPv4-mapped cloud metadata"],
    ["http://[::ffff:a9fe:a9fe]/", "IPv4-mapped cloud metadata"],
    ["http://2852039166/", "cloud metadata"],
    ["http://[fe80::1]/", "link-local"],
    ["http://[fc00::1]/", "unique-local"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://[::]/", "unspecified"],
    ["http://224.0.0.1/", "multicast"],
    ["http://255.255.255.255/", "broadcast"],
    ["http://240.0.0.1/", "reserved"],
  ])("refuses %s (%s)", async (url, kind) => {
    await fails(fetchPage(url, { connectTimeoutMs: 200 }), "FORBIDDEN", new RegExp(`an? ${kind} address`));
  });

  it("lets the allow-list through, and only the listed addresses", async () => {
    expect((await fetchPage(`http://news.example:${server.port}/article`, asNews)).text).toBe(
      "<p>public</p>",
    );
    await fails(fetchPage(`http://[::1]:${server.port}/secret`, asNews), "FORBIDDEN", "loopback");
  });

  describe("on every redirect hop", () => {
    beforeAll(() => {
      server.route("/to-intranet", { redirect: `http://intranet.example:${server.port}/secret` });
      server.route("/to-metadata", { redirect: "http://169.254.169.254/latest/meta-data/iam/" });
      server.route("/to-evil", { redirect: `http://evil.example:${server.port}/secret` });
      server.route("/to-decimal", { redirect: `http://2130706433:${server.port}/secret` });
      server.route("/to-mapped", { redirect: `http://[::ffff:a00:7]:${server.port}/secret` });
    });

    it("refuses a redirect from an allowed host to a private one", async () => {
      const start = (path: string) => `http://news.example:${server.port}${path}`;
      await fails(
        fetchPage(start("/to-intranet"), asNews),
        "FORBIDDEN",
        "refused: intranet.example is not a public address",
      );
      await fails(
        fetchPage(start("/to-metadata"), asNews),
        "FORBIDDEN",
        "169.254.169.254 is a cloud metadata",
      );
      await fails(
        fetchPage(start("/to-mapped"), asNews),
        "FORBIDDEN",
        "::ffff:a00:7 is an IPv4-mapped private",
      );
      expect(secretRequests()).toBe(1); // only the allowPrivateNetwork fetch above
    });

    it("refuses a redirect to loopback when the check is on, follows it when lifted", async () => {
      const start = `http://news.example:${server.port}/to-evil`;
      await fails(
        fetchPage(start, { lookup, allowAddresses: ["10.0.0.0/8"] }),
        "FORBIDDEN",
        /^refused: [a-z.]+ is not a public address$/,
      );
      const page = await fetchPage(start, { lookup, allowPrivateNetwork: true });
      expect(page).toMatchObject({ text: "<p>secret</p>", redirects: [start] });
      expect(secretRequests()).toBe(2);
      await fails(fetchPage(server.url("/to-decimal")), "FORBIDDEN", "127.0.0.1 is a loopback");
    });
  });
});
