import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ingestDocument, ingestUrl, parsePublishedAt, type IngestResult } from "@/lib/ingest";
import { text, WEB_ADDRESS } from "./fields";
import {
  ACCEPTED_EXTENSIONS,
  MAX_TEXT_CHARS,
  MAX_UPLOAD_BYTES,
  formatBytes,
  type IngestFormValues,
} from "./ingest-fields";

/** The ingest form's fields besides the file: each rule with the message shown beside its input. */
export const ingestFormSchema = z.object({
  text: z.preprocess(
    text,
    z.string().max(MAX_TEXT_CHARS, {
      error: `Pasted text is limited to ${MAX_TEXT_CHARS.toLocaleString("en-GB")} characters.`,
    }),
  ),
  format: z.preprocess(text, z.enum(["auto", "text", "html"]).catch("auto")),
  outlet: z.preprocess(
    text,
    z.string().trim().max(120, { error: "The outlet name is limited to 120 characters." }),
  ),
  url: z.preprocess(
    text,
    z
      .string()
      .trim()
      .max(2000, { error: "The web address is too long." })
      .refine((v) => v === "" || z.url(WEB_ADDRESS).safeParse(v).success, {
        error: "Enter the full web address, starting with http:// or https://.",
      }),
  ),
  // The browser's datetime-local input: a date and a time without a zone, read as UTC.
  publishedAt: z.preprocess(
    text,
    z
      .string()
      .trim()
      .refine(
        (v) =>
          v === "" ||
          (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) && parsePublishedAt(`${v}Z`) !== null),
        {
          error: "Enter a real date and time of publication (years 1800 to 2200), or leave it empty.",
        },
      ),
  ),
  title: z.preprocess(
    text,
    z.string().trim().max(500, { error: "The headline is limited to 500 characters." }),
  ),
});

export type IngestFormInput = z.infer<typeof ingestFormSchema>;

/** The form's fields as the schema reads them. */
export function ingestFormFields(form: FormData): Record<keyof IngestFormValues, unknown> {
  return {
    text: form.get("text"),
    format: form.get("format"),
    outlet: form.get("outlet"),
    url: form.get("url"),
    publishedAt: form.get("publishedAt"),
    title: form.get("title"),
  };
}

/** What the user typed, cut to a size the form can show again after a refusal. */
export function ingestFormValues(form: FormData): IngestFormValues {
  const get = (name: string) => text(form.get(name));
  const format = get("format");
  return {
    text: get("text").slice(0, MAX_TEXT_CHARS),
    format: format === "text" || format === "html" ? format : "auto",
    outlet: get("outlet").slice(0, 500),
    url: get("url").slice(0, 2000),
    publishedAt: get("publishedAt").slice(0, 40),
    title: get("title").slice(0, 1000),
  };
}

/** The uploaded file, or null: an empty file input still submits a nameless, zero-byte File. */
export function submittedFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && value.size > 0 ? value : null;
}

const refuse = (message: string, fields: Record<string, string>) =>
  new AppError("INVALID_INPUT", message, { fields });

/**
 * Adds the article the form describes: a file or pasted text (with the web address saying where it came from),
 * or only a web address, which is fetched. The form's rules (one source, the file's size before a byte is read,
 * its type) are refused as INVALID_INPUT with the input at fault.
 */
export async function submitIngestForm(input: IngestFormInput, file: File | null): Promise<IngestResult> {
  const pasted = input.text.trim();
  if (file && pasted) {
    throw refuse("Upload a file or paste text, not both.", {
      source: "Choose one: clear the pasted text or the file.",
    });
  }
  if (!file && !pasted && !input.url) {
    throw refuse("Add the article: give its web address, upload a .txt or .html file, or paste its text.", {
      source: "Give a web address to fetch, upload a file or paste the article text.",
    });
  }
  const overrides = {
    outlet: input.outlet || null,
    publishedAt: input.publishedAt
      ? `${input.publishedAt}${input.publishedAt.length === 16 ? ":00" : ""}Z`
      : null,
    title: input.title || null,
  };
  const url = input.url || null;
  if (file) {
    // Size first, before reading a byte of it.
    if (file.size > MAX_UPLOAD_BYTES) {
      throw refuse(`The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_UPLOAD_BYTES)}.`, {
        file: `Choose a file of ${formatBytes(MAX_UPLOAD_BYTES)} or less.`,
      });
    }
    const name = file.name.toLowerCase();
    if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) {
      throw refuse("Only .txt and .html files can be added.", { file: "Choose a .txt or .html file." });
    }
    const content = new Uint8Array(await file.arrayBuffer());
    return ingestDocument({ ...overrides, content, filename: file.name, format: "auto", url });
  }
  if (pasted)
    return ingestDocument({ ...overrides, content: pasted, filename: null, format: input.format, url });
  return ingestUrl(input.url, overrides);
}
