/**
 * Feeds out, as plain data: what a story's, a search's or an outlet's feed says, built from loader rows by pure
 * functions (no database, no clock), rendered to Atom and JSON Feed by ./render-feed. Entry ids are tag: URIs
 * made of database ids only, so they stay the same across requests, hosts and renders.
 */

import { diffWords } from "@/lib/compare";
import type { AuditRow, OutletFeedRows, StoryEventRows } from "@/lib/db";
import type { StoryListItem } from "../types";

/** Most entries one feed carries: a reader polls often, and older events stay on the pages. */
export const MAX_FEED_ENTRIES = 100;

const TAG = "tag:parallax,2026:";

export type FeedEntryKind = "article" | "version" | "variant" | "edit" | "story";

export interface FeedEntry {
  id: string;
  kind: FeedEntryKind;
  title: string;
  /** Absolute link to the page the entry is about. */
  link: string;
  summary: string;
  updated: Date;
  published: Date | null;
  author: string | null;
}

export interface FeedDocument {
  id: string;
  title: string;
  description: string;
  /** Absolute address of the page the feed follows. */
  link: string;
  atomUrl: string;
  jsonUrl: string;
  updated: Date;
  entries: FeedEntry[];
}

/** What a story's feed is built from: lib/db's loader rows (types only; this module stays pure). */
export type StoryEventInput = Pick<StoryEventRows, "story" | "versions" | "articles" | "variants"> & {
  audits: readonly Pick<AuditRow, "id" | "action" | "details" | "createdAt">[];
};

/** Where the feed lives: the site's public origin and the path of the page it follows (feeds add their suffix). */
export interface FeedPlace {
  origin: string;
  /** "/stories/abc", "/outlets/slug", or "" for the story list; `query` is the list's parameters. */
  path: string;
  query?: string;
}

function feedUrls(place: FeedPlace) {
  const suffix = place.query ? `?${place.query}` : "";
  const base = `${place.origin}${place.path}`;
  return {
    link: `${base || place.origin}${place.path ? "" : "/"}${suffix}`,
    atomUrl: `${base}/feed.atom${suffix}`,
    jsonUrl: `${base}/feed.json${suffix}`,
  };
}

/** Newest first, ties by id: the same rows give the same feed. */
function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_FEED_ENTRIES);
}

function newest(entries: FeedEntry[], fallback: Date): Date {
  return entries.reduce((max, e) => (e.updated > max ? e.updated : max), fallback);
}

