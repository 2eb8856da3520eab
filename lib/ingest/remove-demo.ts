import "server-only";
import { analyseDocument, analysisTerms } from "@/lib/cluster";
import {
  DEMO_REMOVE_ACTION,
  deleteDemoCorpus,
  getDb,
  listDemoArticles,
  LONG_TRANSACTION,
  recordAudit,
  withStoryAssignmentLock,
  type DemoArticleRecord,
} from "@/lib/db";
import { log } from "@/lib/log";
import { rebuildStoryProfile, refreshStory, refreshStoryAnalysis } from "@/lib/stories";

export interface DemoRemovalSummary {
  articles: number;
  stories: number;
  outlets: number;
  /** Real stories that had held demo articles too: they keep their real articles. */
  storiesKept: number;
}

/**
 * Takes the fictional demo corpus out of the database in one transaction, audit logged: demo articles, the
 * stories and outlets only they made up, and their share in the clustering statistics. Nothing real is touched:
 * a real story that had also gathered a demo article keeps its real articles and is recomputed from them. Start-up
 * does not load the corpus again into a database it was removed from.
 */
export async function removeDemoCorpus(input: { actor: string }): Promise<DemoRemovalSummary> {
  const db = await getDb();
  const now = new Date();
  // One at a time with ingest: no article is clustered into a story being deleted.
  const kept: string[] = [];
  const summary = await withStoryAssignmentLock({ db, ...LONG_TRANSACTION }, async (tx) => {
    const articles = await listDemoArticles(tx);
    const removal = await deleteDemoCorpus(tx, { articles, termCounts: termCountsOf(articles) });
    kept.push(...removal.keptStoryIds);
    for (const storyId of removal.keptStoryIds) {
      await rebuildStoryProfile(tx, storyId, now);
      await refreshStory(tx, storyId);
    }
    const summary: DemoRemovalSummary = {
      articles: removal.articles,
      stories: removal.stories,
      outlets: removal.outlets,
      storiesKept: removal.keptStoryIds.length,
    };
    await recordAudit(tx, {
      actor: input.actor,
      action: DEMO_REMOVE_ACTION,
      targetType: "demo",
      targetId: "demo-corpus",
      details: { ...summary },
    });
    return summary;
  });
  await refreshStoryAnalysis({ db, storyIds: kept });
  log("demo").info(summary, "demo corpus removed");
  return summary;
}

/** How many demo articles counted each clustering term when they were ingested (see prepareArticle). */
function termCountsOf(articles: readonly DemoArticleRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const analysis = analyseDocument({
      id: article.contentHash,
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      language: article.language,
    });
    for (const term of analysisTerms(analysis)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}
