import "server-only";
import type { Db } from "../client";

/** A profile fact's kind as stored: OutletFact.kind, and the Outlet column that holds its value. */
export type OutletFactKind = "country" | "languages" | "type";

/** One fact to record: its value (null removes the fact) and where it comes from. */
export interface OutletFactWrite {
  kind: OutletFactKind;
  /** country: ISO code; languages: codes joined by a space; type: a scheme value. Null clears the fact. */
  value: string | null;
  source: string;
  sourceUrl: string | null;
  asOf: Date;
}

export interface OutletFactValues {
  country: string | null;
  languages: string | null;
  type: string | null;
}

const COLUMN = { country: "country", languages: "languages", type: "ownershipType" } as const;

/**
 * Writes facts to an outlet: each value onto the Outlet row and its source and date into OutletFact (a cleared
 * fact loses both). Returns the values before the change, for the audit log. Call it inside a transaction.
 */
export async function saveOutletFacts(
  tx: Db,
  outletId: string,
  facts: readonly OutletFactWrite[],
  recordedBy: string,
  now: Date,
): Promise<OutletFactValues> {
  const before = await tx.outlet.findUniqueOrThrow({
    where: { id: outletId },
    select: { country: true, languages: true, ownershipType: true },
  });
  const data: Record<string, string | null | Date> = { factsUpdatedAt: now };
  for (const fact of facts) {
    data[COLUMN[fact.kind]] = fact.value;
    const key = { outletId_kind: { outletId, kind: fact.kind } };
    if (fact.value === null) {
      await tx.outletFact.deleteMany({ where: { outletId, kind: fact.kind } });
      continue;
    }
    const provenance = {
      source: fact.source,
      sourceUrl: fact.sourceUrl,
      asOf: fact.asOf,
      recordedBy,
      recordedAt: now,
    };
    await tx.outletFact.upsert({
      where: key,
      create: { outletId, kind: fact.kind, ...provenance },
      update: provenance,
    });
  }
  await tx.outlet.update({ where: { id: outletId }, data });
  return { country: before.country, languages: before.languages, type: before.ownershipType };
}

/** The outlet a list's row names: by its slug, else its domain, else its name's slug; null when none is stored. */
export async function findOutletForListRow(
  db: Db,
  row: { slug: string | null; domain: string | null; nameSlug: string },
): Promise<{ id: string; slug: string } | null> {
  const select = { id: true, slug: true } as const;
  if (row.slug) return db.outlet.findUnique({ where: { slug: row.slug }, select });
  if (row.domain) {
    const byDomain = await db.outlet.findUnique({ where: { domain: row.domain }, select });
    if (byDomain) return byDomain;
  }
  return db.outlet.findUnique({ where: { slug: row.nameSlug }, select });
}

export async function findOutletIdBySlug(db: Db, slug: string): Promise<string | null> {
  const row = await db.outlet.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}
