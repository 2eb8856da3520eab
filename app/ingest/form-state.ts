/** Shared between the ingest server action and its form (a "use server" file may only export async functions). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_TEXT_CHARS = 1_000_000;
export const ACCEPTED_EXTENSIONS = [".txt", ".text", ".html", ".htm", ".xhtml"] as const;

export interface IngestFormValues {
  text: string;
  format: "auto" | "text" | "html";
  outlet: string;
  url: string;
  publishedAt: string;
  title: string;
}

export type IngestField = keyof IngestFormValues | "file" | "source";

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

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
