import "server-only";
import type { Db } from "../client";

export interface ExistingArticle {
  id: string;
  contentHash: string;
  title: string;
  storyId: string | null;
  outletName: string;
  /**
   * Body hash and headline of every stored version: a re-fetch matching one of them is not a new version
   * (sites that rotate headlines or flip back would otherwise add a version per fetch).
   */
  versions: { contentHash: string; title: string }[];
}

const MAX_VERSION_HASHES = 500;

/**
 * The stored article an incoming one is the same as: the same canonical URL, or (for text with no URL) the
 * same outlet and the same body.
 */
export async function findExistingArticle(
  db: Db,
  where: { canonicalUrl: string | null; outletSlug: string; contentHash: string },
): Promise<ExistingArticle | null> {
  // Most articles an import stores are new: one plain query answers that, where the lookups below (with
  // their story, outlet and versions) cost five statements through Prisma even when they find nothing.
  if (!(await anyExistingArticle(db, where))) return null;
  const select = {
    id: true,
    contentHash: true,
    title: true,
    membership: { select: { storyId: true } },
    outlet: { select: { name: true } },
    versions: {
      select: { contentHash: true, title: true },
      orderBy: { version: "desc" },
      take: MAX_VERSION_HASHES,
    },
  } as const;
  const found =
    (where.canonicalUrl
      ? await db.article.findUnique({ where: { canonicalUrl: where.canonicalUrl }, select })
      : null) ??
    (await db.article.findFirst({
      where: { contentHash: where.contentHash, outlet: { slug: where.outletSlug } },
      select,
    }));
  if (!found) return null;
  return {
    id: found.id,
    contentHash: found.contentHash,
    title: found.title,
    storyId: found.membership?.storyId ?? null,
    outletName: found.outlet.name,
    versions: found.versions,
  };
}

async function anyExistingArticle(
  db: Db,
  where: { canonicalUrl: string | null; outletSlug: string; contentHash: string },
): Promise<boolean> {
  const rows = await db.$queryRaw<
    { found: number | bigint }[]
  >`SELECT 1 AS "found" FROM "Article" WHERE "canonicalUrl" = ${where.canonicalUrl} UNION ALL SELECT 1 FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId" WHERE o."slug" = ${where.outletSlug} AND a."contentHash" = ${where.contentHash} LIMIT 1`;
  return rows.length > 0;
}

/** Whether another article of the outlet already carries this exact text (the same story at a second URL). */
export async function findOutletTextTwin(
  db: Db,
  where: { outletSlug: string; contentHash: string; exceptArticleId: string },
): Promise<string | null> {
  const twin = await db.article.findFirst({
    where: {
      contentHash: where.contentHash,
      outlet: { slug: where.outletSlug },
      id: { not: where.exceptArticleId },
    },
    select: { id: true },
  });
  return twin?.id ?? null;
}
