import "server-only";
import { getDbConfig, type Db } from "../client";
import type { DatabaseProvider } from "../config";

/** Bound parameters per statement: under SQLite's limit (32,766) and Postgres's (65,535). */
const MAX_PARAMETERS = 30_000;
/** Rows per statement at most, so one statement's text stays a few megabytes. */
const MAX_ROWS = 500;

/** A table to fill: its name, the columns written, and which of them are Json. */
export interface RowTable<Row> {
  table: string;
  columns: readonly (keyof Row & string)[];
  /** Columns stored as Json: sent as text, cast to jsonb on Postgres. */
  json?: readonly (keyof Row & string)[];
}

/**
 * Multi-row INSERTs of plain rows into one table, a few hundred rows per statement. Dates are bound as Date
 * (each adapter stores them as Prisma does); Json columns as their JSON text. For bulk loads only: Prisma's
 * createMany maps each row through the query compiler, several times slower at this volume.
 */
export async function insertRows(
  db: Db,
  provider: DatabaseProvider,
  spec: TableSpec,
  rows: readonly object[],
): Promise<void> {
  const columns = spec.columns;
  const json = new Set<string>(spec.json ?? []);
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  const head = `INSERT INTO "${spec.table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        const value = (row as Record<string, unknown>)[column];
        values.push(json.has(column) ? JSON.stringify(value ?? null) : (value ?? null));
        if (provider === "sqlite") return "?";
        return json.has(column) ? `$${values.length}::jsonb` : `$${values.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await db.$executeRawUnsafe(head + tuples.join(", "), ...values);
  }
}

interface TableSpec {
  table: string;
  columns: readonly string[];
  json?: readonly string[];
}

/** Rows for one table, checked against its spec: build with `tableRows(spec, rows)`. */
export interface TableRows {
  readonly spec: TableSpec;
  readonly rows: readonly object[];
}

export function tableRows<Row extends object>(spec: RowTable<Row>, rows: readonly Row[]): TableRows {
  return { spec, rows };
}

/**
 * Writes several tables' rows in one transaction, in the order given (parents first): for filling a fresh
 * database with a generated corpus (benchmarks). Nothing here checks for rows that already exist, and every
 * column is written as given (the schema's date and id defaults are Prisma's, not the database's: pass them).
 */
export async function bulkInsert(db: Db, tables: readonly TableRows[]): Promise<void> {
  const provider = getDbConfig().provider;
  await db.$transaction(
    async (txClient) => {
      const tx = txClient as unknown as Db;
      for (const { spec, rows } of tables) await insertRows(tx, provider, spec, rows);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
