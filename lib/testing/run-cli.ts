import type { CliIo } from "@/lib/cli/output";

/** The CLI run in this process (imported late, after useTestDatabase has set the database), stdout and stderr together. */
export async function runCliForTest(...argv: string[]): Promise<{ code: number; out: string }> {
  const { runCli } = await import("@/lib/cli/run");
  const out: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => out.push(line) };
  const code = await runCli(argv, io);
  return { code, out: out.join("\n") };
}
