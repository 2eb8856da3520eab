/** Bulk inserts for filling a fresh database with a generated corpus (benchmarks). Server only. */
import "server-only";

export { insertSeedOutlets } from "./insert-seed-outlets";
export { replaceTermStats } from "./replace-term-stats";
export {
  insertSeedRows,
  type SeedArticleRow,
  type SeedMembershipRow,
  type SeedOutletRow,
  type SeedQuotationRow,
  type SeedQuoteGroupRow,
  type SeedRows,
  type SeedStoryKeyRow,
  type SeedStoryRow,
  type SeedVersionRow,
} from "./insert-seed-rows";
