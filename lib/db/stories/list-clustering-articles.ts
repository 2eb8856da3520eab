import "server-only";
import type { Db } from "../client";

export interface ClusteringArticle {
  id: string;
  title: string;
  language: string | null;
  publishedAt: Date | null;
  /** The stored cluster profile (a DocumentProfile as JSON), null when the article has none. */
  profile: unknown;
  storyId: string | null;
  setByEditor: boolean;
}

/**
 * One page of articles in clustering order: dated ones by publishedAt then id, then undated ones by id. Pass the
 * last article of the previous page as `after` (null for the first page); an empty page means the end.
 */
export async function listClusteringArticles(
  db: Db,
  options: { after: { id: string; publishedAt: Date | null } | null; limit: number },
): Promise<ClusteringArticle[]> {
  const select = {
    id: true,
    title: true,
    language: true,
    publishedAt: true,
    profile: true,
    membership: { select: { storyId: true, setByEditor: true } },
  } as const;
  const after = options.after;
  const take = Math.max(1, options.limit);
  let rows = [] as Awaited<ReturnType<typeof db.article.findMany<{ select: typeof select }>>>;
  if (!after || after.publishedAt) {
    rows = await db.article.findMany({
      where: after?.publishedAt
        ? {
            OR: [
              { publishedAt: { gt: after.publishedAt } },
              { publishedAt: after.publishedAt, id: { gt: after.id } },
            ],
          }
        : { publishedAt: { not: null } },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      take,
      select,
    });
  }
  if (rows.length < take) {
    const undatedAfter = after && !after.publishedAt ? after.id : null;
    const undated = await db.article.findMany({
      where: { publishedAt: null, ...(undatedAfter ? { id: { gt: undatedAfter } } : {}) },
      orderBy: { id: "asc" },
      take: take - rows.length,
      select,
    });
    rows = [...rows, ...undated];
  }
  return rows.map(({ membership, ...article }) => ({
    ...article,
    storyId: membership?.storyId ?? null,
    setByEditor: membership?.setByEditor ?? false,
  }));
}
