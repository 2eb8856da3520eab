/** CLI output: results to stdout (scripts parse them), messages and errors to stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A person is watching stderr (a terminal): progress bars are worth drawing. */
  interactive?: boolean;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  interactive: process.stderr.isTTY === true,
};

export class UsageError extends Error {}

/**
 * One line for the terminal. Prisma's messages open with a blank line, then "Invalid … invocation" and a
 * source excerpt, and say what failed on their last line; other messages say it on their first.
 */
export function oneLineMessage(message: string): string {
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const line = message.startsWith("\n") ? lines.at(-1) : lines[0];
  return line ?? "unknown error";
}
