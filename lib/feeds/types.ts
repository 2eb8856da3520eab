/** The feed formats parseFeed reads. RSS 0.9x and 2.0 are both "rss"; RSS 1.0 (and 0.90) is "rdf". */
export type FeedFormat = "rss" | "atom" | "rdf" | "json";

/** Why an item of the feed is not in ParsedFeed.items. */
export type SkipReason =
  /** The item names no link at all. */
  | "missing-link"
  /** Its links are not http(s) (mailto:, javascript:, tag:…), cannot be resolved, or are absurdly long. */
  | "invalid-link"
  /** Same URL or same guid as an earlier item of the same feed: the first one is kept. */
  | "duplicate"
  /** Beyond maxItems: not examined at all. */
  | "over-limit";

export interface FeedItem {
  /** Absolute http(s) URL of the article, resolved against the item's or the feed's base. */
  url: string;
  /** The feed's own identifier for the item (RSS guid, Atom id, RDF about, JSON id); the url when it has none. */
  guid: string;
  title: string | null;
  /**
   * ISO 8601: a UTC timestamp ("2025-09-05T08:00:00.000Z") when the feed states a time zone, else a calendar
   * date ("2025-09-05"), the same convention as lib/extract. Null when missing, unreadable or implausible.
   */
  publishedAt: string | null;
  /** Plain text (HTML stripped, whitespace collapsed), at most maxSummaryChars characters. */
  summary: string | null;
  author: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON home_page_url), http(s) only. */
  siteUrl: string | null;
  /** Usable items in feed order, without duplicates, at most maxItems. */
  items: FeedItem[];
  /** Items of the document that are not in items: the sum of skippedByReason. */
  skipped: number;
  skippedByReason: Record<SkipReason, number>;
}

export interface ParseFeedOptions {
  /** The URL the feed was fetched from: the base for relative links (after xml:base). */
  baseUrl?: string | null;
  /** Reference time for rejecting dates in the future; without it only fixed bounds apply. Never Date.now(). */
  now?: Date | null;
  /** At most this many items (feed order); the rest are counted as "over-limit". */
  maxItems?: number;
  /** Larger inputs (UTF-8 bytes) are refused with TOO_LARGE before any parsing. */
  maxBytes?: number;
  maxSummaryChars?: number;
}
