import { parseArgs, type ParseArgsConfig } from "node:util";

/*
 * The lab's commands (evaluations, benchmarks, fits) read their options through here, so `--help` prints the
 * command's usage and a mistyped option gets one line naming it and the usage, not Node's stack trace.
 */

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

export type CommandLine<T extends ParseArgsConfig> =
  { kind: "parsed"; parsed: Parsed<T> } | { kind: "help" } | { kind: "error"; message: string };

export interface ReadCommandLineOptions<T extends ParseArgsConfig> {
  config: T;
  args: readonly string[];
}

/** Pure: what the arguments ask for. */
export function readCommandLine<T extends ParseArgsConfig>({
  config,
  args,
}: ReadCommandLineOptions<T>): CommandLine<T> {
  if (args.includes("--help") || args.includes("-h")) return { kind: "help" };
  try {
    return { kind: "parsed", parsed: parseArgs<T>({ ...config, args: [...args] }) };
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Parses `process.argv`: on `--help` prints `usage` and exits 0; on a parse error prints the error and `usage`
 * to stderr and exits 2.
 */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T): Parsed<T> {
  const read = readCommandLine({ config, args: process.argv.slice(2) });
  if (read.kind === "parsed") return read.parsed;
  if (read.kind === "help") {
    console.log(usage);
    process.exit(0);
  }
  console.error(`error: ${read.message}\n${usage}`);
  process.exit(2);
}
