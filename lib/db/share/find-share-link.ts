import "server-only";
import type { Db } from "../client";

/** A share link by its slug, with its story's current title (null when the slug is unknown). */
export async function findShareLink(db: Db, slug: string) {
  return db.shareLink.findUnique({
    where: { slug },
    select: {
      slug: true,
      kind: true,
      selection: true,
      createdAt: true,
      story: { select: { id: true, title: true, mergedIntoId: true } },
    },
  });
}

export type ShareLinkRecord = NonNullable<Awaited<ReturnType<typeof findShareLink>>>;
