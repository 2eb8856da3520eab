import { Readability } from "@mozilla/readability";
import { normalizeText } from "../text";
import {
  describeOutside,
  selectBody,
  selectionLength,
  type BodySelection,
  type BodyUnit,
  type RemovedPart,
} from "./body";
import { headerDates } from "./dates";
import {
  headMarkup,
  markupShape,
  markupToText,
  nestsDeeperThan,
  parseDocument,
  stripInertMarkup,
} from "./dom";
import { domParagraphs, proseParagraphChars, type DomParagraph } from "./dom-paragraphs";
import { classifyLine, cleanByline, FURNITURE_KINDS, lineKey, parseBylineLine } from "./furniture";
import { absoluteUrl, readMetadata, type PageMetadata } from "./metadata";
import { BODY_PARAMETERS, type BodyParameters } from "./parameters";
import { extractFromText, MAX_TEXT_LINES } from "./text-page";
import { markStreamedSegments, placeStreamedSegments } from "./streamed-html";
import { widerBody } from "./wider-body";
import { revealCollapsedSections } from "./collapsed";
import { unwrapQuotations } from "./embedded-posts";

export interface HtmlPageResult {
  metadata: PageMetadata;
  /** Byline and date found in the page text, for when the metadata has none. */
  textByline: string | null;
  textPublishedAt: string | null;
  textModifiedAt: string | null;
  readabilityTitle: string | null;
  paragraphs: string[];
  removed: RemovedPart[];
}

const EMPTY_METADATA: PageMetadata = {
  title: null,
  byline: null,
  publishedAt: null,
  modifiedAt: null,
  siteName: null,
  canonicalUrl: null,
  language: null,
  articleBody: null,
  pageKind: null,
};

/**
 * Bounded work. linkedom needs time that grows with the square of the nesting depth (seconds at 100,000 levels)
 * and about 5 µs an element, so markup deeper or bigger than this is never parsed: its text is read with regular
 * expressions and its metadata from the markup before <body>.
 */
const MAX_PARSED_DEPTH = 5_000;
const MAX_PARSED_ELEMENTS = 60_000;
const MAX_HEAD_CHARS = 1_000_000;
/**
 * Readability costs 50 to 100 µs an element on linkedom, and its time grows with the square of the nesting depth
 * (a quarter of a second at 150 levels, seconds at 400, then a stack overflow). News pages have a few thousand
 * elements and nest a few dozen levels; bigger or deeper documents skip it and use the fallbacks.
 */
const MAX_READABILITY_ELEMENTS = 20_000;
const MAX_READABILITY_DEPTH = 150;

function toUnits(paragraphs: readonly DomParagraph[]): BodyUnit[] {
  return paragraphs.map((p) => ({
    text: p.text,
    role: p.role,
    linkDensity: p.linkDensity,
    kind: classifyLine(p.text),
  }));
}

function readabilityContent(
  document: Document,
): { content: Node; title: string | null; byline: string | null } | null {
  try {
    const article = new Readability<Node>(document, {
      keepClasses: true,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      serializer: (node) => node,
    }).parse();
    if (!article?.content) return null;
    const byline = article.byline ? cleanByline(article.byline) : null;
    return { content: article.content, title: article.title ?? null, byline };
  } catch {
    // Readability throws on oversized documents and can overflow the stack on pathological ones; the
    // fallbacks (JSON-LD articleBody, then the page text) still get a chance.
    return null;
  }
}

/**
 * The JSON-LD articleBody as paragraphs (one per line). The publisher calls all of it the body, so short lines
 * stay; only known furniture (an "Advertisement" marker, a repeated headline) goes.
 */
function articleBodyParagraphs(articleBody: string, title: string | null): BodySelection {
  const paragraphs: string[] = [];
  const removed: RemovedPart[] = [];
  const titleKey = title ? lineKey(title) : null;
  for (const line of articleBody.split("\n", MAX_TEXT_LINES)) {
    const text = normalizeText(line);
    if (text === "") continue;
    const kind = classifyLine(text);
    if (FURNITURE_KINDS.has(kind)) removed.push({ kind, text });
    else if (paragraphs.length === 0 && titleKey && lineKey(text) === titleKey)
      removed.push({ kind: "headline", text });
    else paragraphs.push(text);
  }
  return { paragraphs, removed, start: 0, end: paragraphs.length };
}

/** The page's text as paragraphs, blank lines between them, so the text algorithm never mistakes them for one block. */
function bodyText(document: Document): string {
  return domParagraphs(document.body)
    .paragraphs.map((p) => p.text)
    .join("\n\n");
}

/** A value computed on first use and kept. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** The metadata of a page too big or deep to parse, from the markup before its <body>. */
function headMetadata(html: string, url: string | null): PageMetadata {
  const head = headMarkup(html, MAX_HEAD_CHARS);
  if (head === null || markupShape(head).depth > MAX_PARSED_DEPTH) {
    return { ...EMPTY_METADATA, canonicalUrl: absoluteUrl(url, null) };
  }
  return readMetadata(parseDocument(head), url);
}

/**
 * What reading a page yields before its body is chosen: the parse, the metadata and Readability's container as
 * paragraphs. Nothing here depends on BodyParameters, so a tuning run reads each page once (see
 * prepareExtraction in ./index.ts).
 */
