import "server-only";
import { clusterStep, profileAnalysis } from "@/lib/cluster";
import { log } from "@/lib/log";
import {
  findExistingArticle,
  findOutletTextTwin,
  getCorpusStats,
  getDb,
  isUniqueViolation,
  LONG_TRANSACTION,
  markArticleFetched,
  saveArticleVersion,
  withStoryAssignmentLock,
  writeNewArticle,
  type Db,
  type ExistingArticle,
} from "@/lib/db";
import { prepareArticleOffThread } from "@/lib/threads";
import type { IngestRequest, PreparedArticle } from "./prepare-article";
import { refreshStory, refreshStoryAnalysis } from "@/lib/stories";
import { ensureStoryIndex } from "./story-index";
import { findCandidateStories } from "./story-candidates";

export type { IngestRequest };

export interface IngestResult {
  /**
   * created: a new article; updated: a known article whose text or headline changed, stored as a new version;
   * duplicate: nothing new (the same text at the same URL, or the same outlet's text at another URL).
   */
  status: "created" | "updated" | "duplicate";
  articleId: string;
  storyId: string;
  title: string;
  outlet: string;
  quotations: number;
  /** The article's current version number. */
  version: number;
  /** Length of the clean body, so callers can warn when extraction came back suspiciously short. */
  textChars: number;
}

/**
 * The whole pipeline for one document: decode → extract → analyse (language, quotations, cluster profile)
 * → store → assign to a story → refresh the story's headline and quote groups. Every check that can refuse
 * the document runs before anything is written, and each write is one transaction.
 */
export async function ingestDocument(
  request: IngestRequest,
  options: StoreOptions = {},
): Promise<IngestResult> {
  return ingestPrepared(await prepareArticleOffThread(request), options);
}

export interface StoreOptions {
  /**
   * An open transaction to store in, as a nested transaction (a bulk import batches several articles per
   * commit): a failure undoes this article only. The story's analysis is then the caller's to refresh.
   */
  within?: Db;
  /**
   * Leave the story's analysis (refreshStoryAnalysis) to the caller, who stores many articles and refreshes
   * each story once at the end (the demo corpus's load).
   */
  deferAnalysis?: boolean;
}

/**
 * The storing half of the pipeline, for an article already analysed (possibly on another thread): the
 * article, its story assignment and the story's refreshed headline and quote groups are one transaction, so
 * a failure or a crash midway leaves nothing of the article behind (see StoreOptions for `within`). Once it
 * has committed, the story's stored analysis is refreshed.
 *
 * Concurrent ingests are consistent: each transaction first takes the story-assignment lock (see
 * `withStoryAssignmentLock`), so the same URL submitted many times at once is stored once and the others are
 * duplicates, and articles about one event arriving together join one story. Should a writer that does not
 * take the lock store the same URL or text first, the unique constraint refuses the second row; the store
 * is then run once more and finds the row as a duplicate.
 */
