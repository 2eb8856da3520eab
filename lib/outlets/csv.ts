import { CsvError, parse } from "csv-parse/sync";

/**
 * CSV records with the line each starts on, through csv-parse (already the bulk import's reader): RFC 4180
 * quoting (fields may hold commas, "" and line breaks), CRLF, LF or CR line ends, a leading byte-order mark,
 * blank lines skipped. Pure; it knows nothing of outlets.
 */

export interface CsvRecord {
  /** The 1-based line the record starts on, for error messages. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

const PROBLEM: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  INVALID_OPENING_QUOTE: 'a quote (") inside an unquoted field; quote the whole field',
  CSV_INVALID_CLOSING_QUOTE: "text after a quoted field's closing quote; quote the whole field",
};

/** The text's records in order. Throws CsvSyntaxError (with its line) for quoting csv-parse cannot read. */
export function parseCsv(text: string): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    // csv-parse's types do not follow the `info` option: with it, each record comes with its info.
    parsed = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      info: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === "number" ? error.lines : 0;
    throw new CsvSyntaxError(line, PROBLEM[error.code] ?? error.message.replace(/ at line \d+.*$/, ""));
  }
  let previousEnd = 0;
  let previousEmpty = 0;
  return parsed.map(({ record, info }) => {
    // info.lines is the line the record ends on; blank lines skipped since the previous one push it down.
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { line, fields: record };
  });
}
