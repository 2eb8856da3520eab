import "server-only";
import type { Db } from "../client";
import { toJson } from "../json";

export interface AuditEntry {
  /** Who did it: the editor's name from their session. */
  actor: string;
  /** What was done, e.g. "story.merge", "token.create". */
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/**
 * Adds one audit row and returns its id; call it inside the transaction that makes the change, so the two stand
 * or fall together.
 */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<string> {
  const row = await tx.auditLog.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details === undefined ? undefined : toJson(entry.details),
    },
    select: { id: true },
  });
  return row.id;
}
