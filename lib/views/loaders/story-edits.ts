import "server-only";
import {
  findStoriesByTitle,
  getDb,
  listRecentAuditRows,
  STORY_EDIT_ACTIONS,
  STORY_UNDO_ACTION,
} from "@/lib/db";

export interface StoryEditView {
  /** The audit row: what an undo names. */
  auditId: string;
  action: string;
  actor: string;
  /** The edit in words, as recorded ("Moved “X” from “A” to “B”."). */
  summary: string;
  at: string;
  /** An edit that can be offered for undo: not an undo itself and not undone yet. */
  undoable: boolean;
}

export interface StoryChoice {
  id: string;
  title: string;
  articleCount: number;
  lastPublishedAt: string | null;
}

/** How far back the story page looks for its last edit: the newest edits site-wide, not the whole log. */
const RECENT_EDITS = 200;
const STORY_ID_KEYS = ["fromStoryId", "toStoryId", "intoStoryId", "newStoryId"];

function detailsOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function involves(details: Record<string, unknown>, storyId: string): boolean {
  if (STORY_ID_KEYS.some((key) => details[key] === storyId)) return true;
  return Array.isArray(details.storyIds) && details.storyIds.includes(storyId);
}

/**
 * The newest editor's change that touched this story (a move, merge, split or undo) among the latest edits
 * site-wide, or null. An edit is undoable until it is undone; whether the stories still allow it is checked when
 * the undo runs.
 */
export async function getLastStoryEdit(storyId: string): Promise<StoryEditView | null> {
  const rows = await listRecentAuditRows(await getDb(), {
    actions: [...STORY_EDIT_ACTIONS, STORY_UNDO_ACTION],
    limit: RECENT_EDITS,
  });
  const undone = new Set(rows.filter((r) => r.action === STORY_UNDO_ACTION).map((r) => r.targetId));
  const row = rows.find((r) => involves(detailsOf(r.details), storyId));
  if (!row) return null;
  const summary = detailsOf(row.details).summary;
  return {
    auditId: row.id,
    action: row.action,
    actor: row.actor,
    summary: typeof summary === "string" ? summary : row.action,
    at: row.createdAt.toISOString(),
    undoable: row.action !== STORY_UNDO_ACTION && !undone.has(row.id),
  };
}

/** Live stories other than `excludeId` whose title has every word of `query` (or whose id it is), best first. */
export async function findStoryChoices(query: string, excludeId?: string): Promise<StoryChoice[]> {
  const rows = await findStoriesByTitle(await getDb(), { query, excludeId, limit: 8 });
  return rows.map((row) => ({ ...row, lastPublishedAt: row.lastPublishedAt?.toISOString() ?? null }));
}
