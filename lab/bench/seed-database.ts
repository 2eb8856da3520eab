import "server-only";
import type { Db } from "@/lib/db";
import { replaceTermStats } from "@/lib/db/bulk";
import { insertSeedOutlets, insertSeedRows } from "./seed-rows";
import { seedCorpus, seedOutlets, type SeedCorpusOptions, type SeedCorpusSummary } from "./seed-corpus";

export interface SeedDatabaseResult extends SeedCorpusSummary {
  seconds: number;
}

/**
 * Fills a fresh, migrated database with a generated archive (see seed-corpus.ts) in batches of whole stories,
 * one transaction each, then the corpus statistics. `onBatch` hears the running article count.
 */
export async function seedDatabase(
  db: Db,
  options: SeedCorpusOptions & { onBatch?: (articles: number) => void },
): Promise<SeedDatabaseResult> {
  const started = performance.now();
  await insertSeedOutlets(db, seedOutlets(options.seed ?? 1));
  const batches = seedCorpus(options);
  let written = 0;
  for (;;) {
    const next = batches.next();
    if (next.done) {
      await replaceTermStats(db, next.value.articles, next.value.termFrequencies);
      return { ...next.value, seconds: (performance.now() - started) / 1000 };
    }
    await insertSeedRows(db, next.value);
    written += next.value.articles.length;
    options.onBatch?.(written);
  }
}
