import "server-only";
import { findOutletIdBySlug, getDb, inTransaction, recordAudit, saveOutletFacts } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OutletFactKind } from "@/lib/outlets";

export const OUTLET_FACT_ACTION = "outlet.fact";

export interface OutletFactEdit {
  slug: string;
  kind: OutletFactKind;
  /** The fact in stored form (see OutletFactWrite), or null to remove it and its source. */
  value: string | null;
  source: string;
  sourceUrl: string | null;
  asOf: Date;
  actor: string;
  now?: Date;
}

/** An editor sets or clears one fact of an outlet's profile, with its source and date; audited. */
export async function editOutletFact(edit: OutletFactEdit): Promise<void> {
  const db = await getDb();
  const now = edit.now ?? new Date();
  await inTransaction({ db }, async (tx) => {
    const outletId = await findOutletIdBySlug(tx, edit.slug);
    if (!outletId) throw new AppError("NOT_FOUND", "There is no such outlet.");
    const before = await saveOutletFacts(
      tx,
      outletId,
      [
        {
          kind: edit.kind,
          value: edit.value,
          source: edit.source,
          sourceUrl: edit.sourceUrl,
          asOf: edit.asOf,
        },
      ],
      edit.actor,
      now,
    );
    await recordAudit(tx, {
      actor: edit.actor,
      action: OUTLET_FACT_ACTION,
      targetType: "outlet",
      targetId: edit.slug,
      details: {
        kind: edit.kind,
        before: before[edit.kind],
        after: edit.value,
        source: edit.value === null ? null : edit.source,
        sourceUrl: edit.value === null ? null : edit.sourceUrl,
        asOf: edit.value === null ? null : edit.asOf.toISOString().slice(0, 10),
      },
    });
  });
}
