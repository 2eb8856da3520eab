import "server-only";
import type { Db } from "../client";

/**
 * Article versions by id, as a share link pinned them: that version's headline, byline and text, the article's
 * outlet and dates, its newest version number (to say a newer one exists) and the story it belongs to now.
 */
export async function getPinnedVersions(db: Db, versionIds: string[]) {
  return db.articleVersion.findMany({
    where: { id: { in: versionIds } },
    select: {
      id: true,
      version: true,
      title: true,
      byline: true,
      text: true,
      fetchedAt: true,
      article: {
        select: {
          id: true,
          publishedAt: true,
          publishedAtPrecision: true,
          sourceUrl: true,
          canonicalUrl: true,
          versionCount: true,
          demo: true,
          outlet: { select: { id: true, name: true, slug: true, country: true } },
          membership: { select: { storyId: true } },
        },
      },
    },
  });
}

export type PinnedVersionRecord = Awaited<ReturnType<typeof getPinnedVersions>>[number];
