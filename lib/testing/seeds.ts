import { existsSync } from "node:fs";
import path from "node:path";

/** The shared seed pair, read in place from ../shared (never copied into the repo). */
export const SEEDS_DIR = path.resolve(__dirname, "..", "..", "..", "shared", "fixtures", "seeds");
export const JOE_SEED = path.join(SEEDS_DIR, "000_d9b0784d0bac88d8.txt");
export const OUTLET_B_SEED = path.join(SEEDS_DIR, "002_0388a65b6b848903.txt");

export function assertSeedsPresent(): void {
  if (!existsSync(JOE_SEED) || !existsSync(OUTLET_B_SEED)) {
    throw new Error(`The seed articles are expected at ${SEEDS_DIR} (the shared folder beside the repo).`);
  }
}

/** Page furniture from fixtures/seeds/README.md that must never reach a stored body. */
export const SEED_FURNITURE = [
  "Search icon",
  "05th Sep 2025",
  "Topics:",
  "RELATED ARTICLES",
  "MORE FROM JOE",
  "By Sammi Minion",
  "By Harry Warner",
  "Load more stories",
  "Advert",
];
