import "server-only";
import { getArticleRecord, getDb } from "@/lib/db";
import { iso } from "../shapers/dates";
import type { ArticleDetail } from "../types";

export async function getArticle(articleId: string): Promise<ArticleDetail | null> {
  const row = await getArticleRecord(await getDb(), articleId);
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    publishedAt: iso(row.publishedAt),
    url: row.canonicalUrl ?? row.sourceUrl,
    language: row.language,
    text: row.text,
    ingestedAt: row.ingestedAt.toISOString(),
    quotations: row.quotations.map(({ articleId: _articleId, ...q }) => q),
    story: row.membership?.story ?? null,
    modifiedAt: iso(row.modifiedAt),
    lastChangedAt: iso(row.lastChangedAt),
    versions: row.versions.map((v) => ({
      version: v.version,
      title: v.title,
      fetchedAt: v.fetchedAt.toISOString(),
      modifiedAt: iso(v.modifiedAt),
    })),
    demo: row.demo,
  };
}
