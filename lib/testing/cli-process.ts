/**
 * The real CLI (`npm run parallax -- …`) in a child process, for tests that need another process: concurrent
 * writers, or one to kill. Node runs it with tsx as a loader rather than through the tsx wrapper, so the child
 * is the process itself and a signal sent to it ends it (a wrapper's own child would outlive a SIGKILL).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface CliProcess {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

export function spawnCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "lib/cli/main.ts", ...args],
    {
      cwd: ROOT,
      env: { ...process.env, PARALLAX_DEMO: "off", ...env },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}
