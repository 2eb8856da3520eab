/**
 * Bulk loading, for filling a fresh database with a generated corpus (the benchmarks in lab/bench): multi-row
 * INSERTs of plain rows, table by table, and the corpus statistics. Nothing else in the app writes this way.
 * Server only.
 */
import "server-only";

export { bulkInsert, tableRows, type RowTable, type TableRows } from "./insert-rows";
export { replaceTermStats } from "./replace-term-stats";
