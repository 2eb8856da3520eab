import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  countFolderDocuments,
  defaultPoolSize,
  importArticles,
  parseFieldMap,
  readCsv,
  readFolder,
  readJsonl,
  SHORT_TEXT_CHARS,
  startPreparePool,
  type FieldMap,
  type ImportItem,
  type ImportSummary,
} from "@/lib/ingest";
import { UsageError, type CliIo } from "../output";
import { startProgress } from "../progress";

export const importUsage =
  "import <file.jsonl|file.csv|folder> [--map from=field,…] [--ignore name,…] [--workers N] [--prefetch N] [--json]   bulk import with a progress bar and a summary";

const optionsSchema = z.object({
  prefetch: z.coerce.number().int().min(1).max(64).default(8),
  workers: z.coerce.number().int().min(0).max(16).optional(),
  json: z.boolean().default(false),
  map: z.string().max(2_000).optional(),
  ignore: z.string().max(2_000).optional(),
});

async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines += 1;
  }
  return lines;
}

async function openSource(
  source: string,
  fields: FieldMap,
): Promise<{ items: AsyncIterable<ImportItem>; total: number | null }> {
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new AppError("NOT_FOUND", `No such file or folder: ${source}`);
  }
  if (info.isDirectory()) return { items: readFolder(source), total: await countFolderDocuments(source) };
  if (/\.jsonl$|\.ndjson$/i.test(source))
    return { items: readJsonl(source, fields), total: await countLines(source) };
  if (/\.csv$/i.test(source)) return { items: readCsv(source, fields), total: null };
  throw new UsageError(`${source}: give a .jsonl or .csv file, or a folder of .html/.txt files`);
}

function summaryLines(source: string, summary: ImportSummary): string[] {
  const lines = [
    `${source}: ${summary.total} items: ${summary.created} imported, ${summary.updated} updated (new version), ${summary.duplicates} duplicates, ${summary.failed} failed`,
  ];
  if (summary.short > 0)
    lines.push(
      `warning: ${summary.short} articles extracted to under ${SHORT_TEXT_CHARS} characters: check them (paywall or missed body?)`,
    );
  for (const failure of summary.failures) lines.push(`failed: ${failure.label}: ${failure.reason}`);
  if (summary.failures.some((f) => f.reason.startsWith("unknown field")))
    lines.push("hint: read other fields as ours with --map from=field, or leave them out with --ignore name");
  if (summary.failed > summary.failures.length)
    lines.push(`… and ${summary.failed - summary.failures.length} more failures`);
  return lines;
}

/** Bulk import: every item is tried, failures are listed with their reasons, exit 1 if any failed. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      prefetch: { type: "string" },
      workers: { type: "string" },
      json: { type: "boolean" },
      map: { type: "string" },
      ignore: { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`usage: ${importUsage}`);
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success)
    throw new UsageError(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("; "));
  const source = positionals[0] as string;
  const fields = parseFieldMap(parsed.data.map, parsed.data.ignore);
  const { items, total } = await openSource(source, fields);
  const progress = startProgress(total, io.interactive === true && !parsed.data.json);
  // Fetching and analysis run on worker threads, storing on this one: a bulk import uses every core.
  const workers = parsed.data.workers ?? defaultPoolSize();
  const pool = workers > 0 ? startPreparePool(workers) : null;
  let summary: ImportSummary;
  try {
    summary = await importArticles(items, {
      prefetch: parsed.data.prefetch,
      prepare: pool?.prepare,
      onItem: (_item, running) => progress.tick(running),
    });
  } finally {
    progress.stop();
    await pool?.close();
  }
  if (parsed.data.json) io.out(JSON.stringify({ source, ...summary }));
  else for (const line of summaryLines(source, summary)) io.out(line);
  return summary.failed === 0 ? 0 : 1;
}
