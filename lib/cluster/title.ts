import { timeOf } from "./dates";
import { termsOfText } from "./terms";

/** " | Site Name" or " « Site Name" after a headline: the outlet's branding, not the event. */
const SITE_SUFFIX = /\s+[|«»]\s+[^|«»]{1,60}$/u;

/**
 * A representative headline for a story: the one sharing most words with the others (the medoid), so an
 * outlier angle or a teaser does not name the story. Ties: earliest published, then shorter, then text order.
 * Site branding after "|" or "«" is dropped. Empty string when no member has a title.
 */
export function storyTitle(titles: { title: string; publishedAt: string | null }[]): string {
  const candidates = titles
    .map((t) => ({ text: t.title.replace(SITE_SUFFIX, "").trim(), time: timeOf(t.publishedAt) }))
    .filter((t) => t.text !== "")
    .map((t) => ({ ...t, terms: new Set(termsOfText(t.text)) }));
  let best: ((typeof candidates)[number] & { centrality: number }) | null = null;
  for (const candidate of candidates) {
    let centrality = 0;
    for (const other of candidates)
      if (other !== candidate) centrality += jaccard(candidate.terms, other.terms);
    const scored = { ...candidate, centrality };
    if (!best || isBetter(scored, best)) best = scored;
  }
  return best?.text ?? "";
}

function isBetter(
  a: { text: string; time: number | null; centrality: number },
  b: { text: string; time: number | null; centrality: number },
): boolean {
  if (Math.abs(a.centrality - b.centrality) > 1e-9) return a.centrality > b.centrality;
  if (a.time !== b.time) return b.time === null || (a.time !== null && a.time < b.time);
  if (a.text.length !== b.text.length) return a.text.length < b.text.length;
  return a.text < b.text;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}
