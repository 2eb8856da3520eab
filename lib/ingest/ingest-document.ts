import "server-only";
import {
  addToStoryProfile,
  assignToStory,
  documentTerms,
  profileDocument,
  type StoryProfile,
} from "@/lib/cluster";
import { findExistingArticle, findStoryCandidates, getCorpusStats, getDb, saveNewArticle } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import { findQuotations } from "@/lib/quotes";
import { contentHash, detectLanguage, words } from "@/lib/text";
import { decodeDocument } from "./decode";
import { resolveOutlet } from "./outlet";
import { refreshStory } from "./refresh-story";
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
  title?: string | null;
  byline?: string | null;
}

export interface IngestResult {
  status: "created" | "duplicate";
  articleId: string;
  storyId: string;
  title: string;
  outlet: string;
  quotations: number;
}

function formatFor(request: IngestRequest): "text" | "html" | "auto" {
  if (request.format && request.format !== "auto") return request.format;
  if (request.filename && /\.x?html?$/i.test(request.filename)) return "html";
  if (request.filename && /\.(txt|text|md)$/i.test(request.filename)) return "text";
  return "auto";
}

function parseDate(value: string | null | undefined, label: string): Date | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new AppError("INVALID_INPUT", `${label} is not a valid date: ${value}`);
  return date;
}

/**
 * The whole pipeline for one document: decode → extract → analyse (language, quotations, cluster profile)
 * → store → assign to a story → refresh the story's headline and quote groups. Every check that can refuse
 * the document runs before anything is written, and the write is one transaction.
 */
export async function ingestDocument(request: IngestRequest): Promise<IngestResult> {
  const raw = decodeDocument(request.content);
  const canonicalFromRequest = request.url ? normalizeArticleUrl(request.url) : null;
  const extracted = extractArticle({ content: raw, format: formatFor(request), url: canonicalFromRequest });
  const canonicalUrl = extracted.canonicalUrl
    ? (safeNormalize(extracted.canonicalUrl) ?? canonicalFromRequest)
    : canonicalFromRequest;
  const text = extracted.text;
  const title = request.title?.trim() || extracted.title || titleFromBody(text);
  const publishedAt =
    parseDate(request.publishedAt, "The published date") ??
    parseDate(extracted.publishedAt, "The page's date");
  const language = extracted.language ?? detectLanguage(text);
  const outlet = resolveOutlet({
    name: request.outlet,
    siteName: extracted.siteName,
    url: request.url ?? canonicalUrl,
  });
  const hash = contentHash(text);

  const db = await getDb();
  const existing = await findExistingArticle(db, {
    canonicalUrl,
    outletSlug: outlet.slug,
    contentHash: hash,
  });
  if (existing) {
    // A changed re-fetch becomes a new version in the ingestion issue; for now the stored text is kept as is.
    return {
      status: "duplicate",
      articleId: existing.id,
      storyId: existing.storyId ?? "",
      title: existing.title,
      outlet: existing.outletName,
      quotations: 0,
    };
  }

  const quotations = findQuotations(text);
  const clusterDoc = { id: hash, title, text, publishedAt: publishedAt?.toISOString() ?? null, language };
  const terms = documentTerms(clusterDoc);
  const profile = profileDocument(clusterDoc, await getCorpusStats(db, terms));
  const stored = await findStoryCandidates(db, { language, publishedAt });
  const candidates = stored.flatMap((s) =>
    s.profile ? [{ storyId: s.storyId, profile: s.profile as StoryProfile }] : [],
  );
  const assignment = assignToStory(profile, candidates);
  const joined = candidates.find((c) => c.storyId === assignment.storyId);

  const saved = await saveNewArticle(db, {
    outlet: { ...outlet, language },
    sourceUrl: request.url ?? null,
    canonicalUrl,
    title,
    byline: request.byline?.trim() || extracted.byline,
    publishedAt,
    language,
    text,
    contentHash: hash,
    wordCount: words(text).length,
    profile,
    terms,
    quotations: quotations.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerStart: q.speakerStart,
      speakerEnd: q.speakerEnd,
      cue: q.cue,
      kind: q.kind,
    })),
    story: {
      id: joined?.storyId ?? null,
      title,
      language,
      profile: addToStoryProfile(joined?.profile ?? null, profile),
    },
    membership: {
      score: assignment.score,
      sharedTerms: assignment.sharedTerms,
      sharedEntities: assignment.sharedEntities,
    },
  });
  await refreshStory(db, saved.storyId);
  return {
    status: "created",
    articleId: saved.articleId,
    storyId: saved.storyId,
    title,
    outlet: outlet.name,
    quotations: quotations.length,
  };
}

function safeNormalize(url: string): string | null {
  try {
    return normalizeArticleUrl(url);
  } catch {
    return null;
  }
}
