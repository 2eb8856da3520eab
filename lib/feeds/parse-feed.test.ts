import { parseRssFeed } from "feedsmith";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { FEED_LIMITS, parseFeed, type ParseFeedOptions } from "./index";
import { sniffDocument } from "./sniff";
import { withCpuTime } from "@/lib/testing/cpu-time";

function fixture(name: string): string {
  return readFileSync(path.join(__dirname, "__fixtures__", name), "utf8");
}

/** The AppError parseFeed throws for this input (fails the test when it throws none, or something else). */
function errorFor(text: string, options?: ParseFeedOptions): AppError {
  try {
    parseFeed(text, options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("parseFeed did not throw");
}

const NOW = new Date("2025-09-06T00:00:00Z");

describe("parseFeed: RSS 2.0", () => {
  const feed = parseFeed(fixture("rss-news.xml"), {
    baseUrl: "https://feeds.northbridge-courier.example/world.xml",
    now: NOW,
  });

  it("reads the channel", () => {
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("The Northbridge Courier – World");
    expect(feed.siteUrl).toBe("https://www.northbridge-courier.example/world/");
  });

  it("keeps feed order and reads each item", () => {
    expect(feed.items.map((item) => item.title)).toEqual([
      "Harbour talks resume after week-long pause",
      "Ministers & unions: what was agreed",
      "Storm warning for the northern coast",
      "Archive: the 1998 harbour strike",
    ]);
    expect(feed.items[0]).toEqual({
      url: "https://www.northbridge-courier.example/world/2025/09/05/harbour-talks-resume",
      guid: "courier-78412",
      title: "Harbour talks resume after week-long pause",
      publishedAt: "2025-09-05T07:30:00.000Z",
      summary:
        "Negotiators returned to the table on Friday. The port authority said it was “cautiously hopeful”. Follow live",
      author: "Amira Kessel",
    });
  });

  it("resolves a relative link against the site (channel link), not the feed proxy it was fetched from", () => {
    expect(feed.items[1]?.url).toBe(
      "https://www.northbridge-courier.example/world/2025/09/04/ministers-unions-explainer",
    );
  });

  it("strips escaped HTML (and scripts) from descriptions and reads the RSS author's name", () => {
    expect(feed.items[1]?.summary).toBe("An explainer: the five points of the deal, AT&T-style.");
    expect(feed.items[1]?.author).toBe("Jonas Brandt");
    expect(feed.items[1]?.publishedAt).toBe("2025-09-04T17:05:00.000Z");
  });

  it("takes a permalink guid as the link, and the URL as guid when there is none", () => {
    const storm = feed.items[2];
    expect(storm?.url).toBe("https://www.northbridge-courier.example/world/2025/09/04/storm-warning");
    expect(storm?.guid).toBe(storm?.url);
    expect(feed.items[3]?.guid).toBe("https://www.northbridge-courier.example/archive/1998-strike");
  });

  it("drops a 1970 date instead of failing", () => {
    expect(feed.items[3]?.publishedAt).toBeNull();
  });

  it("drops dates more than two days after now", () => {
    // now + 2 days = 2025-09-04T12:00Z: the 06:00 item is in, the 17:05 one and the 5 September one are out.
    const early = parseFeed(fixture("rss-news.xml"), { now: new Date("2025-09-02T12:00:00Z") });
    expect(early.items.map((item) => item.publishedAt)).toEqual([
      null,
      null,
      "2025-09-04T06:00:00.000Z",
      null,
    ]);
  });

  it("returns the same result for the same input", () => {
    expect(parseFeed(fixture("rss-news.xml"), { baseUrl: "https://x.example/", now: NOW })).toEqual(
      parseFeed(fixture("rss-news.xml"), { baseUrl: "https://x.example/", now: NOW }),
    );
  });

  it("stops at maxItems and counts the rest", () => {
    const capped = parseFeed(fixture("rss-news.xml"), { maxItems: 2 });
    expect(capped.items).toHaveLength(2);
    expect(capped.skippedByReason["over-limit"]).toBe(2);
    expect(capped.skipped).toBe(2);
  });

  it("caps summaries at a word boundary", () => {
    const short = parseFeed(fixture("rss-news.xml"), { maxSummaryChars: 30 });
    expect(short.items[0]?.summary).toBe("Negotiators returned to the…");
  });
});

describe("parseFeed: Atom", () => {
  const feed = parseFeed(fixture("atom-xml-base.xml"), { baseUrl: "https://feeds.example/meridian" });

  it("reads the feed's html title and alternate link under xml:base", () => {
    expect(feed.format).toBe("atom");
    expect(feed.title).toBe("Meridian Review — Analysis");
    expect(feed.siteUrl).toBe("https://blog.meridian-review.example/analysis/");
  });

  it("takes the alternate link, not self or enclosure, resolved through nested xml:base", () => {
    expect(feed.items[0]?.url).toBe("https://blog.meridian-review.example/analysis/2025/09/harbour-deal");
    expect(feed.items[0]?.guid).toBe("tag:meridian-review.example,2025:post-311");
    expect(feed.items[0]?.title).toBe("Why the harbour deal matters");
    expect(feed.items[0]?.summary).toBe("Three things the agreement changes & one it does not.");
    expect(feed.items[0]?.publishedAt).toBe("2025-09-05T07:15:00.000Z");
    expect(feed.items[0]?.author).toBe("Lena Ortiz");
  });

  it("treats a link without rel as alternate, falls back to updated and xhtml content, inherits the feed author", () => {
    expect(feed.items[1]).toEqual({
      url: "https://blog.meridian-review.example/charts/five-charts-on-shipping",
      guid: "https://blog.meridian-review.example/analysis/five-charts",
      title: "Five charts on shipping",
      publishedAt: "2025-09-04T10:00:00.000Z",
      summary: "Freight volumes fell for a third month.",
      author: "Meridian Review desk",
    });
  });

  it("skips an entry whose only link is an enclosure", () => {
    expect(feed.items).toHaveLength(2);
    expect(feed.skippedByReason["missing-link"]).toBe(1);
  });
});

describe("parseFeed: RDF, RSS 0.91 and JSON Feed", () => {
  it("reads RSS 1.0 (RDF) with Dublin Core dates and creators", () => {
    const feed = parseFeed(fixture("rdf.xml"));
    expect(feed.format).toBe("rdf");
    expect(feed.title).toBe("Lakeside Gazette");
    expect(feed.items.map(({ url, publishedAt, author }) => ({ url, publishedAt, author }))).toEqual([
      {
        url: "https://lakeside-gazette.example/news/ferry-timetable",
        publishedAt: "2025-09-05T05:00:00.000Z",
        author: "P. Almeida",
      },
      { url: "https://lakeside-gazette.example/news/council-vote", publishedAt: "2025-09-04", author: null },
    ]);
  });

  it("reads RSS 0.91 with its Netscape DOCTYPE and an HTML entity", () => {
    const feed = parseFeed(fixture("rss-091.xml"));
    expect(feed.format).toBe("rss");
    expect(feed.items[0]?.title).toBe("Market square repaving begins");
    expect(feed.items[0]?.summary).toBe("Work starts Monday & lasts six weeks.");
  });

  it("reads JSON Feed 1.1: relative url against home_page_url, external_url as a fallback", () => {
    const feed = parseFeed(fixture("json-feed.json"));
    expect(feed.format).toBe("json");
    expect(feed.siteUrl).toBe("https://riverside-dispatch.example/");
    expect(feed.items[0]).toEqual({
      url: "https://riverside-dispatch.example/2025/09/05/bridge-reopens",
      guid: "https://riverside-dispatch.example/2025/09/05/bridge-reopens",
      title: "Bridge reopens to traffic",
      publishedAt: "2025-09-05T09:45:00.000Z",
      summary: "The Old Mill bridge reopened at dawn.",
      author: "Dana Whitfield",
    });
    expect(feed.items[1]).toMatchObject({
      url: "https://other-outlet.example/story/market",
      guid: "4471",
      author: "Riverside Dispatch newsroom",
      publishedAt: "2025-09-04T12:00:00.000Z",
    });
    expect(feed.items).toHaveLength(2);
    expect(feed.skippedByReason["missing-link"]).toBe(1);
  });

  it("keeps the characters of a windows-1252 feed that was decoded before, and its &#146;-style references", () => {
    const feed = parseFeed(fixture("windows-1252.xml"));
    expect(feed.title).toBe("Le Courrier du Léman");
    expect(feed.items[0]?.title).toBe("Genève : la fête “des Vendanges” – édition 2025");
    expect(feed.items[0]?.summary).toBe(
      "Prix d’entrée : 12 € – gratuit pour les enfants. Déjà 3000 réservations…",
    );
    expect(feed.items[0]?.publishedAt).toBe("2025-09-05T08:00:00.000Z");
  });
});

describe("parseFeed: duplicates and unusable links", () => {
  const feed = parseFeed(fixture("duplicates.xml"));

  it("keeps the first of items with the same URL (case-insensitive host) or the same guid", () => {
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://echo-chamber.example/first",
      "https://echo-chamber.example/second",
      "https://echo-chamber.example/third",
    ]);
    expect(feed.items[1]?.title).toBe("Second story");
  });

  it("counts every item left out by reason", () => {
    expect(feed.skippedByReason).toEqual({
      "missing-link": 1,
      "invalid-link": 2,
      duplicate: 2,
      "over-limit": 0,
    });
    expect(feed.skipped).toBe(5);
  });

  it("cannot resolve a relative link without any base", () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title><link>/</link><item><link>/a</link></item></channel></rss>`,
    );
    expect(feed.items).toEqual([]);
    expect(feed.siteUrl).toBeNull();
    expect(feed.skippedByReason["invalid-link"]).toBe(1);
  });
});

describe("parseFeed: errors", () => {
  it("refuses empty input", () => {
    for (const text of ["", "  \n\t", "\uFEFF"]) {
      const error = errorFor(text);
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.message).toBe("The feed is empty.");
    }
  });

  it("refuses input over the byte limit, counting UTF-8 bytes", () => {
    const accents = `<rss version="2.0"><channel><title>${"é".repeat(60)}</title></channel></rss>`;
    expect(accents.length).toBeLessThan(200);
    expect(errorFor(accents, { maxBytes: 150 }).code).toBe("TOO_LARGE");
    expect(parseFeed(accents, { maxBytes: 200 }).items).toEqual([]);
    const huge = " ".repeat(FEED_LIMITS.maxBytes + 1);
    expect(errorFor(huge).code).toBe("TOO_LARGE");
  });

  it("tells an HTML page from a feed", () => {
    for (const html of [
      fixture("html-page.html"),
      `<html><head><title>x</title></head><body><a href="/rss">rss</a> <rss version="2.0"></body></html>`,
      `<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"/>`,
    ]) {
      const error = errorFor(html);
      expect(error.code).toBe("UNSUPPORTED");
      expect(error.message).toBe("This is an HTML page, not a feed.");
    }
  });

  it("reports malformed XML as UNPROCESSABLE with the parser's short reason", () => {
    const error = errorFor(fixture("malformed.xml"));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe("The feed is not well-formed XML: Unexpected end of title.");
  });

  it("reports a feed cut off after a complete item, and one cut inside a tag", () => {
    const whole = fixture("truncated.xml");
    const error = errorFor(whole);
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe("The feed is truncated: it ends before </rss>.");
    expect(errorFor(whole.slice(0, whole.lastIndexOf("<link"))).code).toBe("UNPROCESSABLE");
    // The same items with the document closed are a feed.
    expect(parseFeed(`${whole}  </channel>\n</rss>\n`).items).toHaveLength(2);
  });

  it("reports malformed JSON as UNPROCESSABLE", () => {
    const error = errorFor(`{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [`);
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toMatch(/^The feed is not valid JSON: .+\.$/);
  });

  it("reports well-formed documents that are not feeds as UNSUPPORTED", () => {
    expect(errorFor(`<?xml version="1.0"?><note><to>Ann</to></note>`).message).toBe(
      "This XML document is not a feed: its root element is <note>.",
    );
    expect(errorFor(`{"name": "package.json", "version": "1.0.0"}`).message).toBe(
      "This JSON document is not a JSON Feed.",
    );
    expect(errorFor(`<rss version="2.0"></rss>`).code).toBe("UNSUPPORTED");
    expect(errorFor("just some words").code).toBe("UNSUPPORTED");
  });

  it("refuses nonsense limits", () => {
    expect(errorFor(fixture("rdf.xml"), { maxItems: 0 }).code).toBe("INVALID_INPUT");
  });
});

