import { existsSync, readFileSync } from "node:fs";
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

/**
 * The seed articles' bodies as the app stores them (paragraphs separated by a blank line, furniture and
 * "Advert" lines gone), cut from the shared files by their documented first and last lines, so tests of the
 * pure modules need not run extraction. Read at run time: the seed text stays in ../shared.
 */
export function seedBodies(): { joeHeadline: string; joeBody: string; otherBody: string } {
  assertSeedsPresent();
  const lines = (file: string) =>
    readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  const joe = lines(JOE_SEED);
  const first = joe.findIndex((l) => l.startsWith("Russian President Vladimir Putin has invited"));
  const last = joe.findIndex((l) => l.endsWith("by occupying Crimea and invading Ukraine."));
  const other = lines(OUTLET_B_SEED).filter((l) => l !== "Advert" && !l.startsWith("Topics:"));
  return {
    joeHeadline: "Putin threatens to strike Western troops in Ukraine",
    joeBody: joe.slice(first, last + 1).join("\n\n"),
    otherBody: other.join("\n\n"),
  };
}
