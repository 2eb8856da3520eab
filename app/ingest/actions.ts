"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ingestRateProblem, signInProblem } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { ingestDocument, ingestUrl, parsePublishedAt, type IngestResult } from "@/lib/ingest";
import {
  ACCEPTED_EXTENSIONS,
  MAX_TEXT_CHARS,
  MAX_UPLOAD_BYTES,
  formatBytes,
  type IngestField,
  type IngestFormState,
  type IngestFormValues,
} from "./form-state";

const text = (value: unknown) => (typeof value === "string" ? value : "");

const valuesSchema = z.object({
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
      .refine((v) => v === "" || z.url({ protocol: /^https?$/ }).safeParse(v).success, {
        error: "Enter the full web address, starting with http:// or https://.",
      }),
  ),
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

function rawValues(formData: FormData): IngestFormValues {
  const get = (name: string) => text(formData.get(name));
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

/**
 * Adds one article from an uploaded .txt/.html file or pasted text. On success it redirects to the article's
 * story; otherwise it returns the form state with a clear message and the user's inputs, for useActionState.
 */
export async function ingestAction(_previous: IngestFormState, formData: FormData): Promise<IngestFormState> {
  const values = rawValues(formData);
  const upload = formData.get("file");
  // An empty file input still submits a nameless, zero-byte File: that counts as no file.
  const file = upload instanceof File && upload.size > 0 ? upload : null;
  const fail = (
    message: string,
    fieldErrors: Partial<Record<IngestField, string>> = {},
  ): IngestFormState => ({
    status: "error",
    message,
    fieldErrors,
    values,
    fileName: file?.name || null,
  });
  const refusal = (await signInProblem()) ?? (await ingestRateProblem());
  if (refusal) return fail(refusal);

  const parsed = valuesSchema.safeParse(
    Object.fromEntries(
      ["text", "format", "outlet", "url", "publishedAt", "title"].map((k) => [k, formData.get(k)]),
    ),
  );
  if (!parsed.success) {
    const fieldErrors: Partial<Record<IngestField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && !(field in fieldErrors))
        fieldErrors[field as IngestField] = issue.message;
    }
    const count = Object.keys(fieldErrors).length;
    return fail(
      count === 1
        ? (Object.values(fieldErrors)[0] ?? "Check the form.")
        : `Check the ${count} highlighted fields.`,
      fieldErrors,
    );
  }
  const input = parsed.data;
  const pasted = input.text.trim();

  if (file && pasted) {
    return fail("Upload a file or paste text, not both.", {
      source: "Choose one: clear the pasted text or the file.",
    });
  }
  if (!file && !pasted && !input.url) {
    return fail("Add the article: give its web address, upload a .txt or .html file, or paste its text.", {
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

  let content: Uint8Array | string | null = null;
  let filename: string | null = null;
  let format: "auto" | "text" | "html" = input.format;
  if (file) {
    // Size first, before reading a byte of it.
    if (file.size > MAX_UPLOAD_BYTES) {
      return fail(`The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_UPLOAD_BYTES)}.`, {
        file: `Choose a file of ${formatBytes(MAX_UPLOAD_BYTES)} or less.`,
      });
    }
    const name = file.name.toLowerCase();
    if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) {
      return fail("Only .txt and .html files can be added.", { file: "Choose a .txt or .html file." });
    }
    content = new Uint8Array(await file.arrayBuffer());
    filename = file.name;
    format = "auto";
  } else if (pasted) {
    content = pasted;
  }

  let result: IngestResult;
  try {
    // With only a web address, the page is fetched; with a file or text, the address says where it came from.
    result =
      content === null
        ? await ingestUrl(input.url, overrides)
        : await ingestDocument({ ...overrides, content, filename, format, url: input.url || null });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") {
      log("ingest").error({ err: error }, "ingest from the form failed");
      return fail(
        "Something went wrong while adding the article. Try again; if it keeps failing, check the server log.",
      );
    }
    return fail(appError.message);
  }

  if (result.status === "duplicate") {
    return {
      status: "duplicate",
      articleId: result.articleId,
      storyId: result.storyId || null,
      title: result.title,
      outlet: result.outlet,
      values,
    };
  }
  revalidatePath("/", "layout");
  if (result.status === "updated") redirect(`/articles/${result.articleId}?changed=${result.version}`);
  redirect(
    result.storyId
      ? `/stories/${result.storyId}?added=${encodeURIComponent(result.articleId)}`
      : `/articles/${result.articleId}`,
  );
}
