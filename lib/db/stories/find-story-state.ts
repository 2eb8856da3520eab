import "server-only";
import type { Db } from "../client";

export interface StoryState {
  id: string;
  title: string;
  /** An editor named the story (its title survives refreshes). */
  titleByEditor: boolean;
  language: string | null;
  mergedIntoId: string | null;
  editedAt: Date | null;
  /** Member article ids, in id order. */
  articleIds: string[];
}

/** A story's identity and members, for validating an edit; null when there is no such story. */
export async function findStoryState(db: Db, storyId: string): Promise<StoryState | null> {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      title: true,
      titleByEditor: true,
      language: true,
      mergedIntoId: true,
      editedAt: true,
      memberships: { select: { articleId: true }, orderBy: { articleId: "asc" } },
    },
  });
  if (!story) return null;
  const { memberships, ...rest } = story;
  return { ...rest, articleIds: memberships.map((m) => m.articleId) };
}

/** The story an article is in now, with its title; null for an unknown article. */
export async function findArticlePlacement(
  db: Db,
  articleId: string,
): Promise<{ articleId: string; title: string; storyId: string | null } | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, membership: { select: { storyId: true } } },
  });
  return article
    ? { articleId: article.id, title: article.title, storyId: article.membership?.storyId ?? null }
    : null;
}