describe("parseFeed: entity expansion", () => {
  it("does not expand a billion-laughs DOCTYPE (10^9 'lol's) in time or memory", () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const { result: feed, ms } = withCpuTime(() => parseFeed(fixture("billion-laughs.xml")));
    expect(ms).toBeLessThan(2_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
    expect(feed.items).toHaveLength(1);
    expect(JSON.stringify(feed).length).toBeLessThan(2_000);
    expect(JSON.stringify(feed)).not.toContain("lollol");
  });

  it("does not expand one large entity referenced many times (quadratic blow-up)", () => {
    const refs = "&big;".repeat(20_000);
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${"x".repeat(50_000)}">]><rss version="2.0"><channel><title>${refs}</title><item><link>https://q.example/a</link><description>${refs}</description></item></channel></rss>`;
    const { result: feed, ms } = withCpuTime(() => parseFeed(doc));
    expect(ms).toBeLessThan(2_000);
    expect(feed.items[0]?.summary?.length).toBeLessThanOrEqual(FEED_LIMITS.maxSummaryChars);
    expect(feed.items[0]?.summary).not.toContain("xxxxx");
  });

  it("is safe in feedsmith alone too: its XML parser runs with processEntities off (a second line of defence)", () => {
    const feed = parseRssFeed(fixture("billion-laughs.xml"));
    expect(feed.title).toBe("&lol9;");
    expect(feed.items?.[0]?.description).toBe("&lol9; &lol9; &lol9;");
  });

  it("removes the DOCTYPE, and with it every entity declaration, before the XML parser sees the document", () => {
    const sniffed = sniffDocument(fixture("billion-laughs.xml"));
    expect(sniffed.kind).toBe("xml");
    expect(sniffed.text).not.toContain("<!ENTITY");
    expect(sniffed.text).not.toMatch(/<!DOCTYPE/i);
    expect(sniffed.text).toContain("<title>&lol9;</title>");
  });
});
