import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

/* Issue 15: no recursion whose depth the page chooses. */
const BODY = `<p>${"The committee published its report on Tuesday after two years of hearings. ".repeat(3)}</p>`;

function pageWithJsonLd(headline: string): string {
  const jsonLd = `{"@type":"NewsArticle","headline":${headline},"author":{"name":${headline}}}`;
  return `<html><head><title>Page title</title><script type="application/ld+json">${jsonLd}</script></head><body><article>${BODY}</article></body></html>`;
}

describe("JSON-LD nested by a hostile page", () => {
  it("reads a headline in a shallow array, as publishers write it", () => {
    const article = extractArticle({ content: pageWithJsonLd('[["Report published"]]'), format: "html" });
    expect(article.title).toBe("Report published");
  });

  it("ignores a headline nested 100,000 arrays deep instead of overflowing the stack", () => {
    const depth = 100_000;
    const nested = `${"[".repeat(depth)}"Deep"${"]".repeat(depth)}`;
    const article = extractArticle({ content: pageWithJsonLd(nested), format: "html" });
    expect(article.title).toBe("Page title");
    expect(article.byline).toBeNull();
  });
});
