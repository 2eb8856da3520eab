import "server-only";
import type { Db } from "../client";

export interface OutletFeedRows {
  outlet: { id: string; slug: string; name: string };
  articles: {
    id: string;
    title: string;
    publishedAt: Date | null;
    ingestedAt: Date;
    storyId: string | null;
    storyTitle: string | null;
  }[];
}

/** An outlet by slug and its newest `limit` (at most 500) articles by ingestion; null for an unknown slug. */
export async function loadOutletFeedRows(
  db: Db,
  slug: string,
  limit: number,
): Promise<OutletFeedRows | null> {
  const outlet = await db.outlet.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true },
  });
  if (!outlet) return null;
  const rows = await db.article.findMany({
    where: { outletId: outlet.id },
    orderBy: [{ ingestedAt: "desc" }, { id: "desc" }],
    take: Math.max(1, Math.min(limit, 500)),
    select: {
      id: true,
      title: true,
      publishedAt: true,
      ingestedAt: true,
      membership: { select: { story: { select: { id: true, title: true } } } },
    },
  });
  return {
    outlet,
    articles: rows.map((row) => ({
      id: row.id,
      title: row.title,
      publishedAt: row.publishedAt,
      ingestedAt: row.ingestedAt,
      storyId: row.membership?.story.id ?? null,
      storyTitle: row.membership?.story.title ?? null,
    })),
  };
}

/** A cheap fingerprint of an outlet's articles (count and newest change), for conditional GETs; null if unknown. */
export async function getOutletFeedStamp(db: Db, slug: string): Promise<string | null> {
  const outlet = await db.outlet.findUnique({ where: { slug }, select: { id: true } });
  if (!outlet) return null;
  const { _count, _max } = await db.article.aggregate({
    where: { outletId: outlet.id },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  return `${_count._all}.${_max.updatedAt?.getTime() ?? "-"}`;
}
