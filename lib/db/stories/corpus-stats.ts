import "server-only";
import type { Db } from "../client";
import { jsonTextRows } from "../json-rows";

/**
 * The row that counts documents, kept beside the term rows so one query reads both and one statement updates
 * both. Clustering terms are words and names (letters, digits, joiners), never underscores, so it cannot
 * collide with a term. The migration that introduced it seeded it with the article count.
 */
export const DOCUMENT_COUNT_KEY = "__documents__";

/** Article count and the document frequencies of the given terms, for IDF weights: one query. */
export async function getCorpusStats(
  db: Db,
  terms: string[],
): Promise<{ documentCount: number; documentFrequency: Record<string, number> }> {
  let documentCount = 0;
  const documentFrequency: Record<string, number> = {};
  const rows = await db.$queryRaw<
    { term: string; documentFrequency: number | bigint }[]
  >`SELECT "term", "documentFrequency" FROM "TermStat" WHERE "term" IN (${jsonTextRows(db, [DOCUMENT_COUNT_KEY, ...terms])})`;
  for (const row of rows) {
    const frequency = Number(row.documentFrequency);
    if (row.term === DOCUMENT_COUNT_KEY) documentCount = frequency;
    else documentFrequency[row.term] = frequency;
  }
  return { documentCount, documentFrequency };
}

/**
 * Counts one more document for each term, in one statement. Sorted, so concurrent writers on PostgreSQL lock
 * rows in the same order. (`WHERE true` lets SQLite parse the ON CONFLICT clause after a SELECT.)
 */
export async function incrementDocumentFrequencies(db: Db, terms: string[]): Promise<void> {
  const distinct = [...new Set([DOCUMENT_COUNT_KEY, ...terms])].sort();
  await db.$executeRaw`INSERT INTO "TermStat" ("term", "documentFrequency") SELECT "value", 1 FROM (${jsonTextRows(db, distinct)}) AS terms WHERE true ON CONFLICT ("term") DO UPDATE SET "documentFrequency" = "TermStat"."documentFrequency" + 1`;
}

/**
 * Counts `documents` fewer documents, and each term's count fewer, never below zero (the inverse of
 * `incrementDocumentFrequencies`, for articles deleted). One statement per distinct count: terms deleted
 * articles shared are few counts apart.
 */
export async function decrementDocumentFrequencies(
  db: Db,
  termCounts: ReadonlyMap<string, number>,
  documents: number,
): Promise<void> {
  const byCount = new Map<number, string[]>();
  if (documents > 0) byCount.set(documents, [DOCUMENT_COUNT_KEY]);
  for (const [term, count] of termCounts)
    if (count > 0) byCount.set(count, [...(byCount.get(count) ?? []), term]);
  for (const [count, terms] of [...byCount].sort((a, b) => a[0] - b[0])) {
    await db.$executeRaw`UPDATE "TermStat" SET "documentFrequency" = CASE WHEN "documentFrequency" > ${count} THEN "documentFrequency" - ${count} ELSE 0 END WHERE "term" IN (${jsonTextRows(db, terms.sort())})`;
  }
  await db.$executeRaw`DELETE FROM "TermStat" WHERE "documentFrequency" = 0 AND "term" <> ${DOCUMENT_COUNT_KEY}`;
}
