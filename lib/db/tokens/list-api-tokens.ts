import "server-only";
import type { Db } from "../client";
import { apiTokenRowSelect, type ApiTokenRow } from "./api-token-row";

/** All tokens, active ones first, each group newest first. */
export async function listApiTokens(db: Db): Promise<ApiTokenRow[]> {
  const rows = await db.apiToken.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: apiTokenRowSelect,
  });
  return [...rows.filter((r) => !r.revokedAt), ...rows.filter((r) => r.revokedAt)];
}
