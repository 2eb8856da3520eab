import "server-only";
import { fetchArticleRequest, type ArticleFetchOptions } from "./fetch-article";
import { ingestDocument, type IngestResult } from "./ingest-document";
import type { IngestRequest } from "./prepare-article";

/** Fetches a page and ingests it: a re-fetch of a known URL with changed text becomes a new version. */
export async function ingestUrl(
  url: string,
  overrides: Omit<IngestRequest, "content" | "url" | "format" | "filename"> = {},
  options: ArticleFetchOptions = {},
): Promise<IngestResult> {
  return ingestDocument(await fetchArticleRequest(url, overrides, options));
}
