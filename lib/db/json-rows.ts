import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "./client";
import { sqlDialect } from "./dialect";

/**
 * Strings as one JSON array parameter, expanded to rows of one column ("value") in SQL: the statement text is
 * the same whatever the count (hundreds of placeholders, or a row each through Prisma, cost more to parse,
 * bind and map than the write itself).
 */
export function jsonTextRows(db: Db, values: readonly string[]): Prisma.Sql {
  const json = JSON.stringify(values);
  return sqlDialect(db) === "postgres"
    ? Prisma.sql`SELECT "value" FROM json_array_elements_text(${json}::json) AS t("value")`
    : Prisma.sql`SELECT "value" FROM json_each(${json})`;
}

/** A timestamp parameter typed for the target column (Postgres does not infer it from an INSERT's SELECT). */
export function timestampParam(db: Db, at: Date): Prisma.Sql {
  return sqlDialect(db) === "postgres" ? Prisma.sql`${at}::timestamp(3)` : Prisma.sql`${at}`;
}

/** A JSON value as a parameter for a Json column (PostgreSQL's jsonb takes it only typed). */
export function jsonParam(db: Db, value: unknown): Prisma.Sql {
  const json = JSON.stringify(value);
  return sqlDialect(db) === "postgres" ? Prisma.sql`${json}::jsonb` : Prisma.sql`${json}`;
}
