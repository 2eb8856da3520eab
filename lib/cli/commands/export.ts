import { parseArgs } from "node:util";
import { z } from "zod";
import { publicUrl } from "@/lib/public-url";
import { EXPORT_FORMATS, exportStoryAs, type ExportFormat } from "@/lib/views";
import { UsageError, type CliIo } from "../output";

export const exportUsage = "export <storyId> --format json|csv|md";

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string" } },
  });
  const storyId = z.string().trim().min(1).max(64).safeParse(positionals[0]);
  if (!storyId.success || positionals.length !== 1) throw new UsageError(`usage: ${exportUsage}`);
  const format = values.format ?? "json";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format "${format}": use ${EXPORT_FORMATS.join(", ")}`);
  // The brief links to the story only when PARALLAX_PUBLIC_URL says where readers find it.
  const file = await exportStoryAs(storyId.data, format as ExportFormat, {
    storyUrl: publicUrl(`/stories/${encodeURIComponent(storyId.data)}`),
  });
  // io.out ends the output with its own line break.
  io.out(file.body.replace(/\r?\n$/, ""));
  return 0;
}
