import "server-only";
import type { Db } from "../client";
import { toJson } from "../json";

/**
 * Stores a story's computed comparison under its key, replacing an older one. Returns false (and stores
 * nothing) when the story is gone: a cache write never fails a read.
 */
export async function saveStoryAnalysis(
  db: Db,
  storyId: string,
  key: string,
  payload: unknown,
  computedAt: Date,
): Promise<boolean> {
  const data = { key, payload: toJson(payload), computedAt };
  try {
    await db.storyAnalysis.upsert({ where: { storyId }, create: { storyId, ...data }, update: data });
    return true;
  } catch (error) {
    // The story was merged away or deleted between the read and this write (foreign key), or a concurrent
    // reader stored the same analysis first (unique id): either way the next read recomputes or hits.
    if (isKnownWriteRace(error)) return false;
    throw error;
  }
}

function isKnownWriteRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2003" || code === "P2002" || code === "P2025";
}
