/** Storing outlet profiles: a third-party list's import and an editor's edit of one fact, each audited. */
export {
  importOutletList,
  factWrites,
  OUTLET_IMPORT_ACTION,
  type OutletImportSummary,
} from "./import-outlet-list";
export { editOutletFact, OUTLET_FACT_ACTION, type OutletFactEdit } from "./edit-outlet-fact";
