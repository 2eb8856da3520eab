import { Readability } from "@mozilla/readability";
import { normalizeText } from "../text";
import { describeOutside, selectBody, type BodySelection, type BodyUnit, type RemovedPart } from "./body";
import { headerDates } from "./dates";
import {
  headMarkup,
  markupShape,
  markupToText,
  nestsDeeperThan,
  parseDocument,
  stripInertMarkup,
} from "./dom";
import { domParagraphs, type DomParagraph } from "./dom-paragraphs";
import { classifyLine, cleanByline, FURNITURE_KINDS, lineKey, parseBylineLine } from "./furniture";
import { absoluteUrl, readMetadata, type PageMetadata } from "./metadata";
import { extractFromText, MAX_TEXT_LINES, type TextPageResult } from "./text-page";

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

function bodyLength(selection: BodySelection): number {
  return selection.paragraphs.reduce((sum, paragraph) => sum + paragraph.length + 2, 0);
}

function bodyTextFallback(document: Document): TextPageResult | null {
  const { paragraphs } = domParagraphs(document.body);
  // Blank lines between paragraphs, so the text algorithm never mistakes them for one hard-wrapped block.
  return extractFromText(paragraphs.map((p) => p.text).join("\n\n"));
}

/** The metadata of a page too big or deep to parse, from the markup before its <body>. */
function headMetadata(html: string, url: string | null): PageMetadata {
  const head = headMarkup(html, MAX_HEAD_CHARS);
  if (head === null || markupShape(head).depth > MAX_PARSED_DEPTH) {
    return { ...EMPTY_METADATA, canonicalUrl: absoluteUrl(url, null) };
  }
  return readMetadata(parseDocument(head), url);
}

export function extractFromHtml(page: string, url: string | null, minBodyChars: number): HtmlPageResult {
  const html = stripInertMarkup(page);
  const shape = markupShape(html);
  if (shape.depth > MAX_PARSED_DEPTH || shape.elements > MAX_PARSED_ELEMENTS) {
    const metadata = headMetadata(html, url);
    const fromJson = metadata.articleBody
      ? articleBodyParagraphs(metadata.articleBody, metadata.title)
      : null;
    if (fromJson && bodyLength(fromJson) >= minBodyChars) {
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
    const fromText = extractFromText(markupToText(html));
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
  const document = parseDocument(html);
  const metadata = readMetadata(document, url);
  const readable =
    shape.elements <= MAX_READABILITY_ELEMENTS &&
    !nestsDeeperThan(document.documentElement, MAX_READABILITY_DEPTH);
  const article = readable ? readabilityContent(document) : null;
  const title = metadata.title ?? article?.title ?? null;
  const base = { metadata, readabilityTitle: article?.title ?? null };

  if (article) {
    const converted = domParagraphs(article.content);
    const units = toUnits(converted.paragraphs);
    const selection = selectBody(units, title, "html");
    if (selection && bodyLength(selection) >= minBodyChars) {
      // Readability's container often starts with the article's byline and date lines.
      const header = units.slice(0, selection.start);
      const dates = headerDates(header.map((unit) => unit.text));
      return {
        ...base,
        textByline: header.map((unit) => parseBylineLine(unit.text)).findLast(Boolean) ?? article.byline,
        textPublishedAt: dates.published ?? dates.modified,
        textModifiedAt: dates.modified,
        paragraphs: selection.paragraphs,
        removed: [...converted.removed, ...describeOutside(units, selection, title), ...selection.removed],
      };
    }
  }

  if (metadata.articleBody) {
    const fromJson = articleBodyParagraphs(metadata.articleBody, title);
    if (bodyLength(fromJson) >= minBodyChars) {
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

  // Readability rewrites the document it reads; the text fallback needs the page as it was.
  const fromText = bodyTextFallback(readable ? parseDocument(html) : document);
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
