import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";
import { sqlDialect } from "../dialect";

/**
 * The row that counts documents, kept beside the term rows so one query reads both and one statement updates
 * both. Clustering terms are words and names (letters, digits, joiners), never underscores, so it cannot
 * collide with a term. The migration that introduced it seeded it with the article count.
 */
export const DOCUMENT_COUNT_KEY = "__documents__";

/**
 * The terms as one JSON array parameter, expanded to rows in SQL: the statement text is the same for every
 * article (hundreds of placeholders cost more to parse and bind than the lookup itself).
 */
function termRows(db: Db, terms: readonly string[]): Prisma.Sql {
  const json = JSON.stringify(terms);
  return sqlDialect(db) === "postgres"
    ? Prisma.sql`SELECT "value" FROM json_array_elements_text(${json}::json) AS t("value")`
    : Prisma.sql`SELECT "value" FROM json_each(${json})`;
}

/** Article count and the document frequencies of the given terms, for IDF weights: one query. */
export async function getCorpusStats(
  db: Db,
  terms: string[],
): Promise<{ documentCount: number; documentFrequency: Record<string, number> }> {
  let documentCount = 0;
  const documentFrequency: Record<string, number> = {};
  const rows = await db.$queryRaw<
    { term: string; documentFrequency: number | bigint }[]
  >`SELECT "term", "documentFrequency" FROM "TermStat" WHERE "term" IN (${termRows(db, [DOCUMENT_COUNT_KEY, ...terms])})`;
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
  await db.$executeRaw`INSERT INTO "TermStat" ("term", "documentFrequency") SELECT "value", 1 FROM (${termRows(db, distinct)}) AS terms WHERE true ON CONFLICT ("term") DO UPDATE SET "documentFrequency" = "TermStat"."documentFrequency" + 1`;
}
