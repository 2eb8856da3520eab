import "server-only";
import {
  absorbStories,
  createStory,
  getDb,
  lockStoryAssignment,
  listClusteringArticles,
  reassignMembership,
  type ClusteringArticle,
  type Db,
} from "@/lib/db";
import { rebuildStoryProfile } from "./editor/rebuild-profile";
import { planRecluster, type PlanOptions } from "./recluster-plan";
import { refreshStory } from "./refresh-story";

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

/**
 * `recluster`: rebuilds every automatic story assignment from scratch, deterministically (articles by
 * publishedAt then id, through the app's clustering step), keeping editors' placements and the stories they
 * seed. Existing story ids are reused where a cluster holds most of a story's articles; stories left empty are
 * folded (their links redirect). All writes are one transaction, so a failure changes nothing; headlines and
 * quote groups of the changed stories are recomputed after it.
 */
export async function recluster(options: ReclusterOptions = {}): Promise<ReclusterSummary> {
  const db = await getDb();
  const articles = await readAllArticles(db, options.pageSize ?? 1_000);
  const plan = planRecluster(articles, options);
  const editorPlaced = articles.filter((a) => a.setByEditor && a.storyId).length;
  const liveBefore = new Set(articles.flatMap((a) => (a.storyId ? [a.storyId] : [])));
  const summary: ReclusterSummary = {
    articles: articles.length,
    editorPlaced,
    moved: plan.memberships.length,
    storiesCreated: plan.newStories.length,
    storiesRetired: plan.retired.length,
    stories: liveBefore.size + plan.newStories.length - plan.retired.length,
    dryRun: options.dryRun ?? false,
  };
  if (options.dryRun || (plan.memberships.length === 0 && plan.retired.length === 0)) return summary;

  const byId = new Map(articles.map((a) => [a.id, a]));
  const now = new Date();
  const touched = await db.$transaction(
    async (txClient) => {
      const tx = txClient as unknown as Db;
      // Ingest and editor edits wait while the plan is applied.
      await lockStoryAssignment(tx);
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
      return ids;
    },
    { maxWait: 30_000, timeout: options.transactionTimeoutMs ?? 30 * 60_000 },
  );
  for (const storyId of touched) await refreshStory(db, storyId);
  return summary;
}
