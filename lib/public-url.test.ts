import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { resolvePublicOrigin } from "./public-url";

const headers = (values: Record<string, string>) => new Headers(values);

describe("PARALLAX_PUBLIC_URL", () => {
  it("is read as an origin, and unset or empty means none", () => {
    expect(parseEnv({ PARALLAX_PUBLIC_URL: "https://News.Example.org/" }).PARALLAX_PUBLIC_URL).toBe(
      "https://news.example.org",
    );
    expect(parseEnv({ PARALLAX_PUBLIC_URL: "http://10.0.0.5:8080" }).PARALLAX_PUBLIC_URL).toBe(
      "http://10.0.0.5:8080",
    );
    expect(parseEnv({}).PARALLAX_PUBLIC_URL).toBeUndefined();
    expect(parseEnv({ PARALLAX_PUBLIC_URL: "  " }).PARALLAX_PUBLIC_URL).toBeUndefined();
  });

  it("refuses at start-up what cannot begin every link, naming the variable", () => {
    for (const [value, problem] of [
      ["news.example.org", /absolute URL/],
      ["ftp://news.example.org", /https:\/\/ or http:\/\//],
      ["https://news.example.org/parallax", /origin only/],
      ["https://news.example.org/?x=1", /origin only/],
      ["https://user:secret@news.example.org", /user name or password/],
    ] as const)
      expect(() => parseEnv({ PARALLAX_PUBLIC_URL: value }), value).toThrow(
        new RegExp(`PARALLAX_PUBLIC_URL: PARALLAX_PUBLIC_URL must .*${problem.source}`),
      );
  });
});

describe("resolvePublicOrigin", () => {
  it("prefers the configured public URL over whatever host the request names", () => {
    expect(
      resolvePublicOrigin({
        configured: "https://news.example.org",
        headers: headers({ host: "evil.example", "x-forwarded-host": "evil.example" }),
        requestUrl: "http://localhost:3000/api/stories",
      }),
    ).toBe("https://news.example.org");
  });

  it("without one, uses the request's own host and scheme, never the server's bind address", () => {
    const requestUrl = "http://localhost:3000/api/stories";
    expect(resolvePublicOrigin({ headers: headers({ host: "parallax.lan:8080" }), requestUrl })).toBe(
      "http://parallax.lan:8080",
    );
    expect(
      resolvePublicOrigin({
        headers: headers({
          host: "127.0.0.1:3000",
          "x-forwarded-host": "news.example.org, proxy.internal",
          "x-forwarded-proto": "https,http",
        }),
        requestUrl,
      }),
    ).toBe("https://news.example.org");
    expect(resolvePublicOrigin({ headers: headers({ host: "[::1]:3000" }), requestUrl })).toBe(
      "http://[::1]:3000",
    );
    expect(
      resolvePublicOrigin({ headers: headers({ host: "news.example.org" }), requestUrl: "https://x.test/a" }),
    ).toBe("https://news.example.org");
  });

  it("ignores a malformed host rather than echoing it into links", () => {
    for (const host of ["evil.example/path", "a b", "evil.example@x", "<script>", ""])
      expect(
        resolvePublicOrigin({
          headers: headers({ "x-forwarded-host": host }),
          requestUrl: "http://app.test/x",
        }),
        host,
      ).toBe("http://app.test");
    expect(resolvePublicOrigin({ headers: headers({ "x-forwarded-proto": "gopher", host: "a.test" }) })).toBe(
      "http://a.test",
    );
    expect(resolvePublicOrigin({})).toBeNull();
  });
});

/** Source files that build links: pages, components, routes, read models, commands. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__fixtures__" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test(-suite)?\.tsx?$|\.test\./.test(entry.name) ? [full] : [];
  });
}

describe("absolute links", () => {
  it("never name a fixed host in pages, components, routes, read models or commands", () => {
    const root = path.resolve(__dirname, "..");
    const files = ["app", "components", "lib/views", "lib/cli/commands"].flatMap((dir) =>
      sources(path.join(root, dir)),
    );
    expect(files.length).toBeGreaterThan(50);
    const fixed = files.filter((file) => /\blocalhost\b|127\.0\.0\.1/.test(readFileSync(file, "utf8")));
    expect(fixed.map((file) => path.relative(root, file))).toEqual([]);
  });
});
