import { describe, expect, it } from "vitest";
import { parseDocument } from "./dom";
import { repairJson } from "./json-ld";
import { readMetadata, type PageMetadata } from "./metadata";

function metadataOf(head: string, body = "", url: string | null = null): PageMetadata {
  return readMetadata(
    parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`),
    url,
  );
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${typeof value === "string" ? value : JSON.stringify(value)}</script>`;
}

describe("modifiedAt", () => {
  it.each([
    [
      '<meta property="article:modified_time" content="2025-03-02T10:00:00+01:00">',
      "2025-03-02T09:00:00.000Z",
    ],
    ['<meta property="og:updated_time" content="2025-03-02T10:00:00Z">', "2025-03-02T10:00:00.000Z"],
    ['<meta name="last-modified" content="2025-03-02">', "2025-03-02"],
    ['<meta http-equiv="Last-Modified" content="2025-03-02T10:00:00Z">', "2025-03-02T10:00:00.000Z"],
    ['<meta name="DC.date.modified" content="2025-03-02">', "2025-03-02"],
    ['<meta name="dcterms.modified" content="2025-03-02">', "2025-03-02"],
    ['<meta itemprop="dateModified" content="2025-03-02">', "2025-03-02"],
  ])("reads %s", (head, expected) => {
    const metadata = metadataOf(
      `<meta property="article:published_time" content="2025-03-01T08:00:00Z">${head}`,
    );
    expect(metadata.modifiedAt).toBe(expected);
    expect(metadata.publishedAt).toBe("2025-03-01T08:00:00.000Z");
  });

  it("prefers JSON-LD dateModified to the meta tags", () => {
    const metadata = metadataOf(
      jsonLd({
        "@type": "NewsArticle",
        headline: "H",
        datePublished: "2025-03-01",
        dateModified: "2025-03-03",
      }) + '<meta property="article:modified_time" content="2025-03-02">',
    );
    expect(metadata).toMatchObject({ publishedAt: "2025-03-01", modifiedAt: "2025-03-03" });
  });

  it("reads hAtom markup: <time class=published> and <time class=updated>", () => {
    const body =
      '<time class="entry-date published" datetime="2025-03-01T08:00:00Z">1 March</time>' +
      '<time class="updated" datetime="2025-03-04T09:30:00Z">4 March</time>';
    expect(metadataOf("", body)).toMatchObject({
      publishedAt: "2025-03-01T08:00:00.000Z",
      modifiedAt: "2025-03-04T09:30:00.000Z",
    });
    // A page that only marks its update time is dated by it: the nearest the page says.
    expect(metadataOf("", '<time class="updated" datetime="2025-03-04">4 March</time>')).toMatchObject({
      publishedAt: "2025-03-04",
      modifiedAt: "2025-03-04",
    });
  });

  it("is null when the page does not say, and ignores placeholder dates", () => {
    expect(metadataOf('<meta property="article:published_time" content="2025-03-01">').modifiedAt).toBeNull();
    expect(
      metadataOf(
        jsonLd({ "@type": "NewsArticle", datePublished: "0001-01-01T00:00:00Z", dateModified: "0001-01-01" }),
      ),
    ).toMatchObject({ publishedAt: null, modifiedAt: null });
  });
});

describe("JSON-LD shapes", () => {
  it("dates an article from its WebPage node when the article node has none (Yoast graphs)", () => {
    const metadata = metadataOf(
      jsonLd({
        "@graph": [
          { "@type": "WebPage", "@id": "#page", datePublished: "2025-01-02", dateModified: "2025-01-05" },
          { "@type": "Article", headline: "Graph headline", isPartOf: { "@id": "#page" } },
        ],
      }),
    );
    expect(metadata).toMatchObject({
      title: "Graph headline",
      publishedAt: "2025-01-02",
      modifiedAt: "2025-01-05",
    });
  });

  it("reads an article under a mainEntity array and authors given as Person references", () => {
    const metadata = metadataOf(
      jsonLd({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "Person", "@id": "#a", name: "Ana Ruiz" },
          { "@type": "Person", "@id": "#b", name: "Ben Cole" },
          {
            "@type": "WebPage",
            mainEntity: [
              {
                "@type": "NewsArticle",
                headline: "Nested headline",
                author: [{ "@id": "#a" }, { "@id": "#b" }, { "@type": "Person", name: "Ben Cole" }],
                datePublished: "2025-02-03T04:05:06Z",
              },
            ],
          },
        ],
      }),
    );
    expect(metadata).toMatchObject({
      title: "Nested headline",
      byline: "Ana Ruiz, Ben Cole",
      publishedAt: "2025-02-03T04:05:06.000Z",
      pageKind: "article",
    });
  });

  it("repairs trailing commas and raw line breaks, keeping the articleBody's paragraph breaks", () => {
    const source =
      '{ "@type": "NewsArticle", "headline": "Repaired", "keywords": ["a", "b", ],\n' +
      '  "articleBody": "First paragraph.\nSecond paragraph.", "dateModified": "2025-04-01", }';
    expect(() => JSON.parse(source)).toThrow();
    expect(JSON.parse(repairJson(source))).toMatchObject({
      articleBody: "First paragraph.\nSecond paragraph.",
    });
    expect(metadataOf(jsonLd(source))).toMatchObject({
      title: "Repaired",
      modifiedAt: "2025-04-01",
      articleBody: "First paragraph.\nSecond paragraph.",
    });
  });

  it("salvages the simple fields of an article whose JSON cannot be repaired", () => {
    const source =
      '{ "@type": "Article", "mainEntityOfPage": { "@type": "WebPage" }, "headline": "Design week &#8217;s best",' +
      ' "description": "An "installation" of light", "datePublished": "2018-04-18", "dateModified": "2019-04-10",' +
      ' "author": "Federica Rossi" }';
    expect(metadataOf(jsonLd(source))).toMatchObject({
      title: "Design week ’s best",
      byline: "Federica Rossi",
      publishedAt: "2018-04-18",
      modifiedAt: "2019-04-10",
    });
    // Something that is not an article is not salvaged into one.
    expect(metadataOf(jsonLd('{ "@type": "WebSite", "name": "Broken "site" }')).pageKind).toBeNull();
  });
});