function whatChanged(version: StoryEventInput["versions"][number]): string {
  const parts = [
    version.titleChanged ? "headline changed" : null,
    version.textChanged ? "text changed" : null,
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(", ");
  return version.titleChanged === false && version.textChanged === false
    ? "republished unchanged"
    : "changed";
}

/** Longest quotation and changed piece of wording a variant's summary quotes, and most changes it lists. */
const MAX_QUOTE_CHARS = 300;
const MAX_PIECE_CHARS = 80;
const MAX_CHANGES = 5;

function piece(words: string, max = MAX_PIECE_CHARS): string {
  const trimmed = words.trim().replace(/\s+/g, " ");
  return `“${trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed}”`;
}

/** A variant's wording against the shared one, in words: "“defeat” for “their destruction”; adds “now”". */
export function wordingChanges(reference: string, variant: string): string {
  const ops = diffWords(reference, variant);
  const changes: string[] = [];
  for (let i = 0; i < ops.length; i += 1) {
    const [op, words] = ops[i]!;
    if (op === 0 || !words.trim()) continue;
    const next = ops[i + 1];
    if (op === -1 && next?.[0] === 1 && next[1].trim()) {
      changes.push(`${piece(next[1])} for ${piece(words)}`);
      i += 1;
    } else changes.push(op === 1 ? `adds ${piece(words)}` : `leaves out ${piece(words)}`);
  }
  if (changes.length === 0) return "the same words, punctuated differently";
  const more = changes.length > MAX_CHANGES ? `; and ${changes.length - MAX_CHANGES} more` : "";
  return changes.slice(0, MAX_CHANGES).join("; ") + more;
}

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

function editEntry(
  audit: StoryEventInput["audits"][number],
  storyId: string,
  link: (storyId: string) => string,
): FeedEntry {
  const details =
    typeof audit.details === "object" && audit.details !== null
      ? (audit.details as Record<string, unknown>)
      : {};
  const verb = {
    "story.move": "Article moved",
    "story.merge": "Stories merged",
    "story.split": "Story split",
  }[audit.action];
  const target = text(details.toStoryId) ?? text(details.intoStoryId) ?? text(details.newStoryId) ?? storyId;
  return {
    id: `${TAG}audit/${audit.id}`,
    kind: "edit",
    title: `${verb ?? "Story edited"} by an editor`,
    link: link(target),
    summary: text(details.summary) ?? `An editor changed this story (${audit.action}).`,
    updated: audit.createdAt,
    published: audit.createdAt,
    author: null,
  };
}

/**
 * A story's events as a feed: each article that joined it (outlet and headline), each later version of an
 * article (what changed), each quotation another outlet words differently (the changes in words), and each
 * editor's move, merge or split that touched it; newest first, at most
 * MAX_FEED_ENTRIES. An article's entry is dated when Parallax took it in (when a reader could first see it),
 * with the outlet's publication date as `published`.
 */
export function storyFeed(input: StoryEventInput, origin: string): FeedDocument {
  const sorted = newestFirst(storyEventEntries(input, origin));
  const urls = feedUrls({ origin, path: `/stories/${input.story.id}` });
  return {
    id: `${TAG}story/${input.story.id}`,
    title: `${input.story.title} · Parallax`,
    description: `New coverage, edited articles and editors’ changes in the story “${input.story.title}”.`,
    ...urls,
    updated: newest(sorted, input.story.updatedAt),
    entries: sorted,
  };
}

/**
 * A story's events as feed entries, in no particular order and not capped: what storyFeed lists, and what
 * webhooks (lib/webhooks) deliver, one delivery per entry id.
 */
export function storyEventEntries(input: StoryEventInput, origin: string): FeedEntry[] {
  const storyPath = (id: string) => `${origin}/stories/${id}`;
  const articleLink = (id: string) => `${origin}/articles/${id}`;
  return [
    ...input.articles.map((article): FeedEntry => ({
      id: `${TAG}story/${input.story.id}/article/${article.id}`,
      kind: "article",
      title: `${article.outlet.name}: ${article.title}`,
      link: articleLink(article.id),
      summary: `New coverage from ${article.outlet.name}: “${article.title}”.`,
      updated: article.ingestedAt,
      published: article.publishedAt ?? article.ingestedAt,
      author: article.outlet.name,
    })),
    ...input.versions.map((version): FeedEntry => ({
      id: `${TAG}article/${version.articleId}/version/${version.version}`,
      kind: "version",
      title: `${version.outlet} edited “${version.title}” (${whatChanged(version)})`,
      link: `${articleLink(version.articleId)}/changes?to=${version.version}`,
      summary: `Version ${version.version} of ${version.outlet}’s article: ${whatChanged(version)}.${
        version.title !== version.articleTitle ? ` Its headline is now “${version.articleTitle}”.` : ""
      }`,
      updated: version.fetchedAt,
      published: version.modifiedAt ?? version.fetchedAt,
      author: version.outlet,
    })),
    ...input.variants.map((variant): FeedEntry => {
      const whose = variant.speaker ? `${variant.speaker}’s words` : "a quotation";
      return {
        id: `${TAG}story/${input.story.id}/quotation/${variant.quotationId}`,
        kind: "variant",
        title: `${variant.outlet} words ${whose} differently`,
        link: storyPath(input.story.id),
        summary: `${variant.outlet} quotes ${piece(variant.text, MAX_QUOTE_CHARS)}. Against the wording most outlets share: ${wordingChanges(variant.referenceText, variant.text)}.`,
        updated: variant.fetchedAt,
        published: variant.fetchedAt,
        author: variant.outlet,
      };
    }),
    ...input.audits.map((audit) => editEntry(audit, input.story.id, storyPath)),
  ];
}

export type ListFeedStory = Pick<
  StoryListItem,
  "id" | "title" | "articleCount" | "outlets" | "firstPublishedAt" | "lastPublishedAt"
>;

/**
 * The story list (a search and its filters) as a feed: one entry per story, dated by its newest article, so a
 * story that gains coverage moves up in a reader. `query` is the list's parameters as they appear in its address.
 */
export function listFeed(
  stories: readonly ListFeedStory[],
  options: { origin: string; query: string; describe: string; fallbackUpdated: Date },
): FeedDocument {
  const entries = stories.map((story): FeedEntry => {
    const updated = new Date(story.lastPublishedAt ?? story.firstPublishedAt ?? options.fallbackUpdated);
    const outlets = story.outlets.length;
    return {
      id: `${TAG}story/${story.id}`,
      kind: "story",
      title: story.title,
      link: `${options.origin}/stories/${story.id}`,
      summary: `${story.articleCount} ${story.articleCount === 1 ? "article" : "articles"} from ${outlets} ${
        outlets === 1 ? "outlet" : "outlets"
      }: ${story.outlets.join(", ")}.`,
      updated,
      published: story.firstPublishedAt ? new Date(story.firstPublishedAt) : null,
      author: null,
    };
  });
  const sorted = newestFirst(entries);
  const urls = feedUrls({ origin: options.origin, path: "", query: options.query });
  return {
    id: `${TAG}stories${options.query ? `?${options.query}` : ""}`,
    title: `Stories${options.describe ? `: ${options.describe}` : ""} · Parallax`,
    description: `Stories Parallax gathered${options.describe ? ` (${options.describe})` : ""}, newest coverage first.`,
    ...urls,
    updated: newest(sorted, options.fallbackUpdated),
    entries: sorted,
  };
}

export type OutletFeedInput = Pick<OutletFeedRows, "articles"> & {
  outlet: Pick<OutletFeedRows["outlet"], "slug" | "name">;
};

/** An outlet's articles as Parallax took them in, each linking to its page, newest first. */
export function outletFeed(input: OutletFeedInput, origin: string, fallbackUpdated: Date): FeedDocument {
  const entries = input.articles.map((article): FeedEntry => ({
    id: `${TAG}article/${article.id}`,
    kind: "article",
    title: article.title,
    link: `${origin}/articles/${article.id}`,
    summary: article.storyTitle
      ? `${input.outlet.name} on the story “${article.storyTitle}”.`
      : `${input.outlet.name}: “${article.title}”.`,
    updated: article.ingestedAt,
    published: article.publishedAt ?? article.ingestedAt,
    author: input.outlet.name,
  }));
  const sorted = newestFirst(entries);
  const urls = feedUrls({ origin, path: `/outlets/${input.outlet.slug}` });
  return {
    id: `${TAG}outlet/${input.outlet.slug}`,
    title: `${input.outlet.name} · Parallax`,
    description: `Articles from ${input.outlet.name} that Parallax took in, newest first.`,
    ...urls,
    // No outlet page yet: the feed's page is the story list filtered by the outlet.
    link: `${origin}/?outlet=${encodeURIComponent(input.outlet.slug)}`,
    updated: newest(sorted, fallbackUpdated),
    entries: sorted,
  };
}
