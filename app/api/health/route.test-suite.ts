import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";

type Get = () => Promise<Response>;

/** GET /api/health on a fresh, migrated database. */
export function describeHealth(provider: TestProvider): void {
  describe(`GET /api/health on ${provider}`, () => {
    useTestDatabase(provider);
    let GET: Get;

    beforeAll(async () => {
      const { getDb } = await import("@/lib/db");
      await getDb(); // migrates, as the app does on start
      ({ GET } = await import("./route"));
    });

    it("answers 200 with the version, the database reachable and its migrations current", async () => {
      const response = await GET();
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({
        status: "ok",
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        uptimeSeconds: expect.any(Number),
        database: {
          provider,
          reachable: true,
          migrationsCurrent: true,
          pendingMigrations: [],
          latencyMs: expect.any(Number),
        },
      });
    });

    it("answers 503 naming the migrations a database lacks", async () => {
      const { getDbClient } = await import("@/lib/db");
      const db = getDbClient();
      const [latest] = await db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1',
      );
      await db.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET "migration_name" = 'hidden' WHERE "migration_name" = '${latest!.migration_name}'`,
      );
      try {
        const response = await GET();
        expect(response.status).toBe(503);
        const body = await response.json();
        expect(body).toMatchObject({
          status: "unavailable",
          database: {
            reachable: true,
            migrationsCurrent: false,
            pendingMigrations: [latest!.migration_name],
          },
          error: { code: "UNAVAILABLE", message: expect.stringContaining("1 migration(s) not applied") },
        });
      } finally {
        await db.$executeRawUnsafe(
          `UPDATE "_prisma_migrations" SET "migration_name" = '${latest!.migration_name}' WHERE "migration_name" = 'hidden'`,
        );
      }
    });
  });
}
