import "server-only";
import type { Db } from "../client";
import type { SeedOutletRow } from "./insert-seed-rows";

/** Writes the outlets of a generated corpus (before its articles). */
export async function insertSeedOutlets(db: Db, outlets: readonly SeedOutletRow[]): Promise<void> {
  await db.outlet.createMany({ data: [...outlets] });
}
