import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgres";

export interface DatabaseConfig {
  provider: DatabaseProvider;
  /** For SQLite, an absolute file path (or ":memory:"); for Postgres, the connection string. */
  url: string;
}

export const DEFAULT_SQLITE_FILE = path.join("data", "parallax.db");

/** Which database a DATABASE_URL names: postgres(ql):// is PostgreSQL, anything else (or nothing) a SQLite file. */
export function resolveDatabaseConfig(
  databaseUrl: string | undefined,
  cwd: string = process.cwd(),
): DatabaseConfig {
  const url = databaseUrl?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { provider: "postgres", url };
  const file = url ? url.replace(/^file:/, "") : DEFAULT_SQLITE_FILE;
  if (file === ":memory:") return { provider: "sqlite", url: file };
  return { provider: "sqlite", url: path.resolve(cwd, file) };
}
