import { parseArgs } from "node:util";
import { recluster } from "@/lib/stories";
import type { CliIo } from "../output";

export const reclusterUsage =
  "recluster [--dry-run] [--json]  rebuild automatic story assignments (editors' placements kept)";

/** Rebuilds all automatic story assignments and prints what changed; --json prints the summary object. */
export async function runRecluster(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { "dry-run": { type: "boolean" }, json: { type: "boolean" } },
  });
  const summary = await recluster({ dryRun: values["dry-run"] ?? false });
  if (values.json) {
    io.out(JSON.stringify(summary));
    return 0;
  }
  io.out(
    [
      `${summary.dryRun ? "Would recluster" : "Reclustered"} ${summary.articles} articles (${summary.editorPlaced} placed by editors, kept).`,
      `${summary.moved} moved; ${summary.storiesCreated} stories created, ${summary.storiesRetired} folded into others (their links redirect); ${summary.stories} stories.`,
    ].join("\n"),
  );
  return 0;
}
