import { describe, expect, it } from "vitest";
import { normalizeArticleUrl, urlHost } from "./urls";

describe("normalizeArticleUrl", () => {
  it("drops fragments, credentials and tracking parameters, sorts the rest and lower-cases the host", () => {
    expect(
      normalizeArticleUrl(
        "https://user:pw@WWW.Example.COM/news/story/?utm_source=x&b=2&fbclid=y&a=1#comments",
      ),
    ).toBe("https://www.example.com/news/story?a=1&b=2");
  });

  it("treats the same article reached two ways as one URL", () => {
    expect(normalizeArticleUrl("http://example.com:80/a/")).toBe(
      normalizeArticleUrl("http://EXAMPLE.com/a?gclid=1"),
    );
  });

  it("refuses what is not an http(s) URL", () => {
    expect(() => normalizeArticleUrl("javascript:alert(1)")).toThrow(/http and https/);
    expect(() => normalizeArticleUrl("file:///etc/passwd")).toThrow(/http and https/);
    expect(() => normalizeArticleUrl("not a url")).toThrow(/Not a valid URL/);
  });
});

describe("urlHost", () => {
  it("gives the host without www., or null", () => {
    expect(urlHost("https://www.joe.co.uk/news/x")).toBe("joe.co.uk");
    expect(urlHost(null)).toBeNull();
    expect(urlHost("::")).toBeNull();
  });
});
