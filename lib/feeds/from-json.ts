import type { JsonFeed } from "feedsmith";
import type { RawItem } from "./items";
import type { RawFeed } from "./raw-feed";
import { resolveHttpUrl } from "./urls";

/**
 * JSON Feed URLs should be absolute; relative ones resolve like RSS's: against the site (home_page_url), else the
 * feed's own URL (feed_url, or the URL it was fetched from).
 */
export function fromJson(feed: JsonFeed.Feed<string>, baseUrl: string | null): RawFeed {
  const feedUrl = resolveHttpUrl(feed.feed_url, baseUrl) ?? baseUrl;
  const siteUrl = resolveHttpUrl(feed.home_page_url, feedUrl);
  const base = siteUrl ?? feedUrl;
  const feedAuthor = feed.authors?.[0]?.name;
  const items = (feed.items ?? []).map((item): RawItem => ({
    // url is the item's own page; external_url is what a link blog points at, the next best article link.
    links: [item.url, item.external_url],
    absoluteLinks: [item.id],
    base,
    guid: item.id,
    title: { value: item.title, html: false },
    dates: [item.date_published, item.date_modified],
    summaries: [
      { value: item.summary, html: false },
      { value: item.content_text, html: false },
      { value: item.content_html, html: true },
    ],
    author: item.authors?.[0]?.name ?? feedAuthor,
  }));
  return { format: "json", title: { value: feed.title, html: false }, siteUrl, items };
}
