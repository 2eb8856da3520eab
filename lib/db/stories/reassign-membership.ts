import "server-only";
import type { MembershipEvidence } from "@/lib/domain";
import type { Db } from "../client";
import { toJson } from "../json";

/**
 * Puts an article in a story as clustering decided (inside the caller's transaction), with the score and shared
 * terms that explain it; creates the membership when the article had none. Never touches an editor's placement.
 */
export async function reassignMembership(
  tx: Db,
  input: MembershipEvidence & { articleId: string; storyId: string },
): Promise<void> {
  const reasons = toJson({ sharedTerms: input.sharedTerms, sharedEntities: input.sharedEntities });
  const updated = await tx.storyMembership.updateMany({
    where: { articleId: input.articleId, setByEditor: false },
    data: { storyId: input.storyId, score: input.score, reasons },
  });
  if (
    updated.count === 0 &&
    !(await tx.storyMembership.findUnique({ where: { articleId: input.articleId } }))
  )
    await tx.storyMembership.create({
      data: { articleId: input.articleId, storyId: input.storyId, score: input.score, reasons },
    });
}
