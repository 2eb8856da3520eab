import "server-only";
import { getDb, listAuditRows } from "@/lib/db";

export interface AuditEntryView {
  id: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
  createdAt: string;
}

export const AUDIT_PAGE_SIZE = 50;

/** One page (from 1) of the audit log, newest first. */
export async function listAuditLog(page: number): Promise<{ entries: AuditEntryView[]; pageCount: number }> {
  const { rows, total } = await listAuditRows(await getDb(), {
    limit: AUDIT_PAGE_SIZE,
    offset: (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE,
  });
  return {
    entries: rows.map((row) => ({
      ...row,
      details:
        typeof row.details === "object" && row.details !== null && !Array.isArray(row.details)
          ? (row.details as Record<string, unknown>)
          : {},
      createdAt: row.createdAt.toISOString(),
    })),
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
