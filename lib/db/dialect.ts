import "server-only";
import type { Db } from "./client";
import { getDbConfig } from "./client";

export type SqlDialect = "sqlite" | "postgres";

/**
 * Which SQL the client (or transaction client) speaks, for the few raw statements whose syntax differs.
 * Prisma keeps the provider on every client as `_activeProvider` (not in its public types); the configured
 * provider is the fallback.
 */
export function sqlDialect(db: Db): SqlDialect {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql") return "postgres";
  if (provider === "sqlite") return "sqlite";
  return getDbConfig().provider;
}
