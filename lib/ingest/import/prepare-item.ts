import "server-only";
import { AppError } from "@/lib/errors";
import { fetchArticleRequest, type ArticleFetchOptions } from "../fetch-article";
import { prepareArticleOffThread } from "@/lib/threads";
import { prepareArticle, type IngestRequest, type PreparedArticle } from "../prepare-article";
import type { ImportItem } from "./items";

/** An import item as an ingest request: a file's bytes, a record's body, or a record's URL fetched. */
export async function itemRequest(
  item: ImportItem,
  fetchOptions: ArticleFetchOptions,
): Promise<IngestRequest> {
  switch (item.kind) {
    case "file":
      return { content: item.content, filename: item.filename };
    case "record": {
      const { url, html, text, title, outlet, byline, publishedAt } = item.record;
      const overrides = { title, outlet, byline, publishedAt };
      if (html !== undefined) return { ...overrides, content: html, url, format: "html" };
      if (text !== undefined) return { ...overrides, content: text, url, format: "text" };
      // The schema guarantees a URL when there is no body.
      return fetchArticleRequest(url as string, overrides, fetchOptions);
    }
    case "invalid":
      throw new AppError("INVALID_INPUT", item.reason);
  }
}

/**
 * Fetch (when needed) and analyse one item off the calling thread (the web server's API and forms import this
 * way): everything before the database.
 */
export async function prepareItemOffThread(
  item: ImportItem,
  fetchOptions: ArticleFetchOptions,
): Promise<PreparedArticle> {
  return prepareArticleOffThread(await itemRequest(item, fetchOptions));
}

/** Fetch (when needed) and analyse one item on this thread (an import pool's thread does this). */
export async function prepareItem(
  item: ImportItem,
  fetchOptions: ArticleFetchOptions,
): Promise<PreparedArticle> {
  return prepareArticle(await itemRequest(item, fetchOptions));
}
