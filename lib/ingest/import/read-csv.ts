import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { RECORD_FIELDS } from "../records";
import { mappedName, NO_FIELD_MAP, type FieldMap } from "./field-map";
import { recordItem, type ImportItem } from "./items";

const COLUMNS = new Set<string>(RECORD_FIELDS);

/**
 * Streams a CSV with a header row naming any of url, html, text, title, outlet, byline, publishedAt, after
 * `fields` renames or drops another layout's columns (RFC 4180 quoting, so bodies may span lines). Empty cells
 * count as absent.
 */
export async function* readCsv(file: string, fields: FieldMap = NO_FIELD_MAP): AsyncGenerator<ImportItem> {
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        // csv-parse skips a column named false: the ones --ignore leaves out.
        const names = header.map((name) => mappedName(name.trim(), fields) ?? false);
        const unknown = header.filter((_, i) => names[i] !== false && !COLUMNS.has(String(names[i])));
        if (unknown.length > 0)
          throw new Error(
            `unknown CSV column(s): ${unknown.join(", ")}; expected ${[...COLUMNS].join(", ")} ` +
              "(map others with --map column=field, or leave them out with --ignore column)",
          );
        return names;
      },
      skip_empty_lines: true,
      relax_column_count: false,
      max_record_size: 8_000_000,
    }),
  );
  let row = 1;
  for await (const raw of parser as AsyncIterable<Record<string, string>>) {
    row += 1;
    const label = `row ${row}`;
    const record = Object.fromEntries(Object.entries(raw).filter(([, value]) => value.trim() !== ""));
    yield recordItem(label, record);
  }
}
