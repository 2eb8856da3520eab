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
