/** Extraction under fuzzing: the property `npm test` (extract.fuzz.test.ts) and `npm run fuzz` check. */
import { decodeHTML } from "entities";
import fc from "fast-check";
import { allowAppError, bounded, MAX_CASE_MS, sentence, word } from "../testing/fuzz";
import { normalizeText } from "../text";
import { extractArticle } from "./index";

// ---------------------------------------------------------------------------------------------------------
// HTML: documents built from tags real pages use, with metadata, scripts and hostile attributes; and raw
// tag soup.

const BLOCK_TAGS = ["p", "div", "article", "section", "main", "blockquote", "li", "h1", "h2", "figure", "td"];
const FURNITURE_TAGS = ["nav", "header", "footer", "aside", "script", "style", "noscript", "template", "svg"];
const INLINE_TAGS = ["span", "a", "em", "strong", "b", "i", "q", "time", "sup"];
const ATTRIBUTES = [
  'class="article-body"',
  'class="related teaser"',
  'id="main"',
  'itemprop="articleBody"',
  'onerror="alert(1)"',
  'href="javascript:alert(1)"',
  'style="display:none"',
  "hidden",
  'lang="de"',
  'data-x="&quot;&lt;"',
];
const ENTITIES = [
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&#8220;",
  "&#x201D;",
  "&nbsp;",
  "&hellip;",
  "&bogus;",
  "&#0;",
];

const attribute = fc.constantFrom(...ATTRIBUTES);
const inlineHtml = fc.oneof(
  { weight: 6, arbitrary: sentence.map(escapeText) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...INLINE_TAGS), fc.option(attribute, { nil: undefined }), sentence)
      .map(([tag, attr, text]) => `<${tag}${attr ? ` ${attr}` : ""}>${escapeText(text)}</${tag}>`),
  },
  { weight: 1, arbitrary: fc.constantFrom("<br>", "<img src=x onerror=alert(1)>", "<wbr>", "<hr/>") },
);
const { element: elementHtml } = fc.letrec<{ element: string }>((tie) => ({
  element: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc
      .tuple(
        fc.constantFrom(...BLOCK_TAGS),
        fc.array(attribute, { maxLength: 2 }),
        fc.array(fc.oneof(inlineHtml, tie("element")), { maxLength: 4 }),
      )
      .map(([tag, attrs, children]) => `<${[tag, ...attrs].join(" ")}>${children.join("")}</${tag}>`),
    fc
      .tuple(fc.constantFrom(...FURNITURE_TAGS), sentence)
      .map(([tag, text]) => `<${tag}>${escapeText(text)}</${tag}>`),
    inlineHtml,
  ),
}));
const headHtml = fc
  .subarray([
    "<title>Minister says talks were a victory | The Daily</title>",
    '<meta property="og:title" content="Talks &amp; &quot;victory&quot;">',
    '<link rel="canonical" href="javascript:alert(1)">',
    '<link rel="canonical" href="/news/2025/talks?utm_source=x#top">',
    '<meta name="author" content="<script>alert(1)</script>">',
    '<meta property="article:published_time" content="2025-09-05T10:00:00+02:00">',
    '<meta property="article:published_time" content="not a date">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2025-13-45"}</script>',
    '<script type="application/ld+json">{"@type": [</script>',
    '<meta charset="utf-8"><html lang="xx-invalid">',
  ])
  .map((parts) => parts.join(""));
const structuredHtml = fc
  .tuple(headHtml, fc.array(elementHtml, { maxLength: 8 }), fc.boolean())
  .map(
    ([head, body, doctype]) =>
      `${doctype ? "<!doctype html>" : ""}<html><head>${head}</head><body>${body.join("")}</body></html>`,
  );
const tagSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "<",
        ">",
        "</",
        "/>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<p",
        "<div",
        "<script>",
        "</script>",
      ),
      fc.constantFrom(...ENTITIES),
      fc.constantFrom('="', '"', "'", " "),
      word,
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));
export const htmlArbitrary = fc.oneof(
  { weight: 4, arbitrary: structuredHtml },
  { weight: 1, arbitrary: tagSoup },
);

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const WORD_PATTERN = /[\p{L}\p{N}]+/gu;

/** The words of the page's text with its markup removed (a tag separates words, as a block would). */
function sourceWords(html: string): Set<string> {
  const text = normalizeText(decodeHTML(html.replace(/<[^>]*>/g, " "))).normalize("NFC");
  return new Set(Array.from(text.matchAll(WORD_PATTERN), (match) => match[0]));
}

/**
 * Whether `word` is a run of the page's words: cleaning may drop an element between two pieces of text and so
 * join them ("the<footer>…</footer>Putin"); a word that is not made of the page's words is invented or leaked.
 */
function madeOfWords(word: string, words: Set<string>): boolean {
  const reachable = [true, ...Array.from(word, () => false)];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end && !reachable[end]; start++) {
      if (reachable[start] && words.has(word.slice(start, end))) reachable[end] = true;
    }
  }
  return reachable[word.length] === true;
}

function checkExtraction(html: string, maxCaseMs: number): void {
  const article = bounded("extraction", maxCaseMs, () =>
    allowAppError(() => extractArticle({ content: html, format: "auto", url: "https://news.example/a" })),
  );
  if (!article) return;
  if (article.text !== normalizeText(article.text)) throw new Error("the body is not in normalised form");
  const words = sourceWords(html);
  for (const match of article.text.matchAll(WORD_PATTERN)) {
    if (!madeOfWords(match[0], words))
      throw new Error(`the body has a word that is not the page's text: ${JSON.stringify(match[0])}`);
  }
}

export const extractionProperty = fc.property(htmlArbitrary, (html) =>
  checkExtraction(html, MAX_CASE_MS.extraction),
);
