import "server-only";
import type { Db } from "../client";

/** Article count and the document frequencies of the given terms, for IDF weights. */
export async function getCorpusStats(
  db: Db,
  terms: string[],
): Promise<{ documentCount: number; documentFrequency: Record<string, number> }> {
  const documentCount = await db.article.count();
  const documentFrequency: Record<string, number> = {};
  const CHUNK = 500;
  for (let i = 0; i < terms.length; i += CHUNK) {
    const rows = await db.termStat.findMany({ where: { term: { in: terms.slice(i, i + CHUNK) } } });
    for (const row of rows) documentFrequency[row.term] = row.documentFrequency;
  }
  return { documentCount, documentFrequency };
}
