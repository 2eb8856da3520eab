import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { recordItem, type ImportItem } from "./items";

const COLUMNS = new Set(["url", "html", "text", "title", "outlet", "byline", "publishedAt"]);

/**
 * Streams a CSV with a header row naming any of url, html, text, title, outlet, byline, publishedAt
 * (RFC 4180 quoting, so bodies may span lines). Empty cells count as absent.
 */
export async function* readCsv(file: string): AsyncGenerator<ImportItem> {
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((name) => name.trim());
        const unknown = names.filter((name) => !COLUMNS.has(name));
        if (unknown.length > 0)
          throw new Error(
            `unknown CSV column(s): ${unknown.join(", ")}; expected ${[...COLUMNS].join(", ")}`,
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
