import type { wireLineage } from "@/lib/cluster";
import type { OutletCoverageFacts, StoryRecord } from "@/lib/db";
import { describeCoverage } from "@/lib/outlets";
import { fromJson } from "@/lib/db/json";
import type { StoryArticleView, StoryLineageView, StoryListItem } from "../types";
import { membersByPublication } from "./compare-articles";
import { publishedIso } from "./dates";
import { storyIdentity, type StoredStoryIdentity } from "./story-identity";

/** One row of a story list (plain listing or search) as pages, the API and the CLI show it. */
export function toStoryListItem(
  row: StoredStoryIdentity & {
    id: string;
    articleCount: number;
    outlets: string[];
    variantGroupCount: number;
    demo: boolean;
    outletFacts?: OutletCoverageFacts[];
  },
): StoryListItem {
  return {
    id: row.id,
    ...storyIdentity(row),
    articleCount: row.articleCount,
    outlets: row.outlets,
    coverage: describeCoverage(row.outletFacts ?? row.outlets.map(() => ({ country: null, type: null }))),
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
        publishedAt: publishedIso(article.publishedAt, article.publishedAtPrecision),
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
