import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";

/**
 * The row that counts documents, kept beside the term rows so one query reads both and one statement updates
 * both. Clustering terms are words and names (letters, digits, joiners), never underscores, so it cannot
 * collide with a term. The migration that introduced it seeded it with the article count.
 */
export const DOCUMENT_COUNT_KEY = "__documents__";

/** Article count and the document frequencies of the given terms, for IDF weights: one query per 500 terms. */
export async function getCorpusStats(
  db: Db,
  terms: string[],
): Promise<{ documentCount: number; documentFrequency: Record<string, number> }> {
  let documentCount = 0;
  const documentFrequency: Record<string, number> = {};
  const CHUNK = 500;
  const keys = [DOCUMENT_COUNT_KEY, ...terms];
  for (let i = 0; i < keys.length; i += CHUNK) {
    // Raw SQL: for hundreds of keys Prisma's result mapping costs more than the lookup itself.
    const rows = await db.$queryRaw<
      { term: string; documentFrequency: number | bigint }[]
    >`SELECT "term", "documentFrequency" FROM "TermStat" WHERE "term" IN (${Prisma.join(keys.slice(i, i + CHUNK))})`;
    for (const row of rows) {
      const frequency = Number(row.documentFrequency);
      if (row.term === DOCUMENT_COUNT_KEY) documentCount = frequency;
      else documentFrequency[row.term] = frequency;
    }
  }
  return { documentCount, documentFrequency };
}

const UPSERT_CHUNK = 400;

/**
 * Counts one more document for each term, in a few statements rather than one per term. The SQL is the same
 * for SQLite and PostgreSQL (INSERT … ON CONFLICT); Prisma renders the placeholders for each.
 */
export async function incrementDocumentFrequencies(db: Db, terms: string[]): Promise<void> {
  const distinct = [...new Set([DOCUMENT_COUNT_KEY, ...terms])].sort();
  for (let i = 0; i < distinct.length; i += UPSERT_CHUNK) {
    const chunk = distinct.slice(i, i + UPSERT_CHUNK);
    await db.$executeRaw`INSERT INTO "TermStat" ("term", "documentFrequency") VALUES ${Prisma.join(
      chunk.map((term) => Prisma.sql`(${term}, 1)`),
    )} ON CONFLICT ("term") DO UPDATE SET "documentFrequency" = "TermStat"."documentFrequency" + 1`;
  }
}
