import { firstFeedDate } from "./dates";
import { capText, htmlToText, oneLine } from "./html-text";
import type { FeedItem, SkipReason } from "./types";
import { absoluteHttpUrl, resolveHttpUrl } from "./urls";

/** A title or summary as the feed gives it: markup to strip, or text that only needs tidying. */
export interface RawText {
  value: string | null | undefined;
  html: boolean;
}

/** One item as a format adapter reads it, before URLs, dates and text are normalised. */
export interface RawItem {
  /** Candidate links in order of preference; relative ones are resolved against base. */
  links: (string | null | undefined)[];
  /** Identifiers that count as the link only when they are already absolute http(s) URLs (guid, id, about). */
  absoluteLinks: (string | null | undefined)[];
  base: string | null;
  guid: string | null | undefined;
  title: RawText;
  /** Candidate dates in order of preference (published before updated). */
  dates: (string | null | undefined)[];
  /** Candidate summaries in order of preference: the first that is not empty once stripped is used. */
  summaries: RawText[];
  author: string | null | undefined;
}

export interface ItemLimits {
  now: Date | null;
  maxItems: number;
  maxSummaryChars: number;
}

/** Titles and authors longer than this are markup accidents, not headlines or names. */
export const MAX_TITLE_CHARS = 500;
export const MAX_AUTHOR_CHARS = 200;
/** A longer guid is not an identifier we can store and match on; the URL stands in for it. */
export const MAX_GUID_CHARS = 512;

export function cleanText(raw: RawText, maxChars: number): string | null {
  if (!raw.value) return null;
  const text = raw.html ? htmlToText(raw.value) : oneLine(raw.value);
  return text === "" ? null : capText(text, maxChars);
}

function itemUrl(item: RawItem): { url: string } | { reason: SkipReason } {
  for (const link of item.links) {
    const url = resolveHttpUrl(link, item.base);
    if (url) return { url };
  }
  for (const link of item.absoluteLinks) {
    const url = absoluteHttpUrl(link);
    if (url) return { url };
  }
  // An identifier that is no URL (tag:…, "4471") is not a broken link: the item simply has none.
  return { reason: item.links.some((link) => link?.trim()) ? "invalid-link" : "missing-link" };
}

function firstSummary(item: RawItem, maxChars: number): string | null {
  for (const summary of item.summaries) {
    const text = cleanText(summary, maxChars);
    if (text !== null) return text;
  }
  return null;
}

export function emptySkips(): Record<SkipReason, number> {
  return { "missing-link": 0, "invalid-link": 0, duplicate: 0, "over-limit": 0 };
}

/**
 * Raw items in feed order to FeedItems: usable http(s) URL, first of duplicates (same URL or same guid) kept,
 * at most maxItems; everything left out is counted by reason.
 */
export function normaliseItems(
  raw: readonly RawItem[],
  limits: ItemLimits,
): { items: FeedItem[]; skippedByReason: Record<SkipReason, number> } {
  const skippedByReason = emptySkips();
  const items: FeedItem[] = [];
  const seenUrls = new Set<string>();
  const seenGuids = new Set<string>();
  for (const [index, item] of raw.entries()) {
    if (items.length >= limits.maxItems) {
      skippedByReason["over-limit"] = raw.length - index;
      break;
    }
    const link = itemUrl(item);
    if ("reason" in link) {
      skippedByReason[link.reason] += 1;
      continue;
    }
    const ownGuid = item.guid?.trim();
    const guid = ownGuid && ownGuid.length <= MAX_GUID_CHARS ? ownGuid : link.url;
    if (seenUrls.has(link.url) || seenGuids.has(guid)) {
      skippedByReason.duplicate += 1;
      continue;
    }
    seenUrls.add(link.url);
    seenGuids.add(guid);
    const author = item.author ? oneLine(item.author) : "";
    items.push({
      url: link.url,
      guid,
      title: cleanText(item.title, MAX_TITLE_CHARS),
      publishedAt: firstFeedDate(item.dates, limits.now),
      summary: firstSummary(item, limits.maxSummaryChars),
      author: author === "" ? null : capText(author, MAX_AUTHOR_CHARS),
    });
  }
  return { items, skippedByReason };
}
