import { describe, expect, it } from "vitest";
import { parseDocument } from "./dom";
import { unwrapQuotations } from "./embedded-posts";
import { extractArticle } from "./index";

const paragraph = (n: number): string =>
  `<p>Paragraph ${n} of the story explains in full sentences how the new slogan of the campaign was received.</p>`;

const story = `<!DOCTYPE html><html><head><title>A slogan goes viral</title></head><body>
<article><h1>A slogan goes viral</h1>${paragraph(1)}${paragraph(2)}
<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state paid for it.</p>
— A reader (@reader) November 18, 2019</blockquote></div>
${paragraph(3)}${paragraph(4)}</article></body></html>`;

describe("embedded posts", () => {
  it("keeps a post the article quotes when a box named like furniture wraps it", () => {
    const { text } = extractArticle({ content: story, format: "html" });
    expect(text).toContain("Yes this is real and the state paid for it.");
    expect(text).toContain("Paragraph 4 of the story");
  });

  it("unwraps only a wrapper that holds nothing but the quotation", () => {
    const html =
      '<body><div id="box"><div class="embed"><blockquote id="q">Quoted.</blockquote></div></div>' +
      '<div id="mixed"><blockquote>Quoted too.</blockquote><p>And a remark.</p></div></body>';
    const document = parseDocument(html);
    unwrapQuotations(document, html);
    expect(document.getElementById("q")?.parentElement?.tagName.toLowerCase()).toBe("body");
    expect(document.getElementById("mixed")?.querySelector("blockquote")).not.toBeNull();
  });
});
