import "server-only";
import type { Db } from "../client";

export interface AuditRow {
  id: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  details: unknown;
  createdAt: Date;
}

/** Audit rows, newest first (ties by id), `limit` (at most 200) after skipping `offset`. */
export async function listAuditRows(
  db: Db,
  options: { limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: Math.max(1, Math.min(options.limit, 200)),
      skip: Math.max(0, options.offset),
    }),
    db.auditLog.count(),
  ]);
  return { rows, total };
}
