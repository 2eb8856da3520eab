import "server-only";
import type { DatePrecision } from "@/lib/domain";
import type { Db } from "../client";

export interface StoryDerivedInput {
  /** The automatic title and the outlet whose headline it is; kept off a story an editor named. */
  title: string;
  titleOutlet: string | null;
  articleCount: number;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  firstPublishedAtPrecision: DatePrecision;
  lastPublishedAtPrecision: DatePrecision;
  /** Every member is a demo article (a story with a real article is real). */
  demo: boolean;
  quoteGroups: { key: string; speaker: string | null; quotationIds: string[] }[];
  /** Each quotation's current group, as loaded: groups whose membership is unchanged are not rewritten. */
  currentGroupOf: ReadonlyMap<string, string | null>;
}

/**
 * Writes what is computed from a story's members: headline (unless an editor named the story), counts, dates and quote groups. Groups are keyed
 * by a deterministic key, so a group that survives a recomputation keeps its id (and share links to it).
 */
export async function saveStoryDerived(db: Db, storyId: string, input: StoryDerivedInput): Promise<void> {
  await db.$transaction((txClient) => writeStoryDerived(txClient as unknown as Db, storyId, input));
}

/** `saveStoryDerived` inside the caller's transaction. */
export async function writeStoryDerived(tx: Db, storyId: string, input: StoryDerivedInput): Promise<void> {
  await tx.story.update({
    where: { id: storyId },
    data: {
      articleCount: input.articleCount,
      firstPublishedAt: input.firstPublishedAt,
      lastPublishedAt: input.lastPublishedAt,
      firstPublishedAtPrecision: input.firstPublishedAtPrecision,
      lastPublishedAtPrecision: input.lastPublishedAtPrecision,
      demo: input.demo,
    },
  });
  // An editor's title stays until an editor resets it: the condition is in the write, so no refresh overrides it.
  await tx.story.updateMany({
    where: { id: storyId, titleByEditor: false },
    data: { title: input.title, titleOutlet: input.titleOutlet },
  });
  const keys = new Set(input.quoteGroups.map((g) => g.key));
  const stored = await tx.quoteGroup.findMany({
    where: { storyId },
    select: { id: true, key: true, speaker: true, referenceQuotationId: true, variantCount: true },
  });
  // Read first, so the groups that went away are deleted only when there are any (most refreshes have none).
  const gone = stored.filter((g) => !keys.has(g.key)).map((g) => g.id);
  if (gone.length > 0) await tx.quoteGroup.deleteMany({ where: { id: { in: gone } } });
  const existing = new Map(stored.filter((g) => keys.has(g.key)).map((g) => [g.key, g]));
  for (const group of input.quoteGroups) {
    const known = existing.get(group.key);
    const unchanged =
      known !== undefined &&
      known.speaker === group.speaker &&
      known.referenceQuotationId === (group.quotationIds[0] ?? null) &&
      known.variantCount === group.quotationIds.length &&
      group.quotationIds.every((id) => input.currentGroupOf.get(id) === known.id);
    // Most refreshes add one article: rewriting only the groups it touched keeps the cost per article flat.
    if (unchanged) continue;
    const saved = await tx.quoteGroup.upsert({
      where: { storyId_key: { storyId, key: group.key } },
      create: {
        storyId,
        key: group.key,
        speaker: group.speaker,
        referenceQuotationId: group.quotationIds[0] ?? null,
        variantCount: group.quotationIds.length,
      },
      update: {
        speaker: group.speaker,
        referenceQuotationId: group.quotationIds[0] ?? null,
        variantCount: group.quotationIds.length,
      },
      select: { id: true },
    });
    await tx.quotation.updateMany({
      where: { id: { in: group.quotationIds } },
      data: { groupId: saved.id },
    });
  }
}
