/*
 * What a page says about the fictional demo corpus (lib/demo), decided per page from the articles it shows:
 * nothing on real news, a plain notice where every article is a demo one, and the demo outlets named where a page
 * mixes the two. The wording lives here so pages, share pages and tests agree.
 */

export interface DemoNoticeText {
  title: string;
  body: string;
}

/** The demo label a list shows beside a demo story. */
export const DEMO_LABEL = "Demo";

const FICTIONAL = "written to show what Parallax does; none of it is real news.";

/**
 * The notice for a page showing these articles ("story", "comparison" or "shared page"), or null when none of
 * them is a demo article.
 */
export function demoNoticeFor(
  articles: readonly { demo: boolean; outlet: { name: string } }[],
  what: "story" | "comparison" | "shared page",
): DemoNoticeText | null {
  const demo = articles.filter((a) => a.demo);
  if (demo.length === 0) return null;
  if (demo.length === articles.length)
    return {
      title: `Demo ${what === "shared page" ? "story" : what}: fictional outlets and people`,
      body: `Every outlet, person and article in this ${what} is fictional, ${FICTIONAL}`,
    };
  const outlets = [...new Set(demo.map((a) => a.outlet.name))].sort((a, b) => a.localeCompare(b));
  return {
    title: `${demo.length} of these ${articles.length} articles are fictional demo articles`,
    body: `The articles from ${listOf(outlets)} are part of Parallax's demo corpus, ${FICTIONAL} The others are real reports.`,
  };
}

/** The notice on a demo article's own page. */
export function demoArticleNotice(outlet: string): DemoNoticeText {
  return {
    title: "Demo article: a fictional outlet and fictional people",
    body: `${outlet}, the people quoted and this article are fictional, ${FICTIONAL}`,
  };
}

/** The line a story list shows when some of its stories are demo ones. */
export const DEMO_LIST_NOTE = `Stories marked “${DEMO_LABEL}” are fictional, ${FICTIONAL}`;

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
