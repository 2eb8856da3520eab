import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../client";
import { isUniqueViolation } from "../ingest/unique-violation";
import { toJson } from "../json";

export interface ShareLinkInput {
  storyId: string;
  kind: "story" | "compare" | "quote";
  /** Plain JSON: the pinned article versions and the view options. Compared by content (hashed) for reuse. */
  selection: unknown;
}

export interface SavedShareLink {
  slug: string;
  created: boolean;
}

/**
 * Stores a share link, or returns the existing one for the same story, kind and selection (copying the link
 * twice gives one address, however many links exist): links are filed under a hash of the three, unique, so
 * concurrent requests for the same selection also end with one row. `newSlug` is asked again when a slug is
 * already taken.
 */
export async function createShareLink(
  db: Db,
  input: ShareLinkInput,
  newSlug: () => string,
  attempts = 5,
): Promise<SavedShareLink> {
  const selectionHash = createHash("sha256")
    .update(JSON.stringify([input.storyId, input.kind, canonicalJson(input.selection)]))
    .digest("base64url");
  const find = () => db.shareLink.findUnique({ where: { selectionHash }, select: { slug: true } });
  const existing = await find();
  if (existing) return { slug: existing.slug, created: false };
  for (let attempt = 0; attempt < attempts; attempt++) {
    const slug = newSlug();
    try {
      await db.shareLink.create({
        data: {
          slug,
          selectionHash,
          storyId: input.storyId,
          kind: input.kind,
          selection: toJson(input.selection),
        },
      });
      return { slug, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either another request stored this selection first, or the slug is taken: find out which.
      const stored = await find();
      if (stored) return { slug: stored.slug, created: false };
    }
  }
  throw new Error(`createShareLink: no free slug after ${attempts} attempts`);
}

/** JSON text with object keys sorted: Postgres' jsonb reorders keys, so stored and wanted compare by content. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
