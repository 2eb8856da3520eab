import type { RawItem, RawText } from "./items";
import type { FeedFormat } from "./types";

/** A feed as a format adapter reads it (from-rss, from-atom, from-json), before items are normalised. */
export interface RawFeed {
  format: FeedFormat;
  title: RawText;
  /** Already resolved; http(s) only. */
  siteUrl: string | null;
  items: RawItem[];
}
