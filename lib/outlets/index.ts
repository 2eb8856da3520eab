/**
 * Outlet profiles, pure: the type scheme and fact readers (scheme.ts), the coverage line (coverage.ts), and the
 * reader of third-party outlet lists in CSV (outlet-list.ts over csv.ts). Storing them is lib/ingest's job.
 */
export * from "./scheme";
export { describeCoverage, type CoverageOutlet } from "./coverage";
export { parseCsv, CsvSyntaxError, type CsvRecord } from "./csv";
export {
  readOutletList,
  checkOutletListSize,
  MAX_OUTLET_LIST_BYTES,
  MAX_OUTLET_LIST_ROWS,
  OUTLET_LIST_COLUMNS,
  type OutletFacts,
  type OutletListRow,
  type ReadOutletListOptions,
} from "./outlet-list";