export async function ingestPrepared(
  prepared: PreparedArticle,
  { within, deferAnalysis = false }: StoreOptions = {},
): Promise<IngestResult> {
  const store = (tx: Db) => storePrepared(tx, prepared);
  if (within) return retryAfterUniqueViolation(() => withStoryAssignmentLock({ db: within }, store));
  const db = await getDb();
  // Outside the transaction: the backfill writes in transactions of its own.
  await ensureStoryIndex(db);
  // Long enough for a slow disk or a busy machine; a transaction never waits on the network.
  const result = await oneAtATime(() =>
    retryAfterUniqueViolation(() => withStoryAssignmentLock({ db, ...LONG_TRANSACTION }, store)),
  );
  const { status, articleId, storyId, version, outlet, textChars } = result;
  if (status !== "duplicate" && !deferAnalysis) await refreshStoryAnalysis({ db, storyIds: [storyId] });
  log("ingest").info({ status, articleId, storyId, version, outlet, textChars }, "article ingested");
  return result;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * One ingest transaction at a time in this process, before it takes a pooled connection: the lock would
 * serialize them anyway, and a burst of ingests (100 API calls at once) then waits here rather than parking
 * every connection of the pool on the lock while pages wait for one.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Runs a store once more when a concurrent writer won a unique constraint: the retry reads its row. */
async function retryAfterUniqueViolation<T>(store: () => Promise<T>): Promise<T> {
  try {
    return await store();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return store();
  }
}

async function storePrepared(db: Db, prepared: PreparedArticle): Promise<IngestResult> {
  const fetchedAt = new Date();
  const existing = await findExistingArticle(db, {
    canonicalUrl: prepared.canonicalUrl,
    outletSlug: prepared.outlet.slug,
    contentHash: prepared.contentHash,
  });
  if (!existing) return createArticle(db, prepared, fetchedAt);
  if (await isNewVersion(db, existing, prepared)) return addVersion(db, existing, prepared, fetchedAt);
  await markArticleFetched(db, existing.id, fetchedAt);
  return {
    status: "duplicate",
    articleId: existing.id,
    storyId: existing.storyId ?? "",
    title: existing.title,
    outlet: existing.outletName,
    quotations: 0,
    version: existing.versions.length,
    textChars: prepared.text.length,
  };
}

/**
 * A re-fetch of a known URL is a new version when its text or headline differs from every stored version;
 * text identical to another article of the same outlet stays a duplicate of that one.
 */
async function isNewVersion(db: Db, existing: ExistingArticle, prepared: PreparedArticle): Promise<boolean> {
  const known = existing.versions.some(
    (v) => v.contentHash === prepared.contentHash && v.title === prepared.title,
  );
  if (known) return false;
  if (existing.contentHash === prepared.contentHash) return true;
  const twin = await findOutletTextTwin(db, {
    outletSlug: prepared.outlet.slug,
    contentHash: prepared.contentHash,
    exceptArticleId: existing.id,
  });
  return twin === null;
}

async function profileFor(db: Db, prepared: PreparedArticle) {
  return profileAnalysis(prepared.clusterDoc, prepared.analysis, await getCorpusStats(db, prepared.terms));
}

async function addVersion(
  db: Db,
  existing: ExistingArticle,
  prepared: PreparedArticle,
  fetchedAt: Date,
): Promise<IngestResult> {
  const saved = await saveArticleVersion(db, {
    articleId: existing.id,
    title: prepared.title,
    byline: prepared.byline,
    text: prepared.text,
    contentHash: prepared.contentHash,
    wordCount: prepared.wordCount,
    modifiedAt: prepared.modifiedAt,
    profile: await profileFor(db, prepared),
    quotations: prepared.quotations,
    fetchedAt,
  });
  if (existing.storyId) await refreshStory(db, existing.storyId);
  return {
    status: "updated",
    articleId: existing.id,
    storyId: existing.storyId ?? "",
    title: prepared.title,
    outlet: existing.outletName,
    quotations: prepared.quotations.length,
    version: saved.version,
    textChars: prepared.text.length,
  };
}

async function createArticle(db: Db, prepared: PreparedArticle, fetchedAt: Date): Promise<IngestResult> {
  const profile = await profileFor(db, prepared);
  const { candidates, keepApart, clock } = await findCandidateStories(db, profile);
  const step = clusterStep(profile, candidates, { keepApart, clock });
  const assignment = step.assignment;

  const saved = await writeNewArticle(db, {
    outlet: { ...prepared.outlet, language: prepared.language, demo: prepared.demo },
    sourceUrl: prepared.sourceUrl,
    canonicalUrl: prepared.canonicalUrl,
    title: prepared.title,
    byline: prepared.byline,
    publishedAt: prepared.publishedAt,
    publishedAtPrecision: prepared.publishedAtPrecision,
    modifiedAt: prepared.modifiedAt,
    fetchedAt,
    language: prepared.language,
    text: prepared.text,
    contentHash: prepared.contentHash,
    wordCount: prepared.wordCount,
    profile,
    terms: prepared.terms,
    demo: prepared.demo,
    quotations: prepared.quotations,
    story: {
      id: assignment.storyId,
      title: prepared.title,
      language: prepared.language,
      profile: step.story,
    },
    storyKeys: step.keys,
    absorbedStoryIds: step.absorbed,
    membership: {
      score: assignment.score,
      sharedTerms: assignment.sharedTerms,
      sharedEntities: assignment.sharedEntities,
    },
  });
  await refreshStory(db, saved.storyId);
  return {
    status: "created",
    articleId: saved.articleId,
    storyId: saved.storyId,
    title: prepared.title,
    outlet: prepared.outlet.name,
    quotations: prepared.quotations.length,
    version: 1,
    textChars: prepared.text.length,
  };
}
