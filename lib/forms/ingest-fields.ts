/** What the ingest form holds and accepts, shared by its rules (ingest.ts) and the form in the browser. */
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

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
