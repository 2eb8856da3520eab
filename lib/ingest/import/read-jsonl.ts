import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { NO_FIELD_MAP, type FieldMap } from "./field-map";
import { recordItem, type ImportItem } from "./items";

/** Longest JSONL line read; past it the line is reported, not parsed (a page is capped at 5 MB anyway). */
const MAX_LINE_CHARS = 8_000_000;

/**
 * Streams a JSONL file one record per line, so a file of any length is read in constant memory; `fields` renames
 * or drops fields of another dataset's layout.
 */
export async function* readJsonl(file: string, fields: FieldMap = NO_FIELD_MAP): AsyncGenerator<ImportItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    const label = `line ${number}`;
    if (line.trim() === "") continue;
    if (line.length > MAX_LINE_CHARS) {
      yield { label, kind: "invalid", reason: `the line is longer than ${MAX_LINE_CHARS} characters` };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { label, kind: "invalid", reason: `not valid JSON (${(error as Error).message})` };
      continue;
    }
    yield recordItem(label, value, fields);
  }
}
