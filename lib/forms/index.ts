import "server-only";

/**
 * The rules of the app's forms (what a field accepts, what a submission must hold), kept out of app/ so a
 * server action is only its schema and its call (app/_lib/action.ts). ingest-fields.ts is safe for the browser.
 */
export { text } from "./fields";
export { feedFormSchema } from "./feed";
export * from "./webhook";
export {
  ingestFormSchema,
  ingestFormFields,
  ingestFormValues,
  submittedFile,
  submitIngestForm,
  type IngestFormInput,
} from "./ingest";
export * from "./ingest-fields";
export { outletFactFormSchema, type OutletFactFormInput } from "./outlet";
export { readSharedPage, sharedPagePath, MAX_NEXT_PATH_CHARS, type SharedPage } from "./shared-page";
