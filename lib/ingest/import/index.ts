export { recordItem, type ImportItem } from "./items";
export { parseFieldMap, type FieldMap } from "./field-map";
export { readJsonl } from "./read-jsonl";
export { readCsv } from "./read-csv";
export { readFolder, countFolderDocuments } from "./read-folder";
export {
  importArticles,
  SHORT_TEXT_CHARS,
  type ImportFailure,
  type ImportOptions,
  type ImportSummary,
} from "./run-import";
export { startPreparePool, defaultPoolSize, type PreparePool } from "./prepare-pool";
