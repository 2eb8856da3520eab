import "server-only";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { recordAudit } from "../audit/record-audit";

/** Revokes a token (it stays listed, refused from now on) and audits it; revoking twice is an error. */
export async function revokeApiToken(db: Db, input: { id: string; actor: string; now: Date }): Promise<void> {
  await db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const revoked = await tx.apiToken.updateMany({
      where: { id: input.id, revokedAt: null },
      data: { revokedAt: input.now },
    });
    if (revoked.count === 0)
      throw new AppError("NOT_FOUND", "No such active token: it may already be revoked.");
    const token = await tx.apiToken.findUnique({
      where: { id: input.id },
      select: { name: true, prefix: true },
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: "token.revoke",
      targetType: "ApiToken",
      targetId: input.id,
      details: { name: token?.name, prefix: token?.prefix },
    });
  });
}
