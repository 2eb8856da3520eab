import "server-only";
import type { Db } from "../client";

/**
 * The newest stored version of each article with the quotations found in it: what a share link pins. Quotations
 * always describe an article's newest version, so these are that version's own.
 */
export async function getCurrentVersions(db: Db, articleIds: string[]) {
  const rows = await db.article.findMany({
    where: { id: { in: articleIds } },
    select: {
      id: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } },
      quotations: {
        orderBy: { start: "asc" },
        select: {
          id: true,
          versionId: true,
          start: true,
          end: true,
          speaker: true,
          speakerRole: true,
          cue: true,
        },
      },
    },
  });
  return rows.flatMap((row) => {
    const version = row.versions[0];
    if (!version) return [];
    return [
      {
        articleId: row.id,
        versionId: version.id,
        version: version.version,
        quotations: row.quotations
          .filter((q) => q.versionId === version.id)
          .map(({ versionId: _versionId, ...q }) => q),
      },
    ];
  });
}
