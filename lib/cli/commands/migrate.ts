import { applyPendingMigrations, getDbConfig } from "@/lib/db";
import type { CliIo } from "../output";

export async function runMigrate(_argv: string[], io: CliIo): Promise<number> {
  const config = getDbConfig();
  const applied = await applyPendingMigrations(config);
  const where = config.provider === "sqlite" ? config.url : "PostgreSQL";
  io.out(applied.length === 0 ? `${where}: up to date` : `${where}: applied ${applied.join(", ")}`);
  return 0;
}
