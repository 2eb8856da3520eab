import { z } from "zod";
import { AppError } from "@/lib/errors";

export const STORY_SORTS = ["newest", "covered"] as const;
/** "newest": last publication first; "covered": most articles first, then newest. */
export type StorySort = (typeof STORY_SORTS)[number];

/** Where a page of the story list starts or ends: the sort keys of its boundary story. */
export interface StoryCursor {
  sort: StorySort;
  articleCount: number;
  /** The story's last publication, or its creation when it has no dated article. */
  recency: Date;
  id: string;
}

const cursorSchema = z.tuple([
  z.enum(STORY_SORTS),
  z.number().int().min(0).max(1e9),
  z.number().int().min(-8.64e15).max(8.64e15),
  z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/),
]);

/** An opaque, URL-safe token for a cursor. */
export function encodeCursor(cursor: StoryCursor): string {
  const tuple = [cursor.sort, cursor.articleCount, cursor.recency.getTime(), cursor.id];
  return Buffer.from(JSON.stringify(tuple), "utf8").toString("base64url");
}

/** Reads a token from encodeCursor; a token that is not one, or was made for another sort, is INVALID_INPUT. */
export function decodeCursor(token: string, sort: StorySort): StoryCursor {
  let tuple: unknown;
  try {
    tuple = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    tuple = null;
  }
  const parsed = cursorSchema.safeParse(tuple);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", "The page cursor is not valid: start from the first page.");
  const [cursorSort, articleCount, recency, id] = parsed.data;
  if (cursorSort !== sort)
    throw new AppError(
      "INVALID_INPUT",
      "The page cursor belongs to another sort order: start from the first page.",
    );
  return { sort: cursorSort, articleCount, recency: new Date(recency), id };
}
