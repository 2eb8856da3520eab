/**
 * Property-based checks (fast-check) of the pure stages that take untrusted input: extraction, quotation
 * parsing, sentence alignment, word diffs and URL normalisation. The same properties run with a few hundred
 * cases in `npm test` (the *.fuzz.test.ts files) and at scale in `npm run fuzz`.
 */
import { decodeHTML } from "entities";
import fc from "fast-check";
import { AppError } from "../errors";
import { alignSentences, diffWords, type DiffOp } from "../compare";
import { extractArticle } from "../extract";
import { normalizeArticleUrl } from "../ingest/urls";
import { findQuotations } from "../quotes";
import { normalizeText } from "../text";

/** Any failure other than an AppError is a crash. */
function allowAppError<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** Fails a case that takes longer than `maxMs`: the stages promise explicit work bounds. */
function bounded<T>(what: string, maxMs: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  if (elapsed > maxMs) throw new Error(`${what} took ${Math.round(elapsed)} ms (bound ${maxMs} ms)`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Text pieces: a news-like vocabulary, quote marks of several conventions, and arbitrary Unicode.

const WORDS = [
  "the",
  "minister",
  "said",
  "told",
  "reporters",
  "on",
  "Tuesday",
  "government",
  "would",
  "not",
  "accept",
  "Vladimir",
  "Putin",
  "Ursula",
  "von",
  "der",
  "Leyen",
  "he",
  "she",
  "they",
  "according",
  "to",
  "added",
  "troops",
  "border",
  "talks",
  "in",
  "Geneva",
  "were",
  "a",
  "victory",
  "for",
  "peace",
  "statement",
  "police",
  "Mr.",
  "Dr.",
  "U.S.",
  "3.5%",
  "1,200",
  "Café",
  "Zürich",
  "Москва",
  "東京",
  "😀",
  "don't",
  "it's",
  "—",
  "-",
];
const QUOTE_MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "「", "」"];
const PUNCTUATION = [".", ",", ":", ";", "!", "?", "…", " (", ") "];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }) },
);
const token = fc.oneof(
  { weight: 10, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom("\n", "\n\n", "\t", "\u200b", "\u00ad", "\r\n") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
);
const sentence = fc
  .array(token, { minLength: 1, maxLength: 25 })
  .map((tokens) => tokens.join(" ").replace(/ ([.,:;!?])/g, "$1"));
/** Prose with quotations in it: sentences, some of them a quotation with a speaker and a cue verb. */
const quotedSentence = fc
  .tuple(
    fc.constantFrom(...QUOTE_MARKS),
    sentence,
    fc.constantFrom(...QUOTE_MARKS),
    fc.constantFrom("said", "told reporters", "added", "according to", "warned"),
    fc.constantFrom("Putin", "Vladimir Putin", "he", "she", "the minister", "Ursula von der Leyen"),
    fc.boolean(),
  )
  .map(([open, said, close, cue, speaker, speakerFirst]) =>
    speakerFirst ? `${speaker} ${cue}: ${open}${said}${close}` : `${open}${said},${close} ${speaker} ${cue}.`,
  );
export const proseArbitrary = fc
  .array(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 1, arbitrary: quotedSentence }), {
    maxLength: 20,
  })
  .map((parts) => parts.join(" "));

/** A normalised body, as stored: what quotation parsing and alignment receive. */
const bodyArbitrary = proseArbitrary.map((text) => normalizeText(text));

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

// ---------------------------------------------------------------------------------------------------------
// Invariants.

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

function checkQuotations(body: string, maxCaseMs: number): void {
  const quotes = bounded("quotation parsing", maxCaseMs, () => allowAppError(() => findQuotations(body)));
  for (const quote of quotes ?? []) {
    if (!(0 <= quote.start && quote.start <= quote.end && quote.end <= body.length))
      throw new Error(`quote offsets ${quote.start}-${quote.end} outside a body of ${body.length}`);
    if (body.slice(quote.start, quote.end) !== quote.text)
      throw new Error(`quote text ${JSON.stringify(quote.text)} is not the body at its offsets`);
    if ((quote.speakerStart === null) !== (quote.speakerEnd === null))
      throw new Error("speaker span has only one end");
    if (quote.speakerStart !== null && quote.speakerEnd !== null) {
      if (!(
        0 <= quote.speakerStart &&
        quote.speakerStart < quote.speakerEnd &&
        quote.speakerEnd <= body.length
      ))
        throw new Error(`speaker span ${quote.speakerStart}-${quote.speakerEnd} outside the body`);
    }
  }
}

