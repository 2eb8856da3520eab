import "server-only";
import {
  absorbStories,
  createStory,
  getDb,
  withStoryAssignmentLock,
  listClusteringArticles,
  reassignMembership,
  type ClusteringArticle,
  type Db,
} from "@/lib/db";
import { rebuildStoryProfile } from "./rebuild-profile";
import { planRecluster, type PlanOptions, type ReclusterPlan } from "./recluster-plan";
import { refreshStory } from "./refresh-story";
import { refreshStoryAnalysis } from "./refresh-story-analysis";

export interface ReclusterOptions extends PlanOptions {
  /** Articles read per page. */
  pageSize?: number;
  /** Work out the changes and report them without writing anything. */
  dryRun?: boolean;
  /** Longest the one writing transaction may take. */
  transactionTimeoutMs?: number;
}

export interface ReclusterSummary {
  articles: number;
  /** Articles placed by editors: left where they are, seeding their stories. */
  editorPlaced: number;
  /** Articles whose story changed. */
  moved: number;
  storiesCreated: number;
  /** Stories left empty and folded into another, so their links redirect. */
  storiesRetired: number;
  /** Live stories after the run. */
  stories: number;
  dryRun: boolean;
}

async function readAllArticles(db: Db, pageSize: number): Promise<ClusteringArticle[]> {
  const articles: ClusteringArticle[] = [];
  let after: ClusteringArticle | null = null;
  for (;;) {
    const page = await listClusteringArticles(db, { after, limit: pageSize });
    if (page.length === 0) return articles;
    articles.push(...page);
    after = page[page.length - 1]!;
  }
}

function summarise(articles: ClusteringArticle[], plan: ReclusterPlan, dryRun: boolean): ReclusterSummary {
  const liveBefore = new Set(articles.flatMap((a) => (a.storyId ? [a.storyId] : [])));
  return {
    articles: articles.length,
    editorPlaced: articles.filter((a) => a.setByEditor && a.storyId).length,
    moved: plan.memberships.length,
    storiesCreated: plan.newStories.length,
    storiesRetired: plan.retired.length,
    stories: liveBefore.size + plan.newStories.length - plan.retired.length,
    dryRun,
  };
}

/**
 * `recluster`: rebuilds every automatic story assignment from scratch, deterministically (articles by
 * publishedAt then id, through the app's clustering step), keeping editors' placements and the stories they
 * seed. Existing story ids are reused where a cluster holds most of a story's articles; stories left empty are
 * folded (their links redirect). The articles are read and the plan made under the story-assignment lock, in
 * the one transaction that applies it, so an article ingested or moved meanwhile is never overwritten by a
 * stale plan, and a failure changes nothing; headlines and quote groups of the changed stories are
 * recomputed after it.
 */
export async function recluster(options: ReclusterOptions = {}): Promise<ReclusterSummary> {
  const db = await getDb();
  const pageSize = options.pageSize ?? 1_000;
  if (options.dryRun) {
    const articles = await readAllArticles(db, pageSize);
    return summarise(articles, planRecluster(articles, options), true);
  }
  const now = new Date();
  // Ingest and editor edits wait while the plan is made and applied.
  const { summary, touched } = await withStoryAssignmentLock(
    { db, maxWait: 30_000, timeout: options.transactionTimeoutMs ?? 30 * 60_000 },
    async (tx) => {
      const articles = await readAllArticles(tx, pageSize);
      const plan = planRecluster(articles, options);
      const summary = summarise(articles, plan, false);
      if (plan.memberships.length === 0 && plan.retired.length === 0) return { summary, touched: [] };
      const byId = new Map(articles.map((a) => [a.id, a]));
      const idOf = new Map<string, string>();
      for (const story of plan.newStories) {
        const first = byId.get(story.firstArticleId);
        idOf.set(
          story.key,
          await createStory(tx, {
            title: first?.title ?? "Untitled",
            language: first?.language ?? null,
            editedAt: null,
          }),
        );
      }
      const resolve = (key: string) => idOf.get(key) ?? key;
      for (const m of plan.memberships) await reassignMembership(tx, { ...m, storyId: resolve(m.storyId) });
      for (const { storyId, intoStoryId } of plan.retired)
        await absorbStories(tx, resolve(intoStoryId), [storyId], { byEditor: true });
      const ids = plan.touched.map(resolve);
      for (const storyId of ids) await rebuildStoryProfile(tx, storyId, now);
      return { summary, touched: ids };
    },
  );
  for (const storyId of touched) await refreshStory(db, storyId);
  await refreshStoryAnalysis({ db, storyIds: touched });
  return summary;
}
