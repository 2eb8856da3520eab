import type { SharedView } from "@/lib/views";

/** What a stranger needs to place a shared page: whose headline the title is, and when the event was reported. */
export interface ShareContext {
  /** The outlet whose headline the page is titled with, or null when it is none of the pinned articles'. */
  headlineOutlet: string | null;
  /** An editor wrote the title. */
  titleByEditor: boolean;
  outlets: string[];
  /** Earliest and latest publication of the pinned articles (ISO), null when none is dated. */
  firstPublished: string | null;
  lastPublished: string | null;
}

export function shareContext(
  view: Pick<SharedView, "title" | "articles"> & Partial<Pick<SharedView, "titleByEditor">>,
): ShareContext {
  const outlets = [...new Set(view.articles.map((a) => a.outlet.name))];
  const titleByEditor = view.titleByEditor === true;
  const headline = titleByEditor
    ? undefined
    : view.articles.find((a) => a.title.trim() === view.title.trim());
  const dates = view.articles
    .map((a) => a.publishedAt)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    headlineOutlet: headline?.outlet.name ?? null,
    titleByEditor,
    outlets,
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
  };
}
