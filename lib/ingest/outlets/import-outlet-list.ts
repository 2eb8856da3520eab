import "server-only";
import {
  findOutletForListRow,
  getDb,
  inTransaction,
  LONG_TRANSACTION,
  recordAudit,
  saveOutletFacts,
  upsertOutlet,
  type OutletFactWrite,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readOutletList, type OutletListRow } from "@/lib/outlets";
import { slugify } from "../outlet";

export const OUTLET_IMPORT_ACTION = "outlet.import";

export interface OutletImportSummary {
  rows: number;
  /** Outlets the list named that Parallax did not know yet (created with their facts, no articles). */
  created: number;
  updated: number;
  /** The sources the list cites, each once. */
  sources: string[];
}

/** A row's facts as writes, each with the row's source and date. */
export function factWrites(
  row: Pick<OutletListRow, "facts" | "source" | "sourceUrl" | "asOf">,
): OutletFactWrite[] {
  const provenance = { source: row.source, sourceUrl: row.sourceUrl, asOf: row.asOf };
  const writes: OutletFactWrite[] = [];
  if (row.facts.country) writes.push({ kind: "country", value: row.facts.country, ...provenance });
  if (row.facts.languages)
    writes.push({ kind: "languages", value: row.facts.languages.join(" "), ...provenance });
  if (row.facts.type) writes.push({ kind: "type", value: row.facts.type, ...provenance });
  return writes;
}

/**
 * Loads a third-party outlet list (CSV, docs/outlets.md) in one transaction: every row's facts with their
 * source and date, creating outlets it names that are not stored yet; one audit row for the file. A file with
 * any problem (unknown columns, duplicate outlets, too large, a bad value) stores nothing.
 */
export async function importOutletList(input: {
  bytes: Uint8Array;
  fileName: string;
  actor: string;
  now?: Date;
}): Promise<OutletImportSummary> {
  const rows = readOutletList(input.bytes, { fileName: input.fileName, slugOf: slugify });
  const db = await getDb();
  const now = input.now ?? new Date();
  const recordedBy = `${input.actor} (import: ${input.fileName})`.slice(0, 200);
  return inTransaction({ db, ...LONG_TRANSACTION }, async (tx) => {
    const lineOf = new Map<string, number>();
    let created = 0;
    for (const row of rows) {
      const slug = row.slug ?? slugify(row.name);
      const found = await findOutletForListRow(tx, { slug: row.slug, domain: row.domain, nameSlug: slug });
      let outletId: string;
      if (found) outletId = found.id;
      else {
        outletId = await upsertOutlet(tx, { slug, name: row.name, domain: row.domain });
        created++;
      }
      const earlier = lineOf.get(outletId);
      if (earlier !== undefined)
        throw new AppError(
          "INVALID_INPUT",
          `${input.fileName} was not imported (nothing was stored): line ${row.line} names the same stored outlet as line ${earlier} ("${row.name}"); list each outlet once.`,
        );
      lineOf.set(outletId, row.line);
      await saveOutletFacts(tx, outletId, factWrites(row), recordedBy, now);
    }
    const summary: OutletImportSummary = {
      rows: rows.length,
      created,
      updated: rows.length - created,
      sources: [...new Set(rows.map((row) => row.source))],
    };
    await recordAudit(tx, {
      actor: input.actor,
      action: OUTLET_IMPORT_ACTION,
      targetType: "outlets",
      targetId: input.fileName.slice(0, 200),
      details: { ...summary },
    });
    return summary;
  });
}
