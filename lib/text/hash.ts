import { createHash } from "node:crypto";

/** Stable identity of a body: the SHA-256 of its normalised text, so whitespace-only edits are not new versions. */
export function contentHash(normalizedText: string): string {
  return createHash("sha256").update(normalizedText, "utf8").digest("hex");
}
