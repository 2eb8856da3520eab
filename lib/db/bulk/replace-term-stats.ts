import "server-only";
import { getDbConfig, type Db } from "../client";
import { DOCUMENT_COUNT_KEY } from "../stories/corpus-stats";
import { insertRows } from "./insert-rows";

const TERM_STAT = { table: "TermStat", columns: ["term", "documentFrequency"] } as const;

/** Sets the corpus document frequencies (TermStat) to the given counts, with the document count row. */
export async function replaceTermStats(
  db: Db,
  documentCount: number,
  frequencies: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = [
    { term: DOCUMENT_COUNT_KEY, documentFrequency: documentCount },
    ...[...frequencies].map(([term, documentFrequency]) => ({ term, documentFrequency })),
  ];
  const provider = getDbConfig().provider;
  await db.$transaction(
    async (txClient) => {
      const tx = txClient as unknown as Db;
      await tx.termStat.deleteMany({});
      await insertRows(tx, provider, TERM_STAT, rows);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
