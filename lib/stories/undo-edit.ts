import "server-only";
import {
  findArticlePlacement,
  findAuditRow,
  findAuditRowAbout,
  findStoryState,
  markStoriesEdited,
  placeArticlesInStory,
  recordAudit,
  reviveStory,
  STORY_EDIT_ACTIONS,
  STORY_UNDO_ACTION,
  type Db,
  type StoryState,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyEdit, liveStory, quoted, type EditChange } from "./apply-edit";

type Details = Record<string, unknown>;
const text = (d: Details, key: string): string => (typeof d[key] === "string" ? d[key] : "");
const texts = (d: Details, key: string): string[] =>
  Array.isArray(d[key]) ? d[key].filter((v): v is string => typeof v === "string") : [];

/**
 * Reverses one story edit, named by its audit row, if the stories still allow it; audited as "story.undo".
 * A move moves the article back (bringing back the story it left if the move emptied it); a merge splits the
 * merged articles still there back into their original story, with its share links and redirects; a split folds
 * the new story back into the one it came from. An edit is undone at most once; when later edits changed what it
 * touched, the undo does what still applies or says why it cannot.
 */
export async function undoStoryEdit(input: { actor: string; auditId: string }) {
  return applyEdit(async (tx, now) => {
    const row = await findAuditRow(tx, input.auditId);
    if (!row || !(STORY_EDIT_ACTIONS as readonly string[]).includes(row.action))
      throw new AppError("NOT_FOUND", "There is no such story edit to undo.");
    if (await findAuditRowAbout(tx, STORY_UNDO_ACTION, row.id))
      throw new AppError("CONFLICT", "That edit was already undone.");
    const details: Details =
      typeof row.details === "object" && row.details !== null && !Array.isArray(row.details)
        ? (row.details as Details)
        : {};
    const change =
      row.action === "story.move"
        ? await undoMove(tx, details, now)
        : row.action === "story.merge"
          ? await undoMerge(tx, details, now)
          : await undoSplit(tx, details, now);
    const auditId = await recordAudit(tx, {
      actor: input.actor,
      action: STORY_UNDO_ACTION,
      targetType: "AuditLog",
      targetId: row.id,
      details: {
        summary: change.result.message,
        undoneAction: row.action,
        undoneSummary: text(details, "summary"),
        storyIds: change.result.affected,
      },
    });
    return { ...change, result: { ...change.result, auditId } };
  });
}

/** A story folded away earlier: back to life when it was folded into `holderId`, else a conflict. */
async function revivable(tx: Db, storyId: string, holderId: string, role: string): Promise<StoryState> {
  const story = await findStoryState(tx, storyId);
  if (!story) throw new AppError("NOT_FOUND", `The ${role} story no longer exists.`);
  if (story.mergedIntoId && story.mergedIntoId !== holderId)
    throw new AppError(
      "CONFLICT",
      `${quoted(story.title)} was merged into another story since; move the articles by hand.`,
    );
  return story;
}

async function undoMove(tx: Db, d: Details, now: Date): Promise<EditChange> {
  const articleId = text(d, "articleId");
  const toId = text(d, "toStoryId");
  const placement = await findArticlePlacement(tx, articleId);
  if (!placement) throw new AppError("NOT_FOUND", "The moved article no longer exists.");
  if (placement.storyId !== toId)
    throw new AppError(
      "CONFLICT",
      `${quoted(placement.title)} has been moved again since; nothing to undo here.`,
    );
  const to = await liveStory(tx, toId, "target");
  const from = await revivable(tx, text(d, "fromStoryId"), to.id, "original");
  if (from.mergedIntoId)
    await reviveStory(tx, {
      storyId: from.id,
      holderId: to.id,
      at: now,
      shareLinkIds: texts(d, "shareLinkIds"),
      redirectedStoryIds: texts(d, "redirectedStoryIds"),
    });
  await placeArticlesInStory(tx, { articleIds: [articleId], storyId: from.id });
  await markStoriesEdited(tx, { storyIds: [from.id], at: now, pinMembers: true });
  await markStoriesEdited(tx, { storyIds: [to.id], at: now, pinMembers: false });
  const emptied = to.articleIds.length === 1 ? [to.id] : [];
  return {
    result: {
      storyId: from.id,
      affected: emptied.length ? [from.id] : [from.id, to.id],
      message: `Undid the move: ${quoted(placement.title)} is back in ${quoted(from.title)}.`,
      auditId: "",
    },
    emptied,
  };
}

async function undoMerge(tx: Db, d: Details, now: Date): Promise<EditChange> {
  const into = await liveStory(tx, text(d, "intoStoryId"), "merged");
  const from = await revivable(tx, text(d, "fromStoryId"), into.id, "original");
  if (!from.mergedIntoId)
    throw new AppError("CONFLICT", `${quoted(from.title)} is a story of its own already.`);
  const here = new Set(into.articleIds);
  const back = texts(d, "articleIds").filter((id) => here.has(id));
  if (back.length === 0)
    throw new AppError(
      "CONFLICT",
      `None of the articles merged from ${quoted(from.title)} are still here; nothing to split back.`,
    );
  if (back.length === into.articleIds.length)
    throw new AppError(
      "CONFLICT",
      `Every article left in ${quoted(into.title)} came from ${quoted(from.title)}; nothing would be left.`,
    );
  await reviveStory(tx, {
    storyId: from.id,
    holderId: into.id,
    at: now,
    shareLinkIds: texts(d, "shareLinkIds"),
    redirectedStoryIds: texts(d, "redirectedStoryIds"),
  });
  await placeArticlesInStory(tx, { articleIds: back, storyId: from.id });
  await markStoriesEdited(tx, { storyIds: [into.id, from.id], at: now, pinMembers: true });
  return {
    result: {
      storyId: from.id,
      affected: [into.id, from.id],
      message: `Undid the merge: ${quoted(from.title)} is a story of its own again, with ${back.length === 1 ? "1 article" : `${back.length} articles`}.`,
      auditId: "",
    },
    emptied: [],
  };
}

async function undoSplit(tx: Db, d: Details, now: Date): Promise<EditChange> {
  const split = await liveStory(tx, text(d, "newStoryId"), "split-off");
  const original = await liveStory(tx, text(d, "fromStoryId"), "original");
  await placeArticlesInStory(tx, { articleIds: split.articleIds, storyId: original.id });
  await markStoriesEdited(tx, { storyIds: [original.id], at: now, pinMembers: true });
  const count = split.articleIds.length;
  return {
    result: {
      storyId: original.id,
      affected: [original.id],
      message: `Undid the split: ${count === 1 ? "1 article is" : `${count} articles are`} back in ${quoted(original.title)}.`,
      auditId: "",
    },
    // The split-off story is folded back, so its address leads to the original again.
    emptied: [split.id],
  };
}
