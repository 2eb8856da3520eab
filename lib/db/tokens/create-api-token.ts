import "server-only";
import type { Db } from "../client";
import { recordAudit } from "../audit/record-audit";
import { apiTokenRowSelect, type ApiTokenRow } from "./api-token-row";

/** Stores a new token by its hash (never the secret) and audits it, in one transaction. */
export async function createApiToken(
  db: Db,
  input: { name: string; prefix: string; tokenHash: string; actor: string },
): Promise<ApiTokenRow> {
  return db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const row = await tx.apiToken.create({
      data: { name: input.name, prefix: input.prefix, tokenHash: input.tokenHash, createdBy: input.actor },
      select: apiTokenRowSelect,
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: "token.create",
      targetType: "ApiToken",
      targetId: row.id,
      details: { name: row.name, prefix: row.prefix },
    });
    return row;
  });
}
