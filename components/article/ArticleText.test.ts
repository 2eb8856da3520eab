import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { QuotationView } from "@/lib/views";
import { ArticleText } from "./ArticleText";

const text = 'Intro <script>alert(1)</script> here.\n\n"We are ready to talk," Halvorsen said.';
const start = text.indexOf("We are ready");
const quotation: QuotationView = {
  id: "q1",
  text: "We are ready to talk",
  start,
  end: start + "We are ready to talk".length,
  speaker: "Marek Halvorsen",
  speakerStart: text.indexOf("Halvorsen"),
  speakerEnd: text.indexOf("Halvorsen") + "Halvorsen".length,
  cue: "said",
  groupId: "g1",
};

describe("ArticleText", () => {
  it("renders paragraphs as text, never as HTML", () => {
    const html = renderToStaticMarkup(createElement(ArticleText, { text, quotations: [] }));
    expect(html.match(/<p /g)).toHaveLength(2);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("highlights quotations with an anchor and links them to their group", () => {
    const html = renderToStaticMarkup(
      createElement(ArticleText, {
        text,
        quotations: [quotation],
        linkFor: () => ({ href: "#group-g1", description: "compare its wordings", note: "1" }),
      }),
    );
    expect(html).toMatch(/<a id="q-q1" href="#group-g1" class="quote-mark[^"]*"[^>]*>We are ready to talk/);
    expect(html).toContain('<span class="speaker-mark" title="Speaker">Halvorsen</span>');
    expect(html).toContain(">1</sup>");
  });

  it("uses a plain <mark> when the quotation has nowhere to link", () => {
    const html = renderToStaticMarkup(
      createElement(ArticleText, { text, quotations: [quotation], linkFor: () => null }),
    );
    expect(html).toMatch(/<mark id="q-q1" class="quote-mark"[^>]*>We are ready to talk<\/mark>/);
  });

  it("says so when there is no text", () => {
    expect(renderToStaticMarkup(createElement(ArticleText, { text: "  ", quotations: [] }))).toContain(
      "no text",
    );
  });
});
