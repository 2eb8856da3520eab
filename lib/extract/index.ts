import { AppError } from "../errors";
import { detectLatinLanguage, normalizeText, scriptLanguage } from "../text";
import type { RemovedPart } from "./body";
import { finishHtmlPage, prepareHtmlPage } from "./html-page";
import { assertExtractableContent, sniffFormat } from "./input";
import { absoluteUrl, type PageMetadata } from "./metadata";
import { bodyParameters, type BodyParameters } from "./parameters";
import { extractFromText } from "./text-page";

export { BODY_PARAMETERS, type BodyParameters } from "./parameters";

export interface ExtractInput {
  /** Decoded text of the file or page. */
  content: string;
  /** "auto" sniffs: content that opens like HTML or carries several HTML tags is HTML. */
  format: "text" | "html" | "auto";
  /** Where it came from: resolves a relative canonical URL and is the canonical URL when the page names none. */
  url?: string | null;
}

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /**
   * ISO 8601: a UTC timestamp when the page gives a time zone, else a calendar date ("2025-09-05"). A page that
   * only says when it was updated gives that date: the nearest it says.
   */
  publishedAt: string | null;
  /** When the page says it was last updated, in the same form as publishedAt; null when it does not say. */
  modifiedAt: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** ISO 639-1 code: the page's declared language, else a guess from the text. */
  language: string | null;
  /** The clean body, normalised with normalizeText: paragraphs separated by exactly "\n\n". */
  text: string;
  /** What cleaning dropped, for debugging and tests; at most MAX_REMOVED entries. */
  removed: { kind: string; text: string }[];
}

export const EXTRACT_LIMITS: { maxInputChars: number; minBodyChars: number } = {
  maxInputChars: 5_000_000,
  minBodyChars: 80,
};

const MAX_REMOVED = 200;
const MAX_REMOVED_TEXT_CHARS = 300;

function capRemoved(parts: readonly RemovedPart[]): { kind: string; text: string }[] {
  return parts
    .filter((part) => part.text.trim() !== "")
    .slice(0, MAX_REMOVED)
    .map((part) => ({ kind: part.kind, text: part.text.slice(0, MAX_REMOVED_TEXT_CHARS) }));
}

/** Metadata strings in the same canonical form as the body (NFC, no zero-width characters, single spaces). */
function cleanField(value: string | null | undefined): string | null {
  const text = value ? normalizeText(value).replace(/\n+/g, " ") : "";
  return text === "" ? null : text;
}

/** Languages detectLanguage (lib/text) tells apart by their function words. */
const DETECTABLE_LANGUAGES = new Set(["en", "de", "fr", "es", "it", "nl", "pt", "ru"]);
const LATIN_DETECTABLE = new Set([...DETECTABLE_LANGUAGES].filter((language) => language !== "ru"));

/**
 * The page's declared language, unless the text clearly says otherwise: <html lang> is often a site template's
 * default (an English wire story on a German edition). The text's script settles it first: a page written in
 * kana, Hangul, Cyrillic… is in that script's language unless it declares another that uses the script (a
 * Ukrainian page stays "uk"). Otherwise detection only overrules a language it could itself have found, so a
 * Japanese page with English product names stays "ja".
 */
function chooseLanguage(declared: string | null, text: string): string | null {
  const byScript = scriptLanguage(text);
  if (byScript) return declared && !LATIN_DETECTABLE.has(declared) ? declared : byScript;
  // The script named no language: what detectLanguage would add is franc's verdict (the script read once).
  const detected = detectLatinLanguage(text);
  if (!declared) return detected;
  return detected && DETECTABLE_LANGUAGES.has(declared) ? detected : declared;
}

/**
 * A page that says it is not an article (a front page, section or profile page) or that it was not found only
 * counts as one when there is a real body: the few teaser summaries or the apology it shows are not an article.
 */
const MIN_BODY_CHARS_BY_KIND = { other: 500, error: 1_500 } as const;

function minBodyForPage(kind: PageMetadata["pageKind"], minBodyChars: number): number {
  return kind === "other" || kind === "error"
    ? Math.max(minBodyChars, MIN_BODY_CHARS_BY_KIND[kind])
    : minBodyChars;
}

function noArticle(): AppError {
  return new AppError(
    "UNPROCESSABLE",
    "No article text found in this file: it has too little readable prose.",
  );
}

export interface ExtractOptions {
  maxInputChars?: number;
  minBodyChars?: number;
  /** Body-selection tunables replacing the committed ones (tuning runs; the app passes none). */
  parameters?: Partial<BodyParameters>;
}

/**
 * Content in, clean article out: finds the article body in a page (HTML or text copied from one), strips page
 * furniture and reads the headline, byline, date and outlet. Pure and deterministic; throws AppError.
 */
export function extractArticle(input: ExtractInput, options: ExtractOptions = {}): ExtractedArticle {
  return prepareExtraction(input, options)(options.parameters);
}

/**
 * extractArticle in two steps, for tuning: reading the page (parse, metadata, Readability) happens once, and the
 * returned function chooses the body under any BodyParameters, as extractArticle would with them. Throws
 * AppError as extractArticle does: unreadable content at once, no article when the function is called.
 */
export function prepareExtraction(
  input: ExtractInput,
  options: Omit<ExtractOptions, "parameters"> = {},
): (parameters?: Partial<BodyParameters>) => ExtractedArticle {
  const maxInputChars = options.maxInputChars ?? EXTRACT_LIMITS.maxInputChars;
  const minBodyChars = options.minBodyChars ?? EXTRACT_LIMITS.minBodyChars;
  const content = input.content.replace(/^\uFEFF/, "");
  assertExtractableContent(content, maxInputChars);
  const format = input.format === "auto" ? sniffFormat(content) : input.format;
  const url = input.url ?? null;

  if (format === "html") {
    const prepared = prepareHtmlPage(content, url);
    return (parameters) => {
      const page = finishHtmlPage(prepared, minBodyChars, bodyParameters(parameters));
      const text = normalizeText(page.paragraphs.join("\n\n"));
      const { metadata } = page;
      if (text.length < minBodyForPage(metadata.pageKind, minBodyChars)) throw noArticle();
      return {
        title: cleanField(metadata.title ?? page.readabilityTitle),
        byline: cleanField(metadata.byline ?? page.textByline),
        publishedAt: metadata.publishedAt ?? page.textPublishedAt,
        modifiedAt: metadata.modifiedAt ?? page.textModifiedAt,
        siteName: cleanField(metadata.siteName),
        canonicalUrl: metadata.canonicalUrl,
        language: chooseLanguage(metadata.language, text),
        text,
        removed: capRemoved(page.removed),
      };
    };
  }

  return (parameters) => {
    const page = extractFromText(content, bodyParameters(parameters));
    const text = normalizeText((page?.paragraphs ?? []).join("\n\n"));
    if (!page || text.length < minBodyChars) throw noArticle();
    return {
      title: cleanField(page.title),
      byline: cleanField(page.byline),
      publishedAt: page.publishedAt,
      modifiedAt: page.modifiedAt,
      siteName: null,
      canonicalUrl: absoluteUrl(url, null),
      language: chooseLanguage(null, text),
      text,
      removed: capRemoved(page.removed),
    };
  };
}
