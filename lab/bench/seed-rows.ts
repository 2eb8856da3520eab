import "server-only";
import type { Db } from "@/lib/db";
import { bulkInsert, tableRows } from "@/lib/db/bulk";

/*
 * Bulk writes for a generated corpus (the web benchmark's seeder): the rows ingest would write, given with
 * their ids, inserted table by table with multi-row INSERTs instead of one article per transaction. Only for filling a fresh database: nothing here checks for rows that already exist.
 */

export interface SeedOutletRow {
  id: string;
  slug: string;
  name: string;
  domain: string | null;
  country: string | null;
  language: string | null;
}

const OUTLET = {
  table: "Outlet",
  columns: ["id", "slug", "name", "domain", "country", "language", "createdAt"],
} as const;

/** Writes the outlets of a generated corpus (before its articles). */
export async function insertSeedOutlets(db: Db, outlets: readonly SeedOutletRow[]): Promise<void> {
  const createdAt = new Date();
  await bulkInsert(db, [
    tableRows(
      OUTLET,
      outlets.map((o) => ({ ...o, createdAt })),
    ),
  ]);
}

export interface SeedArticleRow {
  id: string;
  outletId: string;
  sourceUrl: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  publishedAt: Date;
  language: string;
  text: string;
  contentHash: string;
  wordCount: number;
  profile: unknown;
  modifiedAt: Date | null;
  versionCount: number;
  lastFetchedAt: Date;
  lastChangedAt: Date | null;
  ingestedAt: Date;
}

export interface SeedVersionRow {
  id: string;
  articleId: string;
  version: number;
  title: string;
  byline: string | null;
  text: string;
  contentHash: string;
  modifiedAt: Date | null;
  fetchedAt: Date;
}

export interface SeedStoryRow {
  id: string;
  title: string;
  language: string;
  articleCount: number;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
  profile: unknown;
  createdAt: Date;
}

export interface SeedMembershipRow {
  id: string;
  storyId: string;
  articleId: string;
  score: number;
  reasons: { sharedTerms: string[]; sharedEntities: string[] };
  createdAt: Date;
}

export interface SeedQuoteGroupRow {
  id: string;
  storyId: string;
  key: string;
  speaker: string | null;
  referenceQuotationId: string | null;
  variantCount: number;
  createdAt: Date;
}

export interface SeedQuotationRow {
  id: string;
  articleId: string;
  versionId: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  kind: string;
  groupId: string | null;
}

export interface SeedStoryKeyRow {
  key: string;
  storyId: string;
  postedAt: Date;
}

/** One batch of complete stories: every row refers only to rows of this batch or to outlets already written. */
export interface SeedRows {
  articles: SeedArticleRow[];
  versions: SeedVersionRow[];
  stories: SeedStoryRow[];
  memberships: SeedMembershipRow[];
  quoteGroups: SeedQuoteGroupRow[];
  quotations: SeedQuotationRow[];
  storyKeys: SeedStoryKeyRow[];
}

const STORY = {
  table: "Story",
  columns: [
    "id",
    "title",
    "language",
    "articleCount",
    "firstPublishedAt",
    "lastPublishedAt",
    "profile",
    "createdAt",
    "updatedAt",
  ],
  json: ["profile"],
} as const;
const ARTICLE = {
  table: "Article",
  columns: [
    "id",
    "outletId",
    "sourceUrl",
    "canonicalUrl",
    "title",
    "byline",
    "publishedAt",
    "language",
    "text",
    "contentHash",
    "wordCount",
    "profile",
    "modifiedAt",
    "versionCount",
    "lastFetchedAt",
    "lastChangedAt",
    "ingestedAt",
    "updatedAt",
  ],
  json: ["profile"],
} as const;
const VERSION = {
  table: "ArticleVersion",
  columns: [
    "id",
    "articleId",
    "version",
    "title",
    "byline",
    "text",
    "contentHash",
    "modifiedAt",
    "fetchedAt",
  ],
} as const;
const MEMBERSHIP = {
  table: "StoryMembership",
  columns: ["id", "storyId", "articleId", "score", "reasons", "createdAt", "updatedAt"],
  json: ["reasons"],
} as const;
const QUOTE_GROUP = {
  table: "QuoteGroup",
  columns: ["id", "storyId", "key", "speaker", "referenceQuotationId", "variantCount", "createdAt"],
} as const;
const QUOTATION = {
  table: "Quotation",
  columns: [
    "id",
    "articleId",
    "versionId",
    "text",
    "start",
    "end",
    "speaker",
    "speakerStart",
    "speakerEnd",
    "cue",
    "kind",
    "groupId",
  ],
} as const;
const STORY_KEY = { table: "StoryKey", columns: ["key", "storyId", "postedAt"] } as const;

/**
 * Writes one batch of stories with their articles, versions, memberships, quote groups, quotations and index
 * keys in one transaction, parents first. Every date column is written (the schema's defaults are Prisma's).
 */
export async function insertSeedRows(db: Db, rows: SeedRows): Promise<void> {
  await bulkInsert(db, [
    tableRows(
      STORY,
      rows.stories.map((s) => ({ ...s, updatedAt: s.createdAt })),
    ),
    tableRows(
      ARTICLE,
      rows.articles.map((a) => ({ ...a, updatedAt: a.lastFetchedAt })),
    ),
    tableRows(VERSION, rows.versions),
    tableRows(
      MEMBERSHIP,
      rows.memberships.map((m) => ({ ...m, updatedAt: m.createdAt })),
    ),
    tableRows(QUOTE_GROUP, rows.quoteGroups),
    tableRows(QUOTATION, rows.quotations),
    tableRows(STORY_KEY, rows.storyKeys),
  ]);
}
