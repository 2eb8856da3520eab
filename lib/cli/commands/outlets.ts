import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importOutletList } from "@/lib/ingest";
import { checkOutletListSize } from "@/lib/outlets";
import { UsageError, type CliIo } from "../output";

export const outletsUsage =
  "outlets import <file.csv> [--json]   load a third-party outlet list (docs/outlets.md)";

/** `outlets import FILE.csv`: a named list's facts (country, languages, type) with their sources, all or nothing. */
export async function runOutlets(argv: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== "import") throw new UsageError(`usage: ${outletsUsage}`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new UsageError(`usage: ${outletsUsage}`);
  const file = positionals[0] as string;
  const fileName = path.basename(file);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  // Refused by its size before a byte is read.
  checkOutletListSize(fileName, size);
  const summary = await importOutletList({ bytes: readFileSync(file), fileName, actor: "cli" });
  if (values.json) io.out(JSON.stringify(summary));
  else
    io.out(
      `imported ${fileName}: ${summary.rows} outlets (${summary.created} new, ${summary.updated} updated) from ${summary.sources.map((s) => `"${s}"`).join(", ")}`,
    );
  return 0;
}
