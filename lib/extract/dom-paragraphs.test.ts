import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { domParagraphs, proseParagraphChars } from "./dom-paragraphs";

function paragraphsOf(
  bodyHtml: string,
  options: Parameters<typeof domParagraphs>[1] = {},
): ReturnType<typeof domParagraphs> {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${bodyHtml}</body></html>`);
  return domParagraphs(document.body, options);
}

function wholePageOf(bodyHtml: string): ReturnType<typeof domParagraphs> {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${bodyHtml}</body></html>`);
  return domParagraphs(document.body, {
    wholePage: true,
    pageProseChars: proseParagraphChars(document.body),
  });
}

const sentence = (n: number): string =>
  `Paragraph ${n} of the article says in full sentences what the reader came to the page to find out.`;

describe("domParagraphs", () => {
  it("never emits the text of script, style, noscript or template elements", () => {
    const { paragraphs } = paragraphsOf(
      "<p>Visible text <script>var leak = 1;</script>stays.</p><style>p { color: red }</style>" +
        "<noscript>Enable JavaScript</noscript><template><p>Hidden template</p></template>",
    );
    expect(paragraphs.map((p) => p.text)).toEqual(["Visible text stays."]);
  });

  it("makes block elements paragraphs and keeps headings, list items and table rows apart", () => {
    const { paragraphs } = paragraphsOf(
      "<div>Intro <b>bold</b> text<p>Inner paragraph</p>tail</div><h2>Sub-heading</h2>" +
        "<ul><li>First item</li><li>Second item</li></ul><table><tr><td>Name</td><td>Score</td></tr></table>",
    );
    expect(paragraphs.map((p) => [p.role, p.text])).toEqual([
      ["paragraph", "Intro bold text"],
      ["paragraph", "Inner paragraph"],
      ["paragraph", "tail"],
      ["heading", "Sub-heading"],
      ["list-item", "First item"],
      ["list-item", "Second item"],
      ["table-row", "Name Score"],
    ]);
  });

  it("measures how much of a paragraph is link text", () => {
    const { paragraphs } = paragraphsOf(
      '<p><a href="/a">All of this is a link</a></p><p>None of this is.</p>',
    );
    expect(paragraphs[0]?.linkDensity).toBe(1);
    expect(paragraphs[1]?.linkDensity).toBe(0);
  });

  it("drops figures, captions, hidden elements and furniture blocks, and says so", () => {
    const { paragraphs, removed } = paragraphsOf(
      '<p>Body one.</p><figure><img src="x.jpg"><figcaption>A caption. Photo: Agency</figcaption></figure>' +
        '<div class="newsCaption">Another caption</div><div hidden>Hidden</div><div aria-hidden="true">Also hidden</div>' +
        '<div class="share-tools">Share on Facebook</div><p>Body two.</p>',
    );
    expect(paragraphs.map((p) => p.text)).toEqual(["Body one.", "Body two."]);
    expect(removed.map((part) => part.text)).toEqual(
      expect.arrayContaining(["A caption. Photo: Agency", "Another caption", "Share on Facebook"]),
    );
  });

  it("drops a cookie notice by its name, but not an article tagged with cookies", () => {
    const notice =
      '<div id="cookie-law-info-bar" class="wt-cli-cookie-bar"><span>We use cookies on our website to give ' +
      "you the most relevant experience.</span><a>Accept</a></div>";
    const { paragraphs } = paragraphsOf(`<div class="tag-cookies"><p>${sentence(1)}</p>${notice}</div>`);
    expect(paragraphs.map((p) => p.text)).toEqual([sentence(1)]);
  });

  it("drops an author box whose bio lost its class, but not a class that only contains the word", () => {
    // Readability turns a <div class="author-bio"> of inline text into a bare <p>: only the wrapper's name is left.
    const box =
      '<div class="hero-author author-additional-info"><p>Jane Doe</p>' +
      "<p>Jane Doe is a content writer with more than five years of experience in journalism.</p></div>";
    const { paragraphs } = paragraphsOf(
      `<div class="authority-guide"><p>${sentence(1)}</p></div>${box}` +
        '<div class="contributor-text"><p>John Roe is a senior editor.</p></div>',
    );
    expect(paragraphs.map((p) => p.text)).toEqual([sentence(1)]);
  });

  it("keeps a figure that holds a quotation rather than an image", () => {
    const { paragraphs } = paragraphsOf("<figure><blockquote><p>A pull quote.</p></blockquote></figure>");
    expect(paragraphs.map((p) => [p.role, p.text])).toEqual([["quote", "A pull quote."]]);
  });

  it("keeps a figure that holds a table of text, without its caption", () => {
    const { paragraphs } = paragraphsOf(
      '<figure class="wp-block-table"><table><tr><td>Rank</td><td>Company</td></tr>' +
        "<tr><td>1</td><td>State Farm</td></tr></table><figcaption>Source: an agency</figcaption></figure>",
    );
    expect(paragraphs.map((p) => [p.role, p.text])).toEqual([
      ["table-row", "Rank Company"],
      ["table-row", "1 State Farm"],
    ]);
  });

  it("reads a long article marked up as its microdata description; a short one is header", () => {
    const article = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `<p>${sentence(n)}</p>`).join("");
    const long = paragraphsOf(`<div itemprop="description">${article}</div>`);
    expect(long.paragraphs.map((p) => p.text)).toContain(sentence(11));
    const short = paragraphsOf(
      `<div itemprop="description"><p>A one-line summary.</p></div><p>${sentence(1)}</p>`,
    );
    expect(short.paragraphs.map((p) => p.text)).toEqual([sentence(1)]);
  });

  it("across the whole page, reads a furniture-named wrapper that holds most of the prose", () => {
    const article = [1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join("");
    const { paragraphs } = wholePageOf(
      `<div class="sidebar-content"><article>${article}</article></div>` +
        `<div class="sidebar"><p>${sentence(9)}</p></div>`,
    );
    expect(paragraphs.map((p) => p.text)).toEqual([1, 2, 3, 4].map(sentence));
  });

  it("counts a page's prose once when the page serves its article twice", () => {
    const { document } = parseHTML(
      `<html><body><p>${sentence(1)}</p><p>${sentence(2)}</p><div class="mobile"><p>${sentence(1)}</p>` +
        `<p>${sentence(2)}</p></div><p>Short line.</p></body></html>`,
    );
    expect(proseParagraphChars(document.body)).toBe(sentence(1).length + sentence(2).length);
  });

  it("leaves out a sign-up form in the article's container, but reads a form that wraps the article", () => {
    const signUp =
      "<form><p>Fill out the form to get a copy of our ebook.</p><label>First Name*</label><input name='f'>" +
      "<label>Company*</label><input name='c'><div>This field is for validation purposes.</div>" +
      "<button>Submit</button></form>";
    const { paragraphs } = paragraphsOf(`<p>${sentence(1)}</p>${signUp}<p>${sentence(2)}</p>`);
    expect(paragraphs.map((p) => p.text)).toEqual([sentence(1), sentence(2)]);
    const wrapped = paragraphsOf(`<form><p>${sentence(1)}</p><p>${sentence(2)}</p><input name='q'></form>`);
    expect(wrapped.paragraphs.map((p) => p.text)).toEqual([sentence(1), sentence(2)]);
  });

  it("across the whole page, leaves out a comment section however much prose it holds", () => {
    const comments = [1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join("");
    const { paragraphs } = wholePageOf(`<p>${sentence(0)}</p><div class="comments-area">${comments}</div>`);
    expect(paragraphs.map((p) => p.text)).toEqual([sentence(0)]);
  });

  it("breaks paragraphs at <br> between sentences, joins lines of a wrapped sentence", () => {
    const { paragraphs } = paragraphsOf(
      "<p>First sentence.<br>Second line<br>continues here<br><br>new paragraph</p>",
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      "First sentence.",
      "Second line continues here",
      "new paragraph",
    ]);
  });
});
