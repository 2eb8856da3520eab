import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFeedLinks } from "./index";
import { withCpuTime } from "@/lib/testing/cpu-time";

const PAGE = readFileSync(path.join(__dirname, "__fixtures__", "html-page.html"), "utf8");

describe("discoverFeedLinks", () => {
  it("finds RSS, Atom and JSON Feed alternates in page order, resolved against <base href>", () => {
    expect(discoverFeedLinks(PAGE, "https://www.northbridge-courier.example/")).toEqual([
      {
        url: "https://www.northbridge-courier.example/world/feed.xml",
        format: "rss",
        title: "World news (RSS)",
      },
      {
        url: "https://www.northbridge-courier.example/world/atom.xml?format=full&limit=50",
        format: "atom",
        title: "World news (Atom)",
      },
      { url: "https://www.northbridge-courier.example/world/feed.json", format: "json", title: null },
    ]);
  });

  it("ignores stylesheets, language alternates, duplicates, javascript: links and commented-out links", () => {
    const urls = discoverFeedLinks(PAGE, null).map((link) => link.url);
    expect(urls).not.toContain("https://www.northbridge-courier.example/fr/monde/");
    expect(urls.some((url) => url.includes("old-feed"))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("resolves against the page URL when there is no <base>, and accepts a type with parameters", () => {
    const html = `<head><link rel="alternate feed" type="application/rss+xml; charset=utf-8" href="../rss"></head>`;
    expect(discoverFeedLinks(html, "https://site.example/news/page")).toEqual([
      { url: "https://site.example/rss", format: "rss", title: null },
    ]);
    expect(discoverFeedLinks(html, null)).toEqual([]);
  });

  it("returns nothing for a page without feed links, and stays fast on a page of unclosed tags", () => {
    expect(discoverFeedLinks("<html><head><title>x</title></head></html>", "https://a.example/")).toEqual([]);
    const { result, ms } = withCpuTime(() =>
      discoverFeedLinks("<link ".repeat(100_000), "https://a.example/"),
    );
    expect(result).toEqual([]);
    expect(ms).toBeLessThan(1_000);
  });
});
