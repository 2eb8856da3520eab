import "server-only";
import { analyseDocument, analysisTerms, type DocumentAnalysis } from "@/lib/cluster";
import type { ArticleDraft } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import { findQuotations } from "@/lib/quotes";
import { cleanLabel, contentHash, detectLanguage, words } from "@/lib/text";
import { decodeDocument } from "./decode";
import { resolveOutlet } from "./outlet";
import { parsePublishedAt, PUBLISHED_AT_FORMAT } from "./published-at";
import { titleFromBody } from "./title";
import { normalizeArticleUrl } from "./urls";

export interface IngestRequest {
  content: Uint8Array | string;
  /** Used to tell HTML from text when the format is "auto". */
  filename?: string | null;
  format?: "text" | "html" | "auto";
  outlet?: string | null;
  url?: string | null;
  /** ISO 8601; overrides any date found in the document. */
  publishedAt?: string | null;
  /** ISO 8601; used only when the document gives no date (a feed item's date, say). */
  fallbackPublishedAt?: string | null;
  title?: string | null;
  byline?: string | null;
  /** A fictional article of the demo corpus (lib/demo): stored marked as demo, with its outlet and story. */
  demo?: boolean;
}

/** Everything the pipeline knows about a document before it looks at the database: its draft, and more. */
export interface PreparedArticle extends ArticleDraft {
  /**
   * What clustering reads off the text (term frequencies, names, figures), computed here so the storing
   * thread only weighs it with the corpus statistics.
   */
  analysis: DocumentAnalysis;
  clusterDoc: {
    id: string;
    title: string;
    text: string;
    publishedAt: string | null;
    language: string | null;
  };
}

function formatFor(request: IngestRequest): "text" | "html" | "auto" {
  if (request.format && request.format !== "auto") return request.format;
  if (request.filename && /\.x?html?$/i.test(request.filename)) return "html";
  if (request.filename && /\.(txt|text|md)$/i.test(request.filename)) return "text";
  return "auto";
}

/** A date given with the request: ISO 8601, a real calendar date in range (published-at.ts), or refused. */
function parseDate(value: string | null | undefined, label: string): Date | null {
  if (!value) return null;
  const date = parsePublishedAt(value);
  if (!date)
    throw new AppError("INVALID_INPUT", `${label} must be ${PUBLISHED_AT_FORMAT}, not ${value.slice(0, 40)}`);
  return date;
}

function safeNormalize(url: string): string | null {
  try {
    return normalizeArticleUrl(url);
  } catch {
    return null;
  }
}

/**
 * Decode → extract → analyse, with no database access: every check that can refuse the document runs here,
 * before anything is written.
 */
export function prepareArticle(request: IngestRequest): PreparedArticle {
  const raw = decodeDocument(request.content);
  const canonicalFromRequest = request.url ? normalizeArticleUrl(request.url) : null;
  const extracted = extractArticle({ content: raw, format: formatFor(request), url: canonicalFromRequest });
  const canonicalUrl = extracted.canonicalUrl
    ? (safeNormalize(extracted.canonicalUrl) ?? canonicalFromRequest)
    : canonicalFromRequest;
  const text = extracted.text;
  const title =
    cleanLabel(request.title ?? "") || cleanLabel(extracted.title ?? "") || cleanLabel(titleFromBody(text));
  const publishedAt =
    parseDate(request.publishedAt, "The published date") ??
    safeDate(extracted.publishedAt) ??
    safeDate(request.fallbackPublishedAt);
  const modifiedAt = safeDate(extracted.modifiedAt);
  const language = extracted.language ?? detectLanguage(text);
  const outlet = resolveOutlet({
    name: request.outlet,
    siteName: extracted.siteName,
    url: request.url ?? canonicalUrl,
  });
  const hash = contentHash(text);
  const clusterDoc = { id: hash, title, text, publishedAt: publishedAt?.toISOString() ?? null, language };
  const analysis = analyseDocument(clusterDoc);
  return {
    sourceUrl: request.url ?? null,
    canonicalUrl,
    title,
    byline: cleanLabel(request.byline ?? "") || cleanLabel(extracted.byline ?? "") || null,
    publishedAt,
    modifiedAt,
    language,
    outlet,
    text,
    contentHash: hash,
    wordCount: words(text).length,
    quotations: findQuotations(text, { language }),
    terms: analysisTerms(analysis),
    demo: request.demo === true,
    analysis,
    clusterDoc,
  };
}

/**
 * A date the page or its feed gave (already read by lib/extract or lib/feeds): informative only, so one that is
 * unreadable or out of range is dropped rather than refusing the page.
 */
function safeDate(value: string | null | undefined): Date | null {
  return value ? parsePublishedAt(value) : null;
}
