import { cleanByline } from "./furniture";
import { cleanText, decodeLeftoverEntities } from "./markup-text";

/** What the page's JSON-LD says about its article (schema.org NewsArticle and kin). */
export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisherName: string | null;
  /** The name of a WebSite node, when there is no publisher. */
  websiteName: string | null;
  /** The body as the publisher states it, line breaks kept. */
  articleBody: string | null;
  /** Whether any node is an article (NewsArticle, BlogPosting…). */
  hasArticle: boolean;
  /** Whether a node says the page is something else: a front page, a section, search results, a profile. */
  hasListingPage: boolean;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  "article",
  "newsarticle",
  "reportagenewsarticle",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "blogposting",
  "liveblogposting",
  "report",
  "techarticle",
  "scholarlyarticle",
  "satiricalarticle",
]);
const WEB_PAGE_TYPES = new Set(["webpage", "itempage"]);
/** Pages that list or describe other content rather than carry an article. */
const LISTING_PAGE_TYPES = new Set(["collectionpage", "searchresultspage", "profilepage", "itemlist"]);
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_GRAPH_NODES = 500;
const MAX_DEPTH = 4;
export const MAX_AUTHORS = 6;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A JSON-LD value as text: strings, numbers, { "@value": … } and the first usable item of an array, looked for no
 * deeper than MAX_DEPTH (a page's `[[[[…]]]]` 100,000 deep would otherwise overflow the stack).
 */
function asText(value: unknown, depth = 0): string | null {
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return String(value);
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = asText(item, depth + 1);
      if (text) return text;
    }
    return null;
  }
  if (isObject(value)) return asText(value["@value"], depth + 1);
  return null;
}

/** articleBody keeps its line breaks: they are the publisher's paragraph breaks. */
function bodyText(value: unknown): string | null {
  const text = Array.isArray(value) ? value.find((item) => typeof item === "string") : value;
  return typeof text === "string" && text.trim() !== "" ? decodeLeftoverEntities(text).trim() : null;
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.toLowerCase().replace(/^.*[/#:]/, ""));
}

/**
 * JSON as CMS templates write it: raw line breaks and tabs inside strings (escaped here, so an articleBody keeps
 * its paragraph breaks) and trailing commas before "]" or "}" (dropped). One pass that tracks strings.
 */
export function repairJson(source: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (inString) {
      if (char === "\\") {
        out += char + (source[i + 1] ?? "");
        i++;
      } else if (char === '"') {
        inString = false;
        out += char;
      } else if (char === "\n") out += "\\n";
      else if (char === "\r") out += "\\r";
      else if (char === "\t") out += "\\t";
      else out += char < " " ? " " : char;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === ",") {
      const next = /\S/.exec(source.slice(i + 1, i + 200));
      if (next && (next[0] === "]" || next[0] === "}")) continue;
    }
    out += char;
  }
  return out;
}

/** The parsed JSON, after repairing the usual template slips when it does not parse as it is; else undefined. */
function parseLenient(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    try {
      return JSON.parse(repairJson(json));
    } catch {
      return undefined;
    }
  }
}

const SALVAGED_FIELD =
  /"(@type|headline|datePublished|dateModified|author)"\s*:\s*(?:\{[^{}]*?"name"\s*:\s*)?"((?:[^"\\]|\\.){1,500})"/g;

/**
 * The simple fields of an article from JSON-LD that no repair makes parse (an unescaped quote in a description):
 * its first type, headline, dates and a single author, read as "key": "value" pairs. Null unless it is an article.
 */
function salvageArticle(json: string): JsonObject | null {
  const node: JsonObject = {};
  const types: string[] = [];
  for (const [, key = "", raw = ""] of json.matchAll(SALVAGED_FIELD)) {
    let value: string;
    try {
      value = String(JSON.parse(`"${raw}"`));
    } catch {
      value = raw;
    }
    if (key === "@type") types.push(value);
    else node[key] ??= value;
  }
  // The first article type, wherever it sits ("mainEntityOfPage": { "@type": "WebPage" } may come first).
  node["@type"] = types.find((type) => typesOf({ "@type": type }).some((t) => ARTICLE_TYPES.has(t)));
  return node["@type"] === undefined ? null : node;
}

