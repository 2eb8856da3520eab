import { parseArgs } from "node:util";
import { z } from "zod";
import { exportStory } from "@/lib/views";
import { UsageError, type CliIo } from "../output";

export const exportUsage = "export <storyId> --format json";

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string" } },
  });
  const storyId = z.string().trim().min(1).max(64).safeParse(positionals[0]);
  if (!storyId.success || positionals.length !== 1) throw new UsageError(`usage: ${exportUsage}`);
  const format = values.format ?? "json";
  if (format !== "json") throw new UsageError(`unknown format "${format}": only json is available`);
  io.out(JSON.stringify(await exportStory(storyId.data), null, 2));
  return 0;
}
