import { describe, expect, it } from "vitest";

describe("GET /api/health with the database away", () => {
  it("answers 503 with a clear JSON body, and no credentials in it", async () => {
    // Nothing listens on port 1 of the loopback: the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://parallax:hunter2@127.0.0.1:1/parallax";
    const { GET } = await import("./route");
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "unavailable",
      database: { provider: "postgres", reachable: false, migrationsCurrent: false, pendingMigrations: null },
      error: {
        code: "DATABASE_UNAVAILABLE",
        message: expect.stringMatching(/^the database does not answer: \S/),
      },
    });
    expect(JSON.stringify(body)).not.toContain("hunter2");
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
  });
});
