import "server-only";
import { randomBytes } from "node:crypto";
import { describeQuoteGroup, groupQuotations, type QuoteGroup, type QuoteInput } from "@/lib/compare";
import {
  countMembersSince,
  createShareLink as storeShareLink,
  findMergeTarget,
  findShareLink,
  getCurrentVersions,
  getDb,
  getPinnedVersions,
  getQuoteGroupMembers,
  getStoryMembers,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { iso } from "../shapers/dates";
import { sortGroupViews, toQuoteGroupView } from "../shapers/quote-groups";
import {
  shareSelectionSchema,
  shareSlugSchema,
  type ShareKind,
  type ShareRequest,
  type ShareSelection,
} from "../share-request";
import type { OutletRef, QuotationView, QuoteGroupView } from "../types";

/** A story link pins at most this many articles (the earliest): the page and the stored selection stay small. */
export const MAX_SHARED_STORY_ARTICLES = 60;
/** Member ids read to check a comparison's articles belong to the story. */
const MAX_MEMBERS_READ = 5000;
/** Work bound for regrouping a link's quotations. */
const MAX_SHARED_QUOTES = 2000;

/** 72 random bits as 12 URL-safe characters: not guessable, short enough to read out. */
export function newShareSlug(): string {
  return randomBytes(9).toString("base64url");
}

/**
 * Makes (or finds) the short link for a story, a comparison or one quote group: each article is pinned at its
 * newest version, with that version's quotations, so the link keeps showing what the sender saw.
 */
export async function createShareLink(request: ShareRequest): Promise<{ slug: string; created: boolean }> {
  const db = await getDb();
  const story = await getStoryMembers(db, request.storyId, MAX_MEMBERS_READ);
  if (!story) throw new AppError("NOT_FOUND", "This story no longer exists (it may have been merged).");

  let articleIds: string[];
  let quoteGroupKey: string | undefined;
  let quotationIds: string[] | undefined;
  if (request.kind === "story") {
    articleIds = story.articleIds.slice(0, MAX_SHARED_STORY_ARTICLES);
  } else if (request.kind === "compare") {
    const members = new Set(story.articleIds);
    articleIds = [...new Set(request.articleIds)];
    if (articleIds.some((a) => !members.has(a))) {
      throw new AppError("INVALID_INPUT", "Some of the chosen articles are not part of this story.");
    }
    if (articleIds.length < 2) throw new AppError("INVALID_INPUT", "Choose at least two articles to share.");
  } else {
    const group = await getQuoteGroupMembers(db, story.id, request.quoteGroupId);
    if (!group || group.quotations.length === 0) {
      throw new AppError("NOT_FOUND", "This quotation is no longer part of the story. Reload the page.");
    }
    quoteGroupKey = group.key;
    quotationIds = group.quotations.map((q) => q.id).sort();
    articleIds = [...new Set(group.quotations.map((q) => q.articleId))];
  }

  const versions = await getCurrentVersions(db, articleIds);
  const byArticle = new Map(versions.map((v) => [v.articleId, v]));
  const articles = articleIds.flatMap((articleId) => {
    const pinned = byArticle.get(articleId);
    return pinned ? [pinned] : [];
  });
  const selection: ShareSelection = {
    v: 1,
    title: story.title,
    articles,
    ...(quoteGroupKey ? { quoteGroupKey } : {}),
    ...(quotationIds ? { quotationIds } : {}),
    storyArticleCount: story.total,
    ...(request.view ? { view: request.view } : {}),
  };
  return storeShareLink(db, { storyId: story.id, kind: request.kind, selection }, newShareSlug);
}

export interface SharedArticleView {
  id: string;
  versionId: string;
  /** The pinned version, and the newest one stored now. */
  version: number;
  latestVersion: number;
  title: string;
  byline: string | null;
  outlet: OutletRef;
  publishedAt: string | null;
  url: string | null;
  text: string;
  quotations: QuotationView[];
  /** A fictional article of the demo corpus. */
  demo: boolean;
}

export interface SharedView {
  slug: string;
  kind: ShareKind;
  createdAt: string;
  /** The story's title when the link was made. */
  title: string;
  /** The story as it is now (following merges), to link to; null if it is gone. */
  story: { id: string; title: string } | null;
  articles: SharedArticleView[];
  /** Recomputed over the pinned versions; for a quote link, the one group. */
  quoteGroups: QuoteGroupView[];
  /** What changed since: newer versions of pinned articles, articles added to the story, pinned ones gone. */
  changes: {
    newerVersions: { articleId: string; outlet: string; pinned: number; latest: number }[];
    newArticles: number;
    missingArticles: number;
    /** Articles of the story the link did not pin because the story was larger than a link holds. */
    notPinned: number;
  };
  view: ShareSelection["view"];
}

/** What a share link shows: exactly the pinned versions, their quotations regrouped, and what changed since. */
export async function getSharedView(slug: string): Promise<SharedView | null> {
  if (!shareSlugSchema.safeParse(slug).success) return null;
  const db = await getDb();
  const link = await findShareLink(db, slug);
  if (!link) return null;
  const parsed = shareSelectionSchema.safeParse(link.selection);
  if (!parsed.success) throw new AppError("INTERNAL", `Share link ${slug} has an unreadable selection.`);
  const selection = parsed.data;
  const kind = link.kind as ShareKind;

  const records = await getPinnedVersions(
    db,
    selection.articles.map((a) => a.versionId),
  );
  const recordById = new Map(records.map((r) => [r.id, r]));
  const articles: SharedArticleView[] = selection.articles.flatMap((pin) => {
    const record = recordById.get(pin.versionId);
    if (!record || record.article.id !== pin.articleId) return [];
    const { article } = record;
    return [
      {
        id: article.id,
        versionId: record.id,
        version: record.version,
        latestVersion: article.versionCount,
        title: record.title,
        byline: record.byline,
        outlet: article.outlet,
        publishedAt: iso(article.publishedAt),
        url: article.canonicalUrl ?? article.sourceUrl,
        text: record.text,
        quotations: pin.quotations
          .filter((q) => q.start < q.end && q.end <= record.text.length)
          .map((q) => ({
            id: q.id,
            text: record.text.slice(q.start, q.end),
            start: q.start,
            end: q.end,
            speaker: q.speaker,
            speakerRole: q.speakerRole ?? null,
            speakerStart: null,
            speakerEnd: null,
            cue: q.cue,
            groupId: null,
          })),
        demo: article.demo,
      },
    ];
  });

  const quoteGroups = regroup(articles, kind === "quote" ? (selection.quotationIds ?? []) : null);
  const groupOf = new Map(quoteGroups.flatMap((g) => g.variants.map((v) => [v.quotationId, g.id])));
  for (const article of articles) {
    for (const q of article.quotations) q.groupId = groupOf.get(q.id) ?? null;
  }

  const storyId = link.story.mergedIntoId ? await findMergeTarget(db, link.story.id) : link.story.id;
  const current = storyId ? await getStoryMembers(db, storyId, 1) : null;
  const newArticles = current ? await countMembersSince(db, current.id, link.createdAt) : 0;

  return {
    slug: link.slug,
    kind,
    createdAt: link.createdAt.toISOString(),
    title: selection.title,
    story: current ? { id: current.id, title: current.title } : null,
    articles,
    quoteGroups,
    changes: {
      newerVersions: articles
        .filter((a) => a.latestVersion > a.version)
        .map((a) => ({ articleId: a.id, outlet: a.outlet.name, pinned: a.version, latest: a.latestVersion })),
      newArticles,
      missingArticles: selection.articles.length - articles.length,
      notPinned: kind === "story" ? Math.max(0, selection.storyArticleCount - selection.articles.length) : 0,
    },
    view: selection.view,
  };
}

/**
 * Quote groups over the pinned quotations, computed with lib/compare as the story page does. A quote link keeps
 * exactly the variants it pinned (one group); the others regroup everything.
 */
function regroup(
  articles: readonly SharedArticleView[],
  onlyQuotationIds: string[] | null,
): QuoteGroupView[] {
  const cueOf = new Map<string, string | null>();
  const roleOf = new Map<string, string | null>();
  const inputs: QuoteInput[] = articles.flatMap((article) =>
    article.quotations.map((q) => {
      cueOf.set(q.id, q.cue);
      roleOf.set(q.id, q.speakerRole ?? null);
      return {
        id: q.id,
        articleId: article.id,
        outlet: article.outlet.name,
        publishedAt: article.publishedAt,
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: q.speaker,
      };
    }),
  );
  const toView = (group: QuoteGroup) =>
    toQuoteGroupView({
      id: group.key,
      speaker: group.speaker,
      variants: group.variants.map((v) => ({
        ...v,
        cue: cueOf.get(v.id) ?? null,
        role: roleOf.get(v.id) ?? null,
      })),
    });
  if (onlyQuotationIds) {
    const wanted = new Set(onlyQuotationIds);
    const variants = inputs.filter((q) => wanted.has(q.id));
    return variants.length > 0 ? [toView(describeQuoteGroup(variants))] : [];
  }
  return sortGroupViews(groupQuotations(inputs, { maxQuotes: MAX_SHARED_QUOTES }).map(toView));
}
