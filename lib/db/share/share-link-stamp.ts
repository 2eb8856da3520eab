import "server-only";
import type { Db } from "../client";

/**
 * What a share link's preview image depends on that can change: only whether the link exists (it pins article
 * versions; it disappears with its story). Null for an unknown slug, whose image is not cached.
 */
export async function getShareLinkStamp(db: Db, slug: string): Promise<string | null> {
  const link = await db.shareLink.findUnique({ where: { slug }, select: { createdAt: true } });
  return link ? String(link.createdAt.getTime()) : null;
}
