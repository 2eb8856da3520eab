import { articleRecordSchema, describeRecordError, type ArticleRecord } from "../records";
import { applyFieldMap, NO_FIELD_MAP, type FieldMap } from "./field-map";

/** One entry of a bulk import: a record to ingest, a file's bytes, or a line that could not be read. */
export type ImportItem =
  | { label: string; kind: "record"; record: ArticleRecord }
  | { label: string; kind: "file"; content: Uint8Array; filename: string }
  | { label: string; kind: "invalid"; reason: string };

/**
 * A parsed line or row as an item: a valid record (labelled with its URL, if any) or the first problem. Fields
 * are renamed or dropped by `fields` first (a bulk import's --map and --ignore).
 */
export function recordItem(label: string, value: unknown, fields: FieldMap = NO_FIELD_MAP): ImportItem {
  const parsed = articleRecordSchema.safeParse(applyFieldMap(value, fields));
  return parsed.success
    ? {
        label: parsed.data.url ? `${label} (${parsed.data.url})` : label,
        kind: "record",
        record: parsed.data,
      }
    : { label, kind: "invalid", reason: describeRecordError(parsed.error) };
}
