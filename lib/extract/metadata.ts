import { foldForComparison } from "../text";
import { parseDateText } from "./dates";
import { cleanByline } from "./furniture";
import { MAX_AUTHORS, readJsonLd } from "./json-ld";
import { cleanText } from "./markup-text";

/** What a page says about itself in JSON-LD, meta tags and <link>, read before Readability rewrites the DOM. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  /** JSON-LD articleBody: the body as the publisher states it, our fallback when no article is found. */
  articleBody: string | null;
}

const MAX_TITLE_CHARS = 250;

/** Meta tags by lower-cased property / name / itemprop, each with all its values in document order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const meta of document.querySelectorAll("meta")) {
    const key = (
      meta.getAttribute("property") ??
      meta.getAttribute("name") ??
      meta.getAttribute("itemprop") ??
      meta.getAttribute("http-equiv") ??
      ""
    )
      .toLowerCase()
      .trim();
    const content = cleanText(meta.getAttribute("content") ?? "");
    if (!key || !content) continue;
    const list = values.get(key) ?? [];
    list.push(content);
    values.set(key, list);
  }
  return values;
}

const PUBLISHED_DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "publishdate",
  "pubdate",
  "publish-date",
  "parsely-pub-date",
  "sailthru.date",
  "citation_publication_date",
  "citation_date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "date",
];
const TITLE_KEYS = [
  "og:title",
  "twitter:title",
  "citation_title",
  "dc.title",
  "parsely-title",
  "sailthru.title",
];

function metaDate(meta: ReadonlyMap<string, string[]>, keys: readonly string[]): string | null {
  const value = firstMeta(meta, keys);
  return value ? parseDateText(value) : null;
}

function firstMeta(meta: ReadonlyMap<string, string[]>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** An http(s) URL, resolved against base when relative; null for anything else. */
export function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "en-GB" → "en": the app compares languages, not regions, and detectLanguage speaks ISO 639-1. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** "www.theguardian.com" → "theguardian": how a site's name shows up in its titles. */
function hostLabel(url: string | null): string {
  const absolute = absoluteUrl(url, null);
  return absolute ? (new URL(absolute).hostname.replace(/^www\./, "").split(".")[0] ?? "") : "";
}

const TITLE_SEPARATOR = /\s+(?:[|–—·•»]|-|::)\s+/g;

function squash(value: string): string {
  return foldForComparison(value).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * "Headline | Outlet" → "Headline", when the outlet part is the site's name or its host ("Editorial" in
 * "… | Editorial" is not, and a colon is never a separator: "Hong Kong: a city on the brink").
 */
export function stripSiteSuffix(title: string, siteName: string | null, url: string | null): string {
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const first = separators[0];
  const last = separators.at(-1);
  if (!first || !last) return title;
  const host = hostLabel(url);
  const names = [siteName ?? "", host].map(squash).filter((name) => name.length > 1);
  const isSiteName = (part: string): boolean => {
    const squashed = squash(part);
    const shortPart = part.trim().split(/\s+/).length <= 4;
    if (squashed.length < 3) return false;
    return names.some(
      (name) => squashed === name || (shortPart && (squashed.includes(name) || name.includes(squashed))),
    );
  };
  const tail = title.slice(last.index + last[0].length);
  if (isSiteName(tail)) return title.slice(0, last.index).trim();
  const head = title.slice(0, first.index);
  if (isSiteName(head)) return title.slice(first.index + first[0].length).trim();
  return title;
}

/** The first <h1>, unless it is not a headline (an unclosed <h1> swallows the paragraphs after it). */
function headingTitle(document: Document): string | null {
  const text = cleanText(document.querySelector("h1")?.textContent ?? "");
  return text && text.length <= MAX_TITLE_CHARS ? text : null;
}

function publishedFromMarkup(document: Document): string | null {
  const marked = document.querySelector('[itemprop="datePublished"]');
  const markedValue =
    marked?.getAttribute("content") ?? marked?.getAttribute("datetime") ?? marked?.textContent;
  if (markedValue) {
    const date = parseDateText(markedValue);
    if (date) return date;
  }
  for (const time of [...document.querySelectorAll("time")].slice(0, 20)) {
    const value = time.getAttribute("datetime") ?? time.textContent ?? "";
    const date = parseDateText(value);
    if (date) return date;
  }
  return null;
}

export function readMetadata(document: Document, url: string | null): PageMetadata {
  const jsonLd = readJsonLd(document);
  const meta = metaValues(document);

  const siteName =
    firstMeta(meta, ["og:site_name"]) ??
    jsonLd.publisherName ??
    jsonLd.websiteName ??
    firstMeta(meta, ["application-name", "publisher", "citation_publisher", "dc.publisher"]);

  const metaAuthors = [
    ...(meta.get("citation_author") ?? []),
    ...(meta.get("author") ?? []),
    ...(meta.get("article:author") ?? []),
    ...(meta.get("dc.creator") ?? []),
    ...(meta.get("parsely-author") ?? []),
    ...(meta.get("sailthru.author") ?? []),
  ]
    // article:author is often a profile URL, not a name.
    .filter((name) => !/^https?:\/\//i.test(name) && !/facebook\.com|twitter\.com/i.test(name))
    .map(cleanByline)
    .filter((name): name is string => name !== null);
  const authors =
    jsonLd.authors.length > 0 ? jsonLd.authors : [...new Set(metaAuthors)].slice(0, MAX_AUTHORS);

  const publishedAt =
    (jsonLd.datePublished ? parseDateText(jsonLd.datePublished) : null) ??
    metaDate(meta, PUBLISHED_DATE_KEYS) ??
    publishedFromMarkup(document);

  const rawTitle =
    jsonLd.headline ??
    firstMeta(meta, TITLE_KEYS) ??
    headingTitle(document) ??
    cleanText(document.title ?? "");

  const canonicalLink = [...document.querySelectorAll("link")].find((link) =>
    (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  const canonicalUrl =
    absoluteUrl(canonicalLink?.getAttribute("href"), url) ??
    absoluteUrl(firstMeta(meta, ["og:url"]), url) ??
    absoluteUrl(url, null);

  const language =
    primaryLanguage(document.documentElement?.getAttribute("lang")) ??
    primaryLanguage(document.documentElement?.getAttribute("xml:lang")) ??
    primaryLanguage(firstMeta(meta, ["og:locale", "content-language", "language", "dc.language"]));

  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, siteName, canonicalUrl) : null,
    byline: authors.length > 0 ? authors.join(", ") : null,
    publishedAt,
    siteName,
    canonicalUrl,
    language,
    articleBody: jsonLd.articleBody,
  };
}
