/*
 * News pages for the ingest benchmark: the seeded synthetic corpus of the clustering benchmark (many concurrent
 * events, skewed story sizes, look-alike events, realistic lengths), each article wrapped in a page with the
 * furniture real sites carry, a publisher, a date and a quotation. Deterministic, so every run ingests the same.
 */
import { syntheticNews } from "./synthetic-news";

const OUTLETS = [
  "The Harbour Daily",
  "Coast FM",
  "Lisvard Post",
  "Northern Ledger",
  "The Evening Signal",
  "Meridian Wire",
  "Daily Compass",
  "The Civic Review",
];

export interface NewsPage {
  path: string;
  html: string;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `count` pages, in the order a live feed would deliver them. */
export function generateNewsPages(count: number, seed = 42): NewsPage[] {
  const pages: NewsPage[] = [];
  let n = 0;
  for (const doc of syntheticNews({ articles: count, seed, articlesPerDay: 200 })) {
    const outlet = OUTLETS[n % OUTLETS.length] as string;
    const speaker = doc.title.split(" ").slice(0, 2).join(" ");
    const paragraphs = doc.text.split(/\n\n|(?<=\.) (?=[A-Z])/).filter(Boolean);
    // Every article quotes its event's first person, so quotation finding and grouping run as on real news.
    if (paragraphs.length > 2) paragraphs[1] = `"${paragraphs[1]?.replace(/\.$/, "")}," ${speaker} said.`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.title)} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${doc.publishedAt}">
</head><body><header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>
<main><article><h1>${escape(doc.title)}</h1><p class="byline">By ${escape(OUTLETS[(n * 7) % OUTLETS.length] as string)} staff</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
</article><aside><h2>Most read</h2><ul><li><a href="/r/1">Weather warning for the weekend</a></li><li><a href="/r/2">Transfer news live</a></li></ul></aside></main>
<footer><p>© 2026 ${outlet}</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer></body></html>`;
    pages.push({ path: `/news/${doc.id}`, html });
    n += 1;
  }
  return pages;
}
