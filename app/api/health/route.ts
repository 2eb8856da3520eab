import { NextResponse } from "next/server";
import packageJson from "@/package.json";
import { DATABASE_RETRY_AFTER_SECONDS, getDatabaseStatus, getDbClient, getDbConfig } from "@/lib/db";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

const startedAt = Date.now();

/**
 * GET /api/health, for load balancers and monitors: 200 `{ status: "ok", … }` when the database answers and has
 * every migration applied; 503 `{ status: "unavailable", error: { code, message }, … }` otherwise (the error in
 * the API's one shape). It reads only and never migrates; the app recovers by itself when the database returns.
 */
export async function GET(): Promise<NextResponse> {
  const config = getDbConfig();
  const database = await getDatabaseStatus(getDbClient(), config);
  const healthy = database.reachable && database.pendingMigrations?.length === 0;
  const body = {
    status: healthy ? "ok" : "unavailable",
    version: packageJson.version,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    database: {
      provider: database.provider,
      reachable: database.reachable,
      migrationsCurrent: database.pendingMigrations?.length === 0,
      pendingMigrations: database.pendingMigrations,
      latencyMs: database.latencyMs,
    },
    ...(healthy
      ? {}
      : {
          error: {
            // Away (DATABASE_UNAVAILABLE) or there but not migrated (UNAVAILABLE), in the API's codes.
            code: database.reachable ? "UNAVAILABLE" : "DATABASE_UNAVAILABLE",
            message: database.problem ?? "the database is not ready",
          },
        }),
  };
  if (!healthy)
    log("health").warn({ database: body.database, problem: database.problem }, "health check failed");
  return NextResponse.json(body, {
    status: healthy ? 200 : 503,
    headers: {
      "Cache-Control": "no-store",
      ...(healthy ? {} : { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) }),
    },
  });
}
