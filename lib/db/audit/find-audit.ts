import "server-only";
import type { Db } from "../client";
import type { AuditRow } from "./list-audit";

/** One audit row by id, or null. */
export async function findAuditRow(db: Db, id: string): Promise<AuditRow | null> {
  return db.auditLog.findUnique({ where: { id } });
}

/** The row that records acting on another audit row (e.g. "story.undo" of an edit), or null. */
export async function findAuditRowAbout(db: Db, action: string, auditId: string): Promise<AuditRow | null> {
  return db.auditLog.findFirst({ where: { action, targetType: "AuditLog", targetId: auditId } });
}

/** The newest `limit` (at most 200) rows of these actions, newest first (ties by id). */
export async function listRecentAuditRows(
  db: Db,
  options: { actions: readonly string[]; limit: number },
): Promise<AuditRow[]> {
  return db.auditLog.findMany({
    where: { action: { in: [...options.actions] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(1, Math.min(options.limit, 200)),
  });
}

/** The audit actions of editors' story edits, which an undo can reverse. */
export const STORY_EDIT_ACTIONS = ["story.move", "story.merge", "story.split"] as const;
/** The audit action of an undo; its target is the audit row of the edit it reversed. */
export const STORY_UNDO_ACTION = "story.undo";
