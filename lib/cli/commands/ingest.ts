import { stat, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError, toAppError } from "@/lib/errors";
import {
  assertDocumentSize,
  ingestDocument,
  ingestUrl,
  parsePublishedAt,
  PUBLISHED_AT_FORMAT,
  type IngestResult,
} from "@/lib/ingest";
import { oneLineMessage, UsageError, type CliIo } from "../output";

export const ingestUsage =
  "ingest <file|url…> [--outlet NAME] [--url URL] [--published ISO] [--title TEXT] [--format text|html|auto] [--json]";

const optionsSchema = z.object({
  outlet: z.string().trim().min(1).max(120).optional(),
  url: z.url({ protocol: /^https?$/, error: "--url must be an http(s) URL" }).optional(),
  published: z
    .string()
    .refine((value) => parsePublishedAt(value) !== null, `--published must be ${PUBLISHED_AT_FORMAT}`)
    .optional(),
  title: z.string().trim().min(1).max(500).optional(),
  format: z.enum(["text", "html", "auto"]).default("auto"),
  json: z.boolean().default(false),
});

async function readDocument(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new AppError("NOT_FOUND", `No such file: ${file}`);
  }
  if (!info.isFile()) throw new AppError("INVALID_INPUT", `Not a file: ${file}`);
  // Refuse oversized files before reading them into memory.
  assertDocumentSize(info.size);
  return readFile(file);
}

const STATUS_WORDS: Record<IngestResult["status"], string> = {
  created: "ingested",
  updated: "new version",
  duplicate: "already stored",
};

const isUrl = (value: string) => /^https?:\/\//i.test(value);

/**
 * Ingests files and URLs one by one; a failure is reported on its own line and does not stop the others.
 * A URL is fetched (a changed page becomes a new version of the stored article).
 */
export async function runIngest(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      outlet: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      title: { type: "string" },
      format: { type: "string" },
      json: { type: "boolean" },
    },
  });
  if (positionals.length === 0) throw new UsageError(`usage: ${ingestUsage}`);
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("; "));
  const options = parsed.data;
  if (options.url && positionals.length > 1)
    throw new UsageError("--url names one article: give one file with it");
  if (options.url && positionals.some(isUrl))
    throw new UsageError("--url is for files: a URL argument is its own source");

  let failures = 0;
  for (const file of positionals) {
    try {
      const overrides = {
        outlet: options.outlet ?? null,
        publishedAt: options.published ?? null,
        title: options.title ?? null,
      };
      const result = isUrl(file)
        ? await ingestUrl(file, overrides)
        : await ingestDocument({
            ...overrides,
            content: await readDocument(file),
            filename: path.basename(file),
            format: options.format,
            url: options.url ?? null,
          });
      if (options.json) io.out(JSON.stringify({ file, ...result }));
      else
        io.out(
          `${STATUS_WORDS[result.status]}: ${file} → article ${result.articleId}${result.version > 1 ? ` v${result.version}` : ""} in story ${result.storyId} (${result.outlet}: "${result.title}", ${result.quotations} quotations)`,
        );
    } catch (error) {
      failures += 1;
      io.err(`error: ${file}: ${oneLineMessage(toAppError(error).message)}`);
    }
  }
  return failures === 0 ? 0 : 1;
}
