import "server-only";
import { demoOutlets, demoStories } from "@/lib/demo";
import { countArticles, getDb, upsertOutlet, wasDemoRemoved } from "@/lib/db";
import { refreshStoryAnalysis } from "@/lib/stories";
import { ingestDocument } from "./ingest-document";
import { slugify } from "./outlet";

/**
 * Fills an empty database with the fictional demo corpus, through the same pipeline as real articles, in
 * publication order as a live feed would deliver them, every row marked as demo. Returns how many articles it
 * ingested (0 when the database already had articles, or with `unlessRemoved` when an editor removed the corpus
 * from this database before: start-up passes it, so a removed corpus stays removed).
 */
export async function loadDemoCorpusIfEmpty(options: { unlessRemoved?: boolean } = {}): Promise<number> {
  const db = await getDb();
  if ((await countArticles(db)) > 0) return 0;
  if (options.unlessRemoved && (await wasDemoRemoved(db))) return 0;
  const outletBySlug = new Map(demoOutlets.map((o) => [o.slug, o]));
  for (const outlet of demoOutlets) {
    await upsertOutlet(db, {
      slug: slugify(outlet.name),
      name: outlet.name,
      domain: outlet.domain,
      country: outlet.country,
      language: outlet.language,
      demo: true,
    });
  }
  const articles = demoStories
    .flatMap((story) => story.articles)
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.url.localeCompare(b.url));
  let ingested = 0;
  const stories = new Set<string>();
  for (const article of articles) {
    const outlet = outletBySlug.get(article.outlet);
    const result = await ingestDocument(
      {
        content: article.body,
        format: "text",
        outlet: outlet?.name ?? article.outlet,
        url: article.url,
        publishedAt: article.publishedAt,
        title: article.title,
        byline: article.byline,
        demo: true,
      },
      // Each story's analysis once, when all its articles are in.
      { deferAnalysis: true },
    );
    if (result.status === "created") ingested += 1;
    if (result.status !== "duplicate") stories.add(result.storyId);
  }
  await refreshStoryAnalysis({ db, storyIds: stories });
  return ingested;
}
