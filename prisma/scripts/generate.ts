import { execFileSync } from "node:child_process";
import path from "node:path";

/*
 * Generates the SQLite and Postgres clients. `prisma generate` does not run the schema engine, but the CLI tries
 * to download it first unless PRISMA_SCHEMA_ENGINE_BINARY names an executable; any one will do.
 */
const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
for (const provider of ["sqlite", "postgres"]) {
  execFileSync(prismaBin, ["generate", "--schema", `prisma/schema.${provider}.prisma`], {
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
