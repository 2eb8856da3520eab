import "server-only";
import type { DatePrecision } from "@/lib/domain";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";
import { jsonTextRows, timestampParam } from "../json-rows";

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
  const at = (date: Date | null) => (date === null ? Prisma.sql`NULL` : timestampParam(tx, date));
  // One statement of constant text for the story row (counts, dates, automatic title): Prisma's update and
  // updateMany cost several times the write, and this runs for every article stored. An editor's title
  // stays until an editor resets it: the condition is in the write, so no refresh overrides it.
  const changed =
    await tx.$executeRaw`UPDATE "Story" SET "articleCount" = ${input.articleCount}, "firstPublishedAt" = ${at(input.firstPublishedAt)}, "lastPublishedAt" = ${at(input.lastPublishedAt)}, "firstPublishedAtPrecision" = ${input.firstPublishedAtPrecision}, "lastPublishedAtPrecision" = ${input.lastPublishedAtPrecision}, "demo" = ${input.demo}, "updatedAt" = ${timestampParam(tx, new Date())}, "title" = CASE WHEN "titleByEditor" THEN "title" ELSE ${input.title} END, "titleOutlet" = CASE WHEN "titleByEditor" THEN "titleOutlet" ELSE ${input.titleOutlet} END WHERE "id" = ${storyId}`;
  if (changed === 0) throw new Error(`story ${storyId} not found`);
  const keys = new Set(input.quoteGroups.map((g) => g.key));
  const stored = (
    await tx.$queryRaw<
      {
        id: string;
        key: string;
        speaker: string | null;
        referenceQuotationId: string | null;
        variantCount: number | bigint;
      }[]
    >`SELECT "id", "key", "speaker", "referenceQuotationId", "variantCount" FROM "QuoteGroup" WHERE "storyId" = ${storyId}`
  ).map((g) => ({ ...g, variantCount: Number(g.variantCount) }));
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
    const groupId = await saveGroup(tx, storyId, known?.id ?? null, group);
    await tx.$executeRaw`UPDATE "Quotation" SET "groupId" = ${groupId} WHERE "id" IN (${jsonTextRows(tx, group.quotationIds)})`;
  }
}

/**
 * A group's row: one already stored is rewritten by a statement of constant text (Prisma's update cost several
 * times the write); a new one is created through Prisma, which gives its id. Returns the group's id.
 */
async function saveGroup(
  tx: Db,
  storyId: string,
  knownId: string | null,
  group: StoryDerivedInput["quoteGroups"][number],
): Promise<string> {
  const fields = {
    speaker: group.speaker,
    referenceQuotationId: group.quotationIds[0] ?? null,
    variantCount: group.quotationIds.length,
  };
  if (knownId !== null) {
    await tx.$executeRaw`UPDATE "QuoteGroup" SET "speaker" = ${fields.speaker}, "referenceQuotationId" = ${fields.referenceQuotationId}, "variantCount" = ${fields.variantCount} WHERE "id" = ${knownId}`;
    return knownId;
  }
  const created = await tx.quoteGroup.upsert({
    where: { storyId_key: { storyId, key: group.key } },
    create: { storyId, key: group.key, ...fields },
    update: fields,
    select: { id: true },
  });
  return created.id;
}
