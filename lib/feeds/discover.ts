import { decodeEntities, stripComments } from "./html-text";
import type { FeedFormat } from "./types";
import { resolveBase, resolveHttpUrl } from "./urls";

export interface FeedLink {
  url: string;
  format: Exclude<FeedFormat, "rdf">;
  title: string | null;
}

const FEED_TYPES: Record<string, FeedLink["format"]> = {
  "application/rss+xml": "rss",
  "application/atom+xml": "atom",
  "application/feed+json": "json",
};

/** A page advertising more feeds than this is listing categories; the first ones are the main feeds. */
export const MAX_FEED_LINKS = 20;
/** Feed links sit in <head>; pages put megabytes of markup after it. */
const MAX_SCAN_CHARS = 1_000_000;

const TAG = /<(link|base)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]?.toLowerCase();
    if (name && !found.has(name)) found.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? "").trim());
  }
  return found;
}

/**
 * The feeds an HTML page advertises with <link rel="alternate" type="application/rss+xml | atom+xml |
 * feed+json" href="…">, in page order, resolved against <base href> and the page URL; http(s) only, no
 * duplicates. For suggesting the feed when someone subscribes to a page.
 */
export function discoverFeedLinks(html: string, baseUrl: string | null): FeedLink[] {
  // Only up to the last ">": a tag the scan starts must be able to end, so no match runs away to the end.
  const scanned = html.slice(0, MAX_SCAN_CHARS);
  const source = stripComments(scanned.slice(0, scanned.lastIndexOf(">") + 1));
  const tags = [...source.matchAll(TAG)].map((m) => ({
    name: m[1]?.toLowerCase(),
    attrs: attributes(m[2] ?? ""),
  }));
  // The document's base is the first <base href>, wherever it stands (HTML standard).
  const baseHref = tags.find((tag) => tag.name === "base" && tag.attrs.get("href"))?.attrs.get("href");
  const pageUrl = resolveHttpUrl(baseUrl, null);
  const base = baseHref ? resolveBase(baseHref, pageUrl) : pageUrl;
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  for (const { name, attrs } of tags) {
    if (name !== "link") continue;
    const rels = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const format = FEED_TYPES[(attrs.get("type") ?? "").toLowerCase().split(";")[0]?.trim() ?? ""];
    if (!format || !(rels.includes("alternate") || rels.includes("feed"))) continue;
    const url = resolveHttpUrl(attrs.get("href"), base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    links.push({ url, format, title: attrs.get("title") || null });
    if (links.length >= MAX_FEED_LINKS) break;
  }
  return links;
}
