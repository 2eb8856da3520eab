/** Realistic news pages for the ingestion tests: article markup wrapped in the furniture real sites carry. */
export interface PageSpec {
  title: string;
  paragraphs: string[];
  site?: string;
  published?: string;
  modified?: string;
  canonical?: string;
  byline?: string;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function articlePage(spec: PageSpec): string {
  const site = spec.site ?? "The Harbour Daily";
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: spec.title,
    datePublished: spec.published ?? "2026-03-02T09:00:00Z",
    ...(spec.modified ? { dateModified: spec.modified } : {}),
    author: { "@type": "Person", name: spec.byline ?? "Mara Quill" },
    publisher: { "@type": "Organization", name: site },
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(spec.title)} | ${escape(site)}</title>
<meta property="og:site_name" content="${escape(site)}">
<meta property="og:title" content="${escape(spec.title)}">
${spec.canonical ? `<link rel="canonical" href="${escape(spec.canonical)}">` : ""}
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>${escape(spec.title)}</h1>
<p class="byline">By ${escape(spec.byline ?? "Mara Quill")}</p>
${spec.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Celebrity chef opens harbour restaurant</a></li></ul></aside>
</main>
<footer><p>© 2026 ${escape(site)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;
}

/** A story in a few paragraphs with one quotation; `variant` changes wording the way a later edit would. */
export function storyParagraphs(topic: string, variant = 0): string[] {
  return [
    `Officials in the coastal town of Lisvard confirmed on Monday that the ${topic} would go ahead despite objections from residents who had gathered outside the council chamber since early morning.`,
    `"We have listened to every concern and we will keep listening," said the council leader, Anika Brandt, adding that the plan had been revised ${variant === 0 ? "twice" : "three times"} since the spring.`,
    `Opponents say the ${topic} will cost more than 40 million euros and disrupt the harbour for at least two years, a figure the council disputes.`,
    `A final vote is expected next month, when the council will also publish the full environmental assessment that campaigners have demanded.`,
  ];
}
