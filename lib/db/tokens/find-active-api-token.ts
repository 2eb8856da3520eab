import "server-only";
import type { Db } from "../client";

/**
 * The active token with this hash, stamped as used now; null for an unknown or revoked one. The stamp is
 * written at most once a minute per token, so a busy client does not turn every request into a write.
 */
export async function findActiveApiToken(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ id: string; name: string } | null> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, name: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= 60_000)
    await db.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { lastUsedAt: now } });
  return { id: token.id, name: token.name };
}
