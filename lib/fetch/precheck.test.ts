import { describe, expect, it } from "vitest";
import { isFetchError } from "./fetch-error";
import { assertFetchableUrl } from "./precheck";
import type { ResolveHost } from "./types";

const resolvesTo =
  (address: string): ResolveHost =>
  async () => [{ address, family: address.includes(":") ? 6 : 4 }];

async function refusal(url: string, options: Parameters<typeof assertFetchableUrl>[1] = {}) {
  try {
    await assertFetchableUrl(url, { lookup: resolvesTo("93.184.215.14"), ...options });
  } catch (error) {
    if (!isFetchError(error)) throw error;
    return { kind: error.kind, code: error.code };
  }
  return null;
}

describe("assertFetchableUrl: what subscribing refuses before anything is stored", () => {
  it("refuses the addresses the fetcher refuses", async () => {
    for (const url of [
      "http://127.0.0.1/feed.xml",
      "http://[::1]/feed",
      "http://10.0.0.7/rss",
      "http://169.254.169.254/latest/meta-data",
      "http://localhost:3000/rss",
      "http://feeds.localhost/rss",
      "http://metadata.google.internal/",
      "http://[::ffff:127.0.0.1]/",
    ])
      expect(await refusal(url), url).toEqual({ kind: "blocked-address", code: "FORBIDDEN" });
    // A public name that resolves to a private address: the DNS-rebinding shape.
    expect(await refusal("https://intranet.example.org/rss", { lookup: resolvesTo("192.168.1.5") })).toEqual({
      kind: "blocked-address",
      code: "FORBIDDEN",
    });
  });

  it("refuses what is not a plain http(s) address, and a name that does not exist", async () => {
    for (const url of [
      "ftp://example.org/feed",
      "not a url",
      "https://user:pw@example.org/rss",
      "file:///etc/passwd",
    ])
      expect(await refusal(url), url).toMatchObject({ kind: "invalid-url" });
    const missing: ResolveHost = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect(await refusal("https://no-such-site.example/rss", { lookup: missing })).toMatchObject({
      kind: "dns",
    });
  });

  it("lets through public addresses, a resolver that is down or slow, and private ones when allowed", async () => {
    expect(await refusal("https://news.example.org/rss")).toBeNull();
    expect(await refusal("http://93.184.215.14/rss")).toBeNull();
    const down: ResolveHost = async () => {
      throw Object.assign(new Error("getaddrinfo EAI_AGAIN"), { code: "EAI_AGAIN" });
    };
    expect(await refusal("https://news.example.org/rss", { lookup: down })).toBeNull();
    const slow: ResolveHost = () => new Promise(() => {});
    expect(await refusal("https://news.example.org/rss", { lookup: slow, timeoutMs: 20 })).toBeNull();
    expect(await refusal("http://127.0.0.1/feed.xml", { allowPrivateNetwork: true })).toBeNull();
    expect(await refusal("http://10.1.2.3/feed.xml", { allowAddresses: ["10.1.0.0/16"] })).toBeNull();
  });
});
