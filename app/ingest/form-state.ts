/** Shared between the ingest server action and its form (a "use server" file may only export async functions). */
import type { IngestField, IngestFormValues } from "@/lib/forms/ingest-fields";

export {
  ACCEPTED_EXTENSIONS,
  MAX_TEXT_CHARS,
  MAX_UPLOAD_BYTES,
  formatBytes,
  type IngestField,
  type IngestFormValues,
} from "@/lib/forms/ingest-fields";

export type IngestFormState =
  | { status: "idle"; values: IngestFormValues }
  | {
      status: "error";
      message: string;
      fieldErrors: Partial<Record<IngestField, string>>;
      values: IngestFormValues;
      /** The file the user had chosen: browsers cannot keep it selected after a submission. */
      fileName: string | null;
    }
  | {
      status: "duplicate";
      articleId: string;
      storyId: string | null;
      title: string;
      outlet: string;
      values: IngestFormValues;
    };

export const emptyValues: IngestFormValues = {
  text: "",
  format: "auto",
  outlet: "",
  url: "",
  publishedAt: "",
  title: "",
};

export const initialIngestState: IngestFormState = { status: "idle", values: emptyValues };
