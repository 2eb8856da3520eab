import type { AtomFeed } from "feedsmith";
import type { RawItem, RawText } from "./items";
import type { RawFeed } from "./raw-feed";
import { resolveBase, resolveHttpUrl } from "./urls";

type Link = AtomFeed.Link<string>;

const HTML_TYPES = new Set(["html", "xhtml", "text/html", "application/xhtml+xml"]);

/** An Atom text construct: type "html" and "xhtml" carry markup, "text" (the default) does not. */
function atomText(text: { value?: string; type?: string; src?: string } | undefined): RawText {
  const type = text?.type?.toLowerCase();
  if (text?.src || (type && !HTML_TYPES.has(type) && type !== "text" && !type.startsWith("text/"))) {
    return { value: null, html: false }; // out-of-line or binary content is no summary
  }
  return { value: text?.value, html: type !== undefined && HTML_TYPES.has(type) };
}

/** rel="alternate" links (a missing rel means alternate), HTML ones first; never self, enclosure, edit, replies… */
function alternateHrefs(links: Link[] | undefined): string[] {
  const alternates = (links ?? []).filter((link) => !link.rel || link.rel.toLowerCase() === "alternate");
  const isHtml = (link: Link) => !link.type || HTML_TYPES.has(link.type.toLowerCase());
  const ordered = [...alternates.filter(isHtml), ...alternates.filter((link) => !isHtml(link))];
  return ordered.flatMap((link) => (link.href ? [link.href] : []));
}

/**
 * Atom resolves relative references per RFC 3986 against xml:base, nested from the feed down to the entry, on
 * top of the document's own URL; without any of those, the feed's alternate link is the best remaining base.
 */
export function fromAtom(feed: AtomFeed.Feed<string>, baseUrl: string | null): RawFeed {
  const feedBase = resolveBase(feed.xml?.base, baseUrl);
  const siteUrl = alternateHrefs(feed.links)
    .map((href) => resolveHttpUrl(href, feedBase))
    .find((url) => url !== null);
  const base = feedBase ?? siteUrl ?? null;
  const feedAuthor = feed.authors?.[0]?.name;
  const items = (feed.entries ?? []).map((entry): RawItem => ({
    links: alternateHrefs(entry.links),
    absoluteLinks: [entry.id],
    base: resolveBase(entry.xml?.base, base),
    guid: entry.id,
    title: atomText(entry.title),
    dates: [
      entry.published,
      entry.dc?.dates?.[0],
      entry.dcterms?.issued?.[0],
      entry.dcterms?.created?.[0],
      entry.updated,
    ],
    summaries: [atomText(entry.summary), atomText(entry.content)],
    // An entry without an author inherits the feed's (RFC 4287, 4.2.1).
    author: entry.authors?.[0]?.name ?? entry.dc?.creators?.[0] ?? feedAuthor,
  }));
  return { format: "atom", title: atomText(feed.title), siteUrl: siteUrl ?? null, items };
}
