import "server-only";
import type { Db } from "../client";

export interface ExistingArticle {
  id: string;
  contentHash: string;
  title: string;
  storyId: string | null;
  outletName: string;
}

/**
 * The stored article an incoming one is the same as: the same canonical URL, or (for text with no URL) the
 * same outlet and the same body.
 */
export async function findExistingArticle(
  db: Db,
  where: { canonicalUrl: string | null; outletSlug: string; contentHash: string },
): Promise<ExistingArticle | null> {
  const select = {
    id: true,
    contentHash: true,
    title: true,
    membership: { select: { storyId: true } },
    outlet: { select: { name: true } },
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
  };
}