describe("pageKind", () => {
  it("is article for article JSON-LD, og:type article or a publication date", () => {
    expect(metadataOf(jsonLd({ "@type": "BlogPosting", headline: "H" })).pageKind).toBe("article");
    expect(metadataOf('<meta property="og:type" content="article">').pageKind).toBe("article");
    expect(
      metadataOf('<meta property="og:type" content="website"><meta name="date" content="2025-01-01">')
        .pageKind,
    ).toBe("article");
  });

  it("is other for front pages, sections and profiles", () => {
    expect(metadataOf('<meta property="og:type" content="website">').pageKind).toBe("other");
    expect(metadataOf(jsonLd({ "@type": "CollectionPage", name: "Sport" })).pageKind).toBe("other");
    expect(metadataOf("", "", "https://news.example/").pageKind).toBe("other");
    expect(metadataOf("", "", "https://news.example/2025/story").pageKind).toBeNull();
  });

  it("is error for not-found pages, in several languages, but not for headlines that mention one", () => {
    for (const title of [
      "Page not found | Gazette",
      "404",
      "Error 404 - Page Not Found",
      "Oops! That page can't be found.",
      "Seite nicht gefunden – Elbkurier",
      "Page introuvable",
    ]) {
      expect(metadataOf(`<title>${title}</title>`).pageKind, title).toBe("error");
    }
    expect(metadataOf("<title>Not found</title>", "<h1>Error 404</h1>").pageKind).toBe("error");
    for (const title of ["Missing hiker not found after three days", "404 arrests in drugs raid | Gazette"]) {
      expect(metadataOf(`<title>${title}</title>`).pageKind, title).not.toBe("error");
    }
  });
});
