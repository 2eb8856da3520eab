import "server-only";
import type { Db } from "../client";

const MAX_VERSIONS = 200;

/** An article's stored versions, oldest first, with their text: the input of the version diff. */
export async function getArticleVersions(db: Db, articleId: string) {
  return db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      outlet: { select: { name: true } },
      membership: { select: { story: { select: { id: true, title: true } } } },
      versions: {
        orderBy: { version: "asc" },
        take: MAX_VERSIONS,
        select: {
          version: true,
          title: true,
          byline: true,
          text: true,
          modifiedAt: true,
          fetchedAt: true,
        },
      },
    },
  });
}