/** All objects of the page's JSON-LD, flattening top-level arrays, @graph and a WebPage's mainEntity. */
function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || nodes.length >= MAX_GRAPH_NODES) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isObject(value)) {
      nodes.push(value);
      if (value["@graph"] !== undefined) visit(value["@graph"], depth + 1);
      if (value["mainEntity"] !== undefined) visit(value["mainEntity"], depth + 1);
    }
  };
  const scripts = [...document.querySelectorAll("script")].filter((script) =>
    /ld\+json/i.test(script.getAttribute("type") ?? ""),
  );
  for (const script of scripts.slice(0, MAX_JSON_LD_SCRIPTS)) {
    const source = (script.textContent ?? "").slice(0, MAX_JSON_LD_CHARS).trim();
    // Some CMSs wrap the JSON in CDATA or HTML comments, or leave trailing semicolons.
    const json = source
      .replace(/^(?:<!\[CDATA\[|<!--)/, "")
      .replace(/(?:\]\]>|-->)$/, "")
      .replace(/;\s*$/, "");
    const parsed = parseLenient(json);
    if (parsed !== undefined) visit(parsed, 0);
    else {
      const salvaged = salvageArticle(json);
      if (salvaged) nodes.push(salvaged);
    }
  }
  return nodes;
}

/** { "@id": "…" } alone is a reference to another node of the graph. */
function resolveReference(value: unknown, byId: ReadonlyMap<string, JsonObject>): unknown {
  if (isObject(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) {
    return byId.get(value["@id"]) ?? value;
  }
  return value;
}

function nameOf(value: unknown, byId: ReadonlyMap<string, JsonObject>): string | null {
  const resolved = resolveReference(value, byId);
  if (typeof resolved === "string") return cleanText(resolved);
  return isObject(resolved) ? asText(resolved["name"]) : null;
}

function personNames(value: unknown, byId: ReadonlyMap<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list.slice(0, MAX_AUTHORS * 2)) {
    const name = nameOf(item, byId);
    const cleaned = name && !/^https?:\/\//i.test(name) ? cleanByline(name) : null;
    if (cleaned) names.push(cleaned);
  }
  return [...new Set(names)].slice(0, MAX_AUTHORS);
}

/** The article node: one with a body if any, else one with a headline. */
function pickArticleNode(nodes: readonly JsonObject[]): JsonObject | null {
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  return (
    articles.find((node) => bodyText(node["articleBody"])) ??
    articles.find((node) => asText(node["headline"])) ??
    articles[0] ??
    null
  );
}

export function readJsonLd(document: Document): JsonLdArticle {
  const nodes = jsonLdNodes(document);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  const article = pickArticleNode(nodes);
  const website = nodes.find((node) => typesOf(node).includes("website"));
  // Yoast and other graphs often date the WebPage node rather than (or as well as) the article.
  const webPage = nodes.find((node) => typesOf(node).some((type) => WEB_PAGE_TYPES.has(type)));
  const dated = (key: string): string | null =>
    (article ? asText(article[key]) : null) ?? (webPage ? asText(webPage[key]) : null);
  return {
    headline: article ? asText(article["headline"]) : null,
    authors: article ? personNames(article["author"], byId) : [],
    datePublished: dated("datePublished"),
    dateModified: dated("dateModified"),
    publisherName: article ? nameOf(article["publisher"], byId) : null,
    websiteName: website ? asText(website["name"]) : null,
    articleBody: article ? bodyText(article["articleBody"]) : null,
    hasArticle: article !== null,
    hasListingPage: nodes.some((node) => typesOf(node).some((type) => LISTING_PAGE_TYPES.has(type))),
  };
}
