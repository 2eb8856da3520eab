import "server-only";
import { demoOutlets, demoStories } from "@/lib/demo";
import { countArticles, getDb, upsertOutlet } from "@/lib/db";
import { ingestDocument } from "./ingest-document";
import { slugify } from "./outlet";

/**
 * Fills an empty database with the fictional demo corpus, through the same pipeline as real articles, in
 * publication order as a live feed would deliver them. Returns how many articles it ingested (0 when the
 * database already had articles).
 */
export async function loadDemoCorpusIfEmpty(): Promise<number> {
  const db = await getDb();
  if ((await countArticles(db)) > 0) return 0;
  const outletBySlug = new Map(demoOutlets.map((o) => [o.slug, o]));
  for (const outlet of demoOutlets) {
    await upsertOutlet(db, {
      slug: slugify(outlet.name),
      name: outlet.name,
      domain: outlet.domain,
      country: outlet.country,
      language: outlet.language,
    });
  }
  const articles = demoStories
    .flatMap((story) => story.articles)
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.url.localeCompare(b.url));
  let ingested = 0;
  for (const article of articles) {
    const outlet = outletBySlug.get(article.outlet);
    const result = await ingestDocument({
      content: article.body,
      format: "text",
      outlet: outlet?.name ?? article.outlet,
      url: article.url,
      publishedAt: article.publishedAt,
      title: article.title,
      byline: article.byline,
    });
    if (result.status === "created") ingested += 1;
  }
  return ingested;
}