function checkAlignment(bodies: string[], maxCaseMs: number): void {
  const articles = bodies.map((text, index) => ({ id: `a${index}`, outlet: `Outlet ${index}`, text }));
  const run = () => allowAppError(() => alignSentences(articles));
  const alignment = bounded("sentence alignment", maxCaseMs, run);
  if (!alignment) return;
  const seen = new Set<string>();
  for (const row of alignment.rows) {
    const inRow = new Set<string>();
    for (const sentence of row.sentences) {
      const article = articles.find((a) => a.id === sentence.articleId);
      if (!article) throw new Error(`row names an unknown article ${sentence.articleId}`);
      if (article.text.slice(sentence.start, sentence.end) !== sentence.text)
        throw new Error("an aligned sentence is not its article's text at its offsets");
      if (inRow.has(sentence.articleId)) throw new Error("a row holds two sentences of one article");
      inRow.add(sentence.articleId);
      const key = `${sentence.articleId}:${sentence.start}`;
      if (seen.has(key)) throw new Error("a sentence sits in two rows");
      seen.add(key);
    }
    // Left out only by articles that carry no sentence of the row, and only when enough others carry it.
    const absent = articles.map((a) => a.id).filter((id) => !inRow.has(id));
    if (
      row.missingFrom.some((id) => !absent.includes(id)) ||
      new Set(row.missingFrom).size !== row.missingFrom.length
    )
      throw new Error(
        `missingFrom ${JSON.stringify(row.missingFrom)} is not within ${JSON.stringify(absent)}`,
      );
    if (row.missingFrom.length > 0 && inRow.size < (articles.length >= 3 ? 2 : 1))
      throw new Error(
        `missingFrom ${JSON.stringify(row.missingFrom)} for a row only ${inRow.size} article carries`,
      );
  }
  if (JSON.stringify(run()) !== JSON.stringify(alignment)) throw new Error("alignment is not deterministic");
}

function joined(ops: DiffOp[], keep: -1 | 1): string {
  return ops
    .filter(([op]) => op === 0 || op === keep)
    .map(([, text]) => text)
    .join("");
}

function checkDiff(from: string, to: string, maxCaseMs: number): void {
  const ops = bounded("word diff", maxCaseMs, () => allowAppError(() => diffWords(from, to)));
  if (!ops) return;
  if (joined(ops, -1) !== from) throw new Error("the diff's 0 and -1 ops do not give `from`");
  if (joined(ops, 1) !== to) throw new Error("the diff's 0 and 1 ops do not give `to`");
  if (ops.some(([, text]) => text === "")) throw new Error("the diff has an empty op");
}

const urlArbitrary = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ["http", "https"] }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom("http", "https", "HTTP", "ftp", "javascript", "file"),
        fc.constantFrom(
          "News.Example",
          "news.example.",
          "user:pw@news.example",
          "[::1]",
          "xn--bcher-kva.example",
          "bücher.example",
          "news.example:80",
          "news.example:443",
          "0x7f.1",
        ),
        fc.array(fc.constantFrom("a", "B", "%41", "%2F", "..", ".", "", "ü", "%zz", " "), { maxLength: 5 }),
        fc.array(
          fc.tuple(
            fc.constantFrom("utm_source", "id", "ID", "ref", "b", "a", "q", "fbclid", "x y", "é"),
            fc.constantFrom("1", "", "a b", "%20", "+", "&", "="),
          ),
          { maxLength: 5 },
        ),
        fc.constantFrom("", "#top", "#", "/", "//", "?"),
      )
      .map(([scheme, host, path, query, tail]) => {
        const search = query.map(([k, v]) => `${k}=${v}`).join("&");
        return `${scheme}://${host}/${path.join("/")}${search ? `?${search}` : ""}${tail}`;
      }),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

function checkUrl(raw: string): void {
  const once = allowAppError(() => normalizeArticleUrl(raw));
  if (once === null) return;
  const twice = normalizeArticleUrl(once);
  if (twice !== once) throw new Error(`not idempotent: ${once} became ${twice}`);
  if (!/^https?:\/\//.test(once)) throw new Error(`normalised to a non-http URL: ${once}`);
}

/** Per-case time bounds: far above a normal case, low enough that a pathological input is caught. */
const MAX_CASE_MS = { extraction: 5_000, quotations: 2_000, alignment: 2_000, diff: 2_000 } as const;

export const FUZZ_PROPERTIES = {
  extraction: fc.property(htmlArbitrary, (html) => checkExtraction(html, MAX_CASE_MS.extraction)),
  quotations: fc.property(bodyArbitrary, (body) => checkQuotations(body, MAX_CASE_MS.quotations)),
  alignment: fc.property(fc.array(bodyArbitrary, { minLength: 1, maxLength: 4 }), (bodies) =>
    checkAlignment(bodies, MAX_CASE_MS.alignment),
  ),
  diff: fc.property(
    fc.oneof(
      fc.tuple(proseArbitrary, proseArbitrary),
      // Near-identical sides: the case diffs are made for.
      proseArbitrary.chain((text) =>
        fc
          .tuple(fc.constant(text), fc.constant(text), fc.nat({ max: 20 }), sentence)
          .map(
            ([a, , cut, insert]) => [a, `${a.slice(0, cut)}${insert}${a.slice(cut + 5)}`] as [string, string],
          ),
      ),
      fc.tuple(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })),
    ),
    ([from, to]) => checkDiff(from, to, MAX_CASE_MS.diff),
  ),
  urls: fc.property(urlArbitrary, (raw) => checkUrl(raw)),
};

export type FuzzPropertyName = keyof typeof FUZZ_PROPERTIES;

/**
 * Runs one property with the modest case count of `npm test` (`npm run fuzz` runs it at scale). A fixed seed
 * keeps the test deterministic; FUZZ_SEED replays another.
 */
export function assertFuzzProperty(name: FuzzPropertyName, numRuns = 300): void {
  // Each property has its own input type; fast-check's runner takes any of them.
  const property = FUZZ_PROPERTIES[name] as fc.IProperty<[unknown]>;
  fc.assert(property, { numRuns, seed: Number(process.env.FUZZ_SEED ?? 7) });
}
