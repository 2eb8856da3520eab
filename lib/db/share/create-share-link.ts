import "server-only";
import type { Db } from "../client";
import { toJson } from "../json";

export interface ShareLinkInput {
  storyId: string;
  kind: "story" | "compare" | "quote";
  /** Plain JSON: the pinned article versions and the view options. Compared by content for reuse. */
  selection: unknown;
}

export interface SavedShareLink {
  slug: string;
  created: boolean;
}

/** How many of a story's links of one kind are compared for reuse: the lookup stays bounded. */
const MAX_LINKS_COMPARED = 200;

/**
 * Stores a share link, or returns the existing one for the same story, kind and selection (copying the link
 * twice gives one address). `newSlug` is asked again when a slug is already taken.
 */
export async function createShareLink(
  db: Db,
  input: ShareLinkInput,
  newSlug: () => string,
  attempts = 5,
): Promise<SavedShareLink> {
  const wanted = canonicalJson(input.selection);
  const existing = await db.shareLink.findMany({
    where: { storyId: input.storyId, kind: input.kind },
    orderBy: { createdAt: "desc" },
    take: MAX_LINKS_COMPARED,
    select: { slug: true, selection: true },
  });
  const same = existing.find((link) => canonicalJson(link.selection) === wanted);
  if (same) return { slug: same.slug, created: false };
  for (let attempt = 0; attempt < attempts; attempt++) {
    const slug = newSlug();
    const taken = await db.shareLink.findUnique({ where: { slug }, select: { id: true } });
    if (taken) continue;
    await db.shareLink.create({
      data: { slug, storyId: input.storyId, kind: input.kind, selection: toJson(input.selection) },
    });
    return { slug, created: true };
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