export interface PreparedHtmlPage {
  metadata: PageMetadata;
  /** Too big or deep to parse: no Readability; the JSON-LD articleBody, else the page's text. */
  oversized: boolean;
  readabilityTitle: string | null;
  article: { units: BodyUnit[]; removed: RemovedPart[]; byline: string | null } | null;
  /** The page's text for the last fallback, read on first use. */
  fallbackText: () => string;
  /** Characters in the page's paragraphs (<p>) of prose, counted before Readability rewrites the page. */
  paragraphChars: number;
  /** The whole page as units, read on first use (a second parse): where Readability's choice looks too small. */
  pageUnits: () => BodyUnit[];
}

export function prepareHtmlPage(page: string, url: string | null): PreparedHtmlPage {
  const html = stripInertMarkup(markStreamedSegments(page));
  const shape = markupShape(html);
  if (shape.depth > MAX_PARSED_DEPTH || shape.elements > MAX_PARSED_ELEMENTS) {
    return {
      metadata: headMetadata(html, url),
      oversized: true,
      readabilityTitle: null,
      article: null,
      fallbackText: once(() => markupToText(html)),
      paragraphChars: 0,
      pageUnits: () => [],
    };
  }
  const document = parsePage(html);
  const metadata = readMetadata(document, url);
  const paragraphChars = proseParagraphChars(document);
  const readable =
    shape.elements <= MAX_READABILITY_ELEMENTS &&
    !nestsDeeperThan(document.documentElement, MAX_READABILITY_DEPTH);
  const article = readable ? readabilityContent(document) : null;
  const converted = article ? domParagraphs(article.content) : null;
  // Readability rewrites the document it reads; the text fallback needs the page as it was (parsed again). Only
  // an unread document is kept for it, so a prepared page does not hold a parsed page.
  const unread = readable ? null : document;
  return {
    metadata,
    oversized: false,
    readabilityTitle: article?.title ?? null,
    article:
      article && converted
        ? { units: toUnits(converted.paragraphs), removed: converted.removed, byline: article.byline }
        : null,
    fallbackText: once(() => bodyText(unread ?? parsePage(html))),
    paragraphChars,
    pageUnits: once(() =>
      toUnits(
        domParagraphs((unread ?? parsePage(html)).body, {
          wholePage: true,
          pageProseChars: paragraphChars,
        }).paragraphs,
      ),
    ),
  };
}

/** The page as a browser shows it once its scripts have run: streamed segments in their places. */
function parsePage(html: string): Document {
  const document = parseDocument(html);
  placeStreamedSegments(document);
  revealCollapsedSections(document, html);
  unwrapQuotations(document, html);
  return document;
}

/** The body of a prepared page: Readability's container, else the JSON-LD articleBody, else the page's text. */
export function finishHtmlPage(
  prepared: PreparedHtmlPage,
  minBodyChars: number,
  parameters: BodyParameters = BODY_PARAMETERS,
): HtmlPageResult {
  const { metadata, article } = prepared;
  if (prepared.oversized) {
    const fromJson = metadata.articleBody
      ? articleBodyParagraphs(metadata.articleBody, metadata.title)
      : null;
    if (fromJson && selectionLength(fromJson) >= minBodyChars) {
      return {
        metadata,
        readabilityTitle: null,
        textByline: null,
        textPublishedAt: null,
        textModifiedAt: null,
        paragraphs: fromJson.paragraphs,
        removed: fromJson.removed,
      };
    }
    const fromText = extractFromText(prepared.fallbackText(), parameters);
    return {
      metadata: { ...metadata, title: metadata.title ?? fromText?.title ?? null },
      readabilityTitle: null,
      textByline: fromText?.byline ?? null,
      textPublishedAt: fromText?.publishedAt ?? null,
      textModifiedAt: fromText?.modifiedAt ?? null,
      paragraphs: fromText?.paragraphs ?? [],
      removed: fromText?.removed ?? [],
    };
  }
  const title = metadata.title ?? prepared.readabilityTitle;
  const base = { metadata, readabilityTitle: prepared.readabilityTitle };

  if (article) {
    const found = selectBody(article.units, title, "html", parameters);
    const wider = found
      ? widerBody({
          units: prepared.pageUnits,
          proseChars: prepared.paragraphChars,
          found,
          title,
          parameters,
        })
      : null;
    const selection = wider?.selection ?? found;
    if (found && selection && selectionLength(selection) >= minBodyChars) {
      // Readability's container often starts with the article's byline and date lines.
      const header = article.units.slice(0, found.start);
      const dates = headerDates(header.map((unit) => unit.text));
      return {
        ...base,
        textByline: header.map((unit) => parseBylineLine(unit.text)).findLast(Boolean) ?? article.byline,
        textPublishedAt: dates.published ?? dates.modified,
        textModifiedAt: dates.modified,
        paragraphs: selection.paragraphs,
        removed: [
          ...article.removed,
          ...(wider ? [] : describeOutside(article.units, found, title)),
          ...selection.removed,
        ],
      };
    }
  }

  if (metadata.articleBody) {
    const fromJson = articleBodyParagraphs(metadata.articleBody, title);
    if (selectionLength(fromJson) >= minBodyChars) {
      return {
        ...base,
        textByline: article?.byline ?? null,
        textPublishedAt: null,
        textModifiedAt: null,
        paragraphs: fromJson.paragraphs,
        removed: fromJson.removed,
      };
    }
  }

  const fromText = extractFromText(prepared.fallbackText(), parameters);
  return {
    ...base,
    metadata: { ...metadata, title: metadata.title ?? fromText?.title ?? null },
    textByline: fromText?.byline ?? null,
    textPublishedAt: fromText?.publishedAt ?? null,
    textModifiedAt: fromText?.modifiedAt ?? null,
    paragraphs: fromText?.paragraphs ?? [],
    removed: fromText?.removed ?? [],
  };
}
