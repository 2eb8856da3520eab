import type { wireLineage } from "@/lib/cluster";
import type { StoryRecord } from "@/lib/db";
import { fromJson } from "@/lib/db/json";
import type { StoryArticleView, StoryLineageView, StoryListItem } from "../types";
import { membersByPublication } from "./compare-articles";
import { iso } from "./dates";

/** One row of a story list (plain listing or search) as pages, the API and the CLI show it. */
export function toStoryListItem(row: {
  id: string;
  title: string;
  articleCount: number;
  outlets: string[];
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  variantGroupCount: number;
  demo: boolean;
}): StoryListItem {
  return {
    id: row.id,
    title: row.title,
    articleCount: row.articleCount,
    outlets: row.outlets,
    firstPublishedAt: iso(row.firstPublishedAt),
    lastPublishedAt: iso(row.lastPublishedAt),
    variantGroupCount: row.variantGroupCount,
    demo: row.demo,
  };
}

/** A story's articles with why each is a member, in publication order (membersByPublication). */
export function storyArticles(record: Pick<StoryRecord, "memberships">): StoryArticleView[] {
  const position = new Map(membersByPublication(record).map((id, i) => [id, i]));
  return record.memberships
    .map(({ article, score, reasons, setByEditor }) => {
      const why = fromJson(reasons, { sharedTerms: [] as string[], sharedEntities: [] as string[] });
      return {
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        byline: article.byline,
        publishedAt: iso(article.publishedAt),
        url: article.canonicalUrl ?? article.sourceUrl,
        wordCount: article.wordCount,
        quotationCount: article.quotations.length,
        membership: {
          score,
          sharedTerms: why.sharedTerms ?? [],
          sharedEntities: why.sharedEntities ?? [],
          setByEditor,
        },
        demo: article.demo,
      };
    })
    .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/** A story's wire lineage with each article's outlet named. */
export function lineageView(
  lineage: ReturnType<typeof wireLineage>,
  texts: readonly { id: string; outlet: string }[],
): StoryLineageView {
  const outletOf = new Map(texts.map((t) => [t.id, t.outlet]));
  return {
    articles: lineage.articles,
    sources: lineage.sources,
    copies: lineage.copies.map((copy) => ({
      ...copy,
      outlet: outletOf.get(copy.articleId) ?? "",
      followsOutlet: outletOf.get(copy.followsArticleId) ?? "",
    })),
  };
}
