import type { SharedView } from "@/lib/views";

/** What a stranger needs to place a shared page: whose headline the title is, and when the event was reported. */
export interface ShareContext {
  /** The outlet whose headline the page is titled with, or null when it is none of the pinned articles'. */
  headlineOutlet: string | null;
  outlets: string[];
  /** Earliest and latest publication of the pinned articles (ISO), null when none is dated. */
  firstPublished: string | null;
  lastPublished: string | null;
}

export function shareContext(view: Pick<SharedView, "title" | "articles">): ShareContext {
  const outlets = [...new Set(view.articles.map((a) => a.outlet.name))];
  const headline = view.articles.find((a) => a.title.trim() === view.title.trim());
  const dates = view.articles
    .map((a) => a.publishedAt)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    headlineOutlet: headline?.outlet.name ?? null,
    outlets,
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
  };
}
