import "server-only";
import type { ArticleDraft, MembershipEvidence } from "@/lib/domain";
import type { Db } from "../client";
import { toJson } from "../json";
import { jsonParam, timestampParam } from "../json-rows";
import { absorbStories } from "../stories/merge-stories";
import { replaceStoryKeys } from "../stories/story-keys";
import { createVersionWithQuotations } from "./create-version";
import { incrementDocumentFrequencies } from "../stories/corpus-stats";
import { upsertOutlet } from "../outlets/upsert-outlet";

/** An article draft to store, with its clustering profile and the story clustering assigned it to. */
export interface NewArticleInput extends ArticleDraft {
  fetchedAt: Date;
  profile: unknown;
  /** The story to join (id) or to create (null), with its profile after this article joins. */
  story: { id: string | null; title: string; language: string | null; profile: unknown };
  /** The index keys to post the story under after this article joins (they replace the old ones). */
  storyKeys: string[];
  /** Stories found to be the same as the joined one: folded into it in the same transaction. */
  absorbedStoryIds: string[];
  membership: MembershipEvidence;
}

export interface SavedArticle {
  articleId: string;
  versionId: string;
  storyId: string;
}

/**
 * Stores a new article with its first version, quotations, corpus statistics and story membership in one
 * transaction: a failure leaves nothing half-written.
 */
export async function saveNewArticle(db: Db, input: NewArticleInput): Promise<SavedArticle> {
  return db.$transaction((txClient) => writeNewArticle(txClient as unknown as Db, input));
}

/** `saveNewArticle` inside the caller's transaction, for callers that write more in the same one. */
export async function writeNewArticle(tx: Db, input: NewArticleInput): Promise<SavedArticle> {
  const outletId = await upsertOutlet(tx, input.outlet);
  const article = await tx.article.create({
    data: {
      outletId,
      sourceUrl: input.sourceUrl,
      canonicalUrl: input.canonicalUrl,
      title: input.title,
      byline: input.byline,
      publishedAt: input.publishedAt,
      publishedAtPrecision: input.publishedAtPrecision ?? "instant",
      modifiedAt: input.modifiedAt,
      lastFetchedAt: input.fetchedAt,
      language: input.language,
      text: input.text,
      contentHash: input.contentHash,
      wordCount: input.wordCount,
      profile: toJson(input.profile),
      demo: input.demo === true,
    },
    select: { id: true },
  });
  const versionId = await createVersionWithQuotations(tx, {
    articleId: article.id,
    version: 1,
    title: input.title,
    byline: input.byline,
    text: input.text,
    contentHash: input.contentHash,
    modifiedAt: input.modifiedAt,
    fetchedAt: input.fetchedAt,
    quotations: input.quotations,
  });
  await incrementDocumentFrequencies(tx, input.terms);
  // A story joined keeps its title: the refresh after this write recomputes the automatic one, and an editor's
  // title is never replaced by a new article's headline.
  const storyId = input.story.id
    ? await updateJoinedStory(tx, input.story.id, input.story)
    : (
        await tx.story.create({
          data: {
            language: input.story.language,
            profile: toJson(input.story.profile),
            title: input.story.title,
            demo: input.demo === true,
          },
          select: { id: true },
        })
      ).id;
  await replaceStoryKeys(tx, storyId, input.storyKeys, input.fetchedAt);
  await absorbStories(tx, storyId, input.absorbedStoryIds);
  await tx.storyMembership.create({
    data: {
      storyId,
      articleId: article.id,
      score: input.membership.score,
      reasons: toJson({
        sharedTerms: input.membership.sharedTerms,
        sharedEntities: input.membership.sharedEntities,
      }),
    },
  });
  return { articleId: article.id, versionId, storyId };
}

/**
 * The joined story's language and profile, as one statement of constant text (Prisma's update cost several
 * times the write, once per article stored); stamps updatedAt as Prisma's @updatedAt would.
 */
async function updateJoinedStory(
  tx: Db,
  storyId: string,
  story: { language: string | null; profile: unknown },
): Promise<string> {
  const changed =
    await tx.$executeRaw`UPDATE "Story" SET "language" = ${story.language}, "profile" = ${jsonParam(tx, story.profile)}, "updatedAt" = ${timestampParam(tx, new Date())} WHERE "id" = ${storyId}`;
  if (changed === 0) throw new Error(`story ${storyId} not found`);
  return storyId;
}
