import { foldForComparison } from "../text";
import { parseDateText } from "./dates";
import { cleanByline } from "./furniture";
import { MAX_AUTHORS, readJsonLd, type JsonLdArticle } from "./json-ld";
import { cleanText } from "./markup-text";

/** What a page says about itself in JSON-LD, meta tags and <link>, read before Readability rewrites the DOM. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  /** JSON-LD articleBody: the body as the publisher states it, our fallback when no article is found. */
  articleBody: string | null;
  /**
   * What the page says it is: an article (article JSON-LD, og:type, a publication date), another kind of page
   * (a front page, section, search or profile page), an error page ("Page not found"), or nothing.
   */
  pageKind: "article" | "other" | "error" | null;
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
const MODIFIED_DATE_KEYS = [
  "article:modified_time",
  "og:article:modified_time",
  "og:updated_time",
  "article:updated_time",
  "datemodified",
  "last-modified",
  "lastmod",
  "last_updated_date",
  "parsely-updated",
  "sailthru.lastmodified",
  "dc.date.modified",
  "dcterms.modified",
  "eomportal-lastupdate",
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

/** The date of the first element marked with this microdata property (content, datetime or its text). */
function markedDate(document: Document, itemprop: string): string | null {
  const marked = document.querySelector(`[itemprop="${itemprop}"]`);
  const value = marked?.getAttribute("content") ?? marked?.getAttribute("datetime") ?? marked?.textContent;
  return value ? parseDateText(value) : null;
}

/** hAtom and WordPress themes mark the revision time: <time class="updated">, "modified-date". */
const REVISION_CLASS = /(?:^|[\s_-])(?:updated|modified|dateModified|last-?updated)(?:$|[\s_-])/i;

/** The page's <time> elements (a bounded number), split into revision times and the rest. */
function timeDates(document: Document): { published: string | null; modified: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  for (const time of [...document.querySelectorAll("time")].slice(0, 20)) {
    const date = parseDateText(time.getAttribute("datetime") ?? time.textContent ?? "");
    if (!date) continue;
    const revision = REVISION_CLASS.test(
      `${time.getAttribute("class") ?? ""} ${time.parentElement?.getAttribute("class") ?? ""}`,
    );
    if (revision) modified ??= date;
    else published ??= date;
  }
  return { published, modified };
}

/** A title part that says the page was not found: "404", "Page not found", "Seite nicht gefunden". */
const NOT_FOUND_TITLE =
  /^(?:(?:error|fehler|erreur)\s*)?(?:404|410)$|^(?:(?:(?:error|fehler|erreur)\s*)?(?:404|410)\W*)?(?:oops\W*|sorry\W*)?(?:(?:this|that|the)\s+)?(?:page|file|article|content|story|seite|pagina)?\s*(?:(?:was\s+)?not\s+found|(?:could|can)\s*(?:not|n?'t)\s+be\s+found|does\s*(?:not|n't)\s+exist|nicht\s+gefunden|introuvable|non\s+trouvee|no\s+encontrada|non\s+trovata|niet\s+gevonden)\W*$/;
const TITLE_PARTS = /\s+[|–—·•»:-]\s+|:\s+|\s+-\s+/;

function isNotFoundTitle(title: string | null | undefined): boolean {
  if (!title) return false;
  return foldForComparison(title)
    .split(TITLE_PARTS)
    .some((part) => NOT_FOUND_TITLE.test(part.trim()));
}

/** og:type values of pages that are not one article. */
const NON_ARTICLE_OG_TYPES = new Set(["website", "profile", "video.other", "music.playlist", "books.author"]);

function pageKindOf(
  document: Document,
  meta: ReadonlyMap<string, string[]>,
  jsonLd: JsonLdArticle,
  publishedAt: string | null,
  canonicalUrl: string | null,
): PageMetadata["pageKind"] {
  if (isNotFoundTitle(document.title) || isNotFoundTitle(headingTitle(document))) return "error";
  const ogType = firstMeta(meta, ["og:type"])?.toLowerCase() ?? null;
  if (jsonLd.hasArticle || ogType === "article" || publishedAt) return "article";
  const frontPage = canonicalUrl !== null && new URL(canonicalUrl).pathname === "/";
  if (jsonLd.hasListingPage || (ogType && NON_ARTICLE_OG_TYPES.has(ogType)) || frontPage) return "other";
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

  const times = timeDates(document);
  const publishedAt =
    (jsonLd.datePublished ? parseDateText(jsonLd.datePublished) : null) ??
    metaDate(meta, PUBLISHED_DATE_KEYS) ??
    markedDate(document, "datePublished") ??
    times.published ??
    times.modified;

  const modifiedAt =
    (jsonLd.dateModified ? parseDateText(jsonLd.dateModified) : null) ??
    metaDate(meta, MODIFIED_DATE_KEYS) ??
    markedDate(document, "dateModified") ??
    times.modified;

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
    modifiedAt,
    siteName,
    canonicalUrl,
    language,
    articleBody: jsonLd.articleBody,
    pageKind: pageKindOf(document, meta, jsonLd, publishedAt, canonicalUrl),
  };
}
