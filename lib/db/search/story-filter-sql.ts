import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { DatabaseProvider } from "../config";
import { matchingStoryIds } from "./fulltext-sql";

/** What the story list can be narrowed by; every field is optional and they combine with AND. */
export interface StoryFilters {
  /** Search-box text over story titles, article headlines and bodies, and quotations and their speakers. */
  query?: string | null;
  /** Outlet slug: stories with at least one article from it. */
  outlet?: string | null;
  /** Country code (ISO 3166-1 alpha-2): stories with at least one article from an outlet of that country. */
  country?: string | null;
  /** Outlet type (docs/outlets.md's scheme): stories with at least one article from an outlet of that type. */
  outletType?: string | null;
  /** Language code: stories with at least one article in it. */
  language?: string | null;
  /** Stories whose publication span reaches this instant or later. */
  from?: Date | null;
  /** Stories whose publication span starts before this instant (exclusive). */
  until?: Date | null;
  /** Only stories where some quotation is carried by several outlets (a quote group with 2+ variants). */
  hasVariants?: boolean;
  /** Only stories covered by two or more outlets. */
  multiOutlet?: boolean;
}

/**
 * The WHERE conditions (joined with AND) that select live stories passing the filters; `s` is "Story".
 * `withQuery: false` leaves the search out, for a caller that joins the matches itself.
 */
export function storyFilterConditions(
  provider: DatabaseProvider,
  filters: StoryFilters,
  { withQuery = true }: { withQuery?: boolean } = {},
): Prisma.Sql[] {
  const conditions = [Prisma.sql`s."articleCount" > 0`, Prisma.sql`s."mergedIntoId" IS NULL`];
  const query = filters.query?.trim();
  if (query && withQuery) {
    const ids = matchingStoryIds(provider, query);
    conditions.push(ids === null ? Prisma.sql`1 = 0` : Prisma.sql`s."id" IN (${ids})`);
  }
  if (filters.outlet)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryMembership" m
      JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE m."storyId" = s."id" AND o."slug" = ${filters.outlet})`);
  if (filters.country)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryMembership" m
      JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE m."storyId" = s."id" AND o."country" = ${filters.country})`);
  if (filters.outletType)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryMembership" m
      JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE m."storyId" = s."id" AND o."ownershipType" = ${filters.outletType})`);
  if (filters.language)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryMembership" m JOIN "Article" a ON a."id" = m."articleId"
      WHERE m."storyId" = s."id" AND a."language" = ${filters.language})`);
  if (filters.from) {
    conditions.push(Prisma.sql`s."lastPublishedAt" >= ${filters.from}`);
    // Implied by the line above (a dated story's recency is its last publication), but it bounds the walk
    // along the "newest" index, so the scan stops at the first story older than the range.
    conditions.push(Prisma.sql`COALESCE(s."lastPublishedAt", s."createdAt") >= ${filters.from}`);
  }
  if (filters.until) conditions.push(Prisma.sql`s."firstPublishedAt" < ${filters.until}`);
  if (filters.hasVariants)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "QuoteGroup" g WHERE g."storyId" = s."id" AND g."variantCount" > 1)`,
    );
  if (filters.multiOutlet)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryMembership" m JOIN "Article" a ON a."id" = m."articleId"
      JOIN "StoryMembership" m2 ON m2."storyId" = m."storyId" JOIN "Article" a2 ON a2."id" = m2."articleId"
      WHERE m."storyId" = s."id" AND a2."outletId" <> a."outletId")`);
  return conditions;
}
