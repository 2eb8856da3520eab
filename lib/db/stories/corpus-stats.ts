import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
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

const UPSERT_CHUNK = 400;

/**
 * Counts one more document for each term, in a few statements rather than one per term. The SQL is the same
 * for SQLite and PostgreSQL (INSERT … ON CONFLICT); Prisma renders the placeholders for each.
 */
export async function incrementDocumentFrequencies(db: Db, terms: string[]): Promise<void> {
  const distinct = [...new Set(terms)].sort();
  for (let i = 0; i < distinct.length; i += UPSERT_CHUNK) {
    const chunk = distinct.slice(i, i + UPSERT_CHUNK);
    await db.$executeRaw`INSERT INTO "TermStat" ("term", "documentFrequency") VALUES ${Prisma.join(
      chunk.map((term) => Prisma.sql`(${term}, 1)`),
    )} ON CONFLICT ("term") DO UPDATE SET "documentFrequency" = "TermStat"."documentFrequency" + 1`;
  }
}
