import "server-only";
import { env } from "@/lib/env";
import { fetchPage, inPlainWords, type FetchOptions } from "@/lib/fetch";
import type { IngestRequest } from "./prepare-article";

export type ArticleFetchOptions = Omit<FetchOptions, "accept">;

/**
 * Fetches an article page and turns it into an ingest request; the page's final URL (after redirects) is its
 * source. Private addresses stay refused unless PARALLAX_FETCH_ALLOW_PRIVATE says otherwise. A failure is
 * explained in plain words (lib/fetch/plain-words.ts), the technical message kept as its cause.
 */
export async function fetchArticleRequest(
  url: string,
  overrides: Omit<IngestRequest, "content" | "url" | "format" | "filename"> = {},
  options: ArticleFetchOptions = {},
): Promise<IngestRequest> {
  const page = await fetchPage(url, {
    allowPrivateNetwork: env.PARALLAX_FETCH_ALLOW_PRIVATE,
    ...options,
    accept: "article",
  }).catch((error: unknown) => {
    // What a person sees (the ingest form, a feed's failed items, the API, the CLI): what happened, what next.
    throw inPlainWords(error, "article");
  });
  return {
    ...overrides,
    content: page.text,
    url: page.finalUrl,
    format: /^text\/plain\b/i.test(page.contentType ?? "") ? "text" : "html",
  };
}
