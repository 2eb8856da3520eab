import {
  DetectError,
  MalformedError,
  ParseError,
  detectJsonFeed,
  parseAtomFeed,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
} from "feedsmith";
import { AppError } from "@/lib/errors";
import { fromAtom } from "./from-atom";
import { fromJson } from "./from-json";
import { fromRdf, fromRss } from "./from-rss";
import { MAX_TITLE_CHARS, cleanText, normaliseItems } from "./items";
import type { RawFeed } from "./raw-feed";
import { sniffDocument } from "./sniff";
import type { ParseFeedOptions, ParsedFeed } from "./types";
import { resolveHttpUrl } from "./urls";

export const FEED_LIMITS = {
  /** Real feeds are tens to hundreds of KB; 5 MB leaves room for full-text feeds and bounds parse time/memory. */
  maxBytes: 5 * 1024 * 1024,
  /** Feeds carry the latest 10–100 items; more is an archive dump we do not want to ingest in one poll. */
  maxItems: 500,
  /** A teaser: enough to recognise the story in a list, never a copy of the article. */
  maxSummaryChars: 500,
} as const;

/** UTF-8 length without encoding the whole string when the answer is obvious (UTF-16 units ≤ bytes ≤ 3×). */
function utf8Length(text: string, cap: number): number {
  if (text.length > cap || text.length * 3 <= cap) return text.length;
  return new TextEncoder().encode(text).length;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new AppError("INVALID_INPUT", `${name} must be a positive integer, not ${value}.`);
  }
  return value;
}

/** The parser's first line, short: "Unexpected end of title", not a page of context. */
function shortReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  const firstSentence = message.split(/(?<=\.)\s|\n|\. Context:/)[0] ?? message;
  return firstSentence.replace(/\.$/, "").slice(0, 120);
}

function readJson(text: string, baseUrl: string | null): RawFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppError("UNPROCESSABLE", `The feed is not valid JSON: ${shortReason(error)}.`, {
      cause: error,
    });
  }
  if (!detectJsonFeed(value)) throw new AppError("UNSUPPORTED", "This JSON document is not a JSON Feed.");
  return fromJson(parseJsonFeed(value), baseUrl);
}

function readXml(format: RawFeed["format"], text: string, baseUrl: string | null): RawFeed {
  try {
    if (format === "rss") return fromRss(parseRssFeed(text), baseUrl);
    if (format === "atom") return fromAtom(parseAtomFeed(text), baseUrl);
    return fromRdf(parseRdfFeed(text), baseUrl);
  } catch (error) {
    if (error instanceof MalformedError) {
      throw new AppError("UNPROCESSABLE", `The feed is not well-formed XML: ${shortReason(error)}.`, {
        cause: error,
      });
    }
    if (error instanceof DetectError || error instanceof ParseError) {
      throw new AppError(
        "UNSUPPORTED",
        `This document is not a ${format.toUpperCase()} feed: it has no channel.`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/**
 * A feed document (already decoded to text) in, its items out: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and
 * JSON Feed 1.0/1.1. Pure and deterministic; throws AppError: INVALID_INPUT (empty), TOO_LARGE, UNSUPPORTED
 * (an HTML page, or a document that is not a feed), UNPROCESSABLE (malformed or truncated).
 */
export function parseFeed(text: string, options: ParseFeedOptions = {}): ParsedFeed {
  const maxBytes = positiveInteger("maxBytes", options.maxBytes, FEED_LIMITS.maxBytes);
  const maxItems = positiveInteger("maxItems", options.maxItems, FEED_LIMITS.maxItems);
  const maxSummaryChars = positiveInteger(
    "maxSummaryChars",
    options.maxSummaryChars,
    FEED_LIMITS.maxSummaryChars,
  );
  if (utf8Length(text, maxBytes) > maxBytes) {
    throw new AppError(
      "TOO_LARGE",
      `The feed is too large: the limit is ${maxBytes.toLocaleString("en-US")} bytes.`,
    );
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new AppError("INVALID_INPUT", "The feed is empty.");

  const baseUrl = resolveHttpUrl(options.baseUrl, null); // a base that is no http(s) URL resolves nothing
  const sniffed = sniffDocument(text);
  const raw =
    sniffed.kind === "json"
      ? readJson(sniffed.text, baseUrl)
      : readXml(sniffed.format, sniffed.text, baseUrl);
  const { items, skippedByReason } = normaliseItems(raw.items, {
    now: options.now ?? null,
    maxItems,
    maxSummaryChars,
  });
  return {
    format: raw.format,
    title: cleanText(raw.title, MAX_TITLE_CHARS),
    siteUrl: raw.siteUrl,
    items,
    skipped: Object.values(skippedByReason).reduce((sum, n) => sum + n, 0),
    skippedByReason,
  };
}
