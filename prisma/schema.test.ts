import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaChangeSql, snapshotPath } from "@/lib/db/migrations";
import { derivePostgresSchema } from "./scripts/derive-schema";

const root = path.resolve(__dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

describe("prisma schemas", () => {
  it("keeps the Postgres schema identical to the SQLite one but for the provider lines", () => {
    const sqlite = read("prisma/schema.sqlite.prisma");
    const postgres = read("prisma/schema.postgres.prisma");
    expect(postgres).toBe(derivePostgresSchema(sqlite));
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).not.toBe(sqlite);
  });

  it("has committed migrations for the current schema (run npm run db:new-migration after editing it)", async () => {
    const sqlite = read("prisma/schema.sqlite.prisma");
    expect(readFileSync(snapshotPath(root), "utf8")).toBe(sqlite);
    expect(await schemaChangeSql({ provider: "sqlite", url: ":memory:" }, sqlite, root)).toBe("");
  });
});
