import "server-only";
import type { Db } from "../client";
import type { DatabaseConfig } from "../config";
import { readMigrationList } from "../migrations";

export interface DatabaseStatus {
  provider: DatabaseConfig["provider"];
  /** The database answered a query within the time allowed. */
  reachable: boolean;
  /** Committed migrations the database has not applied (empty when current); null when it is unreachable. */
  pendingMigrations: string[] | null;
  /** Why it is not healthy: one line, without credentials. */
  problem: string | null;
  latencyMs: number;
}

const DEFAULT_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One line saying why a query failed; a refused connection surfaces as an AggregateError with no message. */
function describeFailure(error: unknown): string {
  const inner = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  if (!(inner instanceof Error)) return String(inner);
  const code = (inner as { code?: unknown }).code;
  const text = inner.message || (typeof code === "string" ? code : "") || inner.name;
  // Prisma wraps the driver's words: "Invalid `…` invocation: … Message: `Can't reach database server at …`".
  const driver = /Message: `([^`]+)`/.exec(text)?.[1];
  return driver ?? text.split("\n").findLast((line) => line.trim() !== "") ?? text;
}

/**
 * Whether the database answers and has every committed migration applied. Never throws: an unreachable
 * database is a status, not an error. Reads only (never migrates), bounded by `timeoutMs`.
 */
export async function getDatabaseStatus(
  db: Db,
  config: DatabaseConfig,
  options: { timeoutMs?: number; root?: string } = {},
): Promise<DatabaseStatus> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const rows = await withTimeout(
      db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
      ),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = readMigrationList(config.provider, options.root)
      .migrationDirectories.map((directory) => directory.path)
      .filter((name) => !applied.has(name));
    return {
      provider: config.provider,
      reachable: true,
      pendingMigrations: pending,
      problem:
        pending.length > 0 ? `${pending.length} migration(s) not applied: ${pending.join(", ")}` : null,
      latencyMs: elapsed(),
    };
  } catch (error) {
    const message = describeFailure(error);
    const missingTable = /_prisma_migrations/.test(message) && /exist|no such table/i.test(message);
    return {
      provider: config.provider,
      reachable: missingTable,
      pendingMigrations: missingTable
        ? readMigrationList(config.provider, options.root).migrationDirectories.map((d) => d.path)
        : null,
      problem: missingTable
        ? "the database has no migrations applied"
        : `the database does not answer: ${message.replace(/\/\/[^/\s@]*@/g, "//")}`.slice(0, 300),
      latencyMs: elapsed(),
    };
  }
}
