import type { RdfFeed, RssFeed } from "feedsmith";
import type { RawItem } from "./items";
import type { RawFeed } from "./raw-feed";
import { resolveBase, resolveHttpUrl } from "./urls";

type AtomLinks = { href?: string; rel?: string }[] | undefined;

/** atom:link rel="alternate" inside an RSS or RDF item: a few generators put the article link there. */
function alternateHrefs(links: AtomLinks): string[] {
  return (links ?? [])
    .filter((l) => !l.rel || l.rel === "alternate")
    .flatMap((l) => (l.href ? [l.href] : []));
}

/**
 * Relative links in RSS have no spec; they are nearly always paths on the site, so they resolve against an
 * explicit xml:base, else the channel's link, else the URL the feed was fetched from (which may be a CDN or a
 * feed proxy on another host).
 */
function itemsBase(
  xmlBase: string | undefined,
  siteUrl: string | null,
  baseUrl: string | null,
): string | null {
  return xmlBase ? resolveBase(xmlBase, baseUrl) : (siteUrl ?? baseUrl);
}

export function fromRss(feed: RssFeed.Feed<string>, baseUrl: string | null): RawFeed {
  const siteUrl = resolveHttpUrl(feed.link, resolveBase(feed.xml?.base, baseUrl));
  const base = itemsBase(feed.xml?.base, siteUrl, baseUrl);
  const items = (feed.items ?? []).map((item): RawItem => ({
    links: [item.link, ...alternateHrefs(item.atom?.links)],
    absoluteLinks: item.guid?.isPermaLink === false ? [] : [item.guid?.value],
    base: resolveBase(item.xml?.base, base),
    guid: item.guid?.value,
    title: { value: item.title ?? item.dc?.titles?.[0], html: true },
    dates: [
      item.pubDate,
      item.dc?.dates?.[0],
      item.dcterms?.issued?.[0],
      item.dcterms?.created?.[0],
      item.atom?.published,
      item.atom?.updated,
    ],
    summaries: [
      { value: item.description, html: true },
      { value: item.content?.encoded, html: true },
      { value: item.dc?.descriptions?.[0], html: true },
    ],
    author: item.authors?.[0]?.name ?? item.authors?.[0]?.email ?? item.dc?.creators?.[0],
  }));
  return { format: "rss", title: { value: feed.title, html: true }, siteUrl, items };
}

export function fromRdf(feed: RdfFeed.Feed<string>, baseUrl: string | null): RawFeed {
  const siteUrl = resolveHttpUrl(feed.link, resolveBase(feed.xml?.base, baseUrl));
  const base = itemsBase(feed.xml?.base, siteUrl, baseUrl);
  const items = (feed.items ?? []).map((item): RawItem => ({
    links: [item.link, ...alternateHrefs(item.atom?.links)],
    absoluteLinks: [item.rdf?.about],
    base: resolveBase(item.xml?.base, base),
    guid: item.rdf?.about,
    title: { value: item.title ?? item.dc?.titles?.[0], html: true },
    dates: [item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.dcterms?.created?.[0]],
    summaries: [
      { value: item.description, html: true },
      { value: item.content?.encoded, html: true },
      { value: item.dc?.descriptions?.[0], html: true },
    ],
    author: item.dc?.creators?.[0],
  }));
  return { format: "rdf", title: { value: feed.title ?? feed.dc?.titles?.[0], html: true }, siteUrl, items };
}
