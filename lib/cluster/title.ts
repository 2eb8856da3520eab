import { timeOf } from "./dates";
import { termsOfText } from "./terms";

/** " | Site Name" or " « Site Name" after a headline: the outlet's branding, not the event. */
const SITE_SUFFIX = /\s+[|«»]\s+[^|«»]{1,60}$/u;

/** A headline within this share of the most central one still represents the story: the most neutral wins. */
const NEAR_CENTRAL = 0.75;

export interface HeadlineCandidate {
  title: string;
  publishedAt: string | null;
}

export interface StoryTitleOptions {
  /**
   * How much a headline takes a side (loaded words, quoted epithets, exclamation): among headlines nearly as
   * central as the best, the one with the least charge names the story. Default: none.
   */
  charge?: (headline: string) => number;
}

/** The chosen headline (site branding dropped) and the member it came from, so it can be attributed. */
export interface StoryHeadline<T> {
  text: string;
  source: T;
}

/**
 * A representative headline for a story: among the headlines sharing most words with the others (the medoid,
 * or within NEAR_CENTRAL of it), the most neutral one, so an outlier angle, a teaser or one outlet's charged
 * wording does not name the story. Ties: more central, earliest published, shorter, text order. Site branding
 * after "|" or "«" is dropped. Null when no member has a title.
 */
export function storyHeadline<T extends HeadlineCandidate>(
  titles: readonly T[],
  options: StoryTitleOptions = {},
): StoryHeadline<T> | null {
  const candidates = titles
    .map((source) => ({
      source,
      text: source.title.replace(SITE_SUFFIX, "").trim(),
      time: timeOf(source.publishedAt),
    }))
    .filter((t) => t.text !== "")
    .map((t) => ({ ...t, terms: new Set(termsOfText(t.text)) }));
  const scored = candidates.map((candidate) => {
    let centrality = 0;
    for (const other of candidates)
      if (other !== candidate) centrality += jaccard(candidate.terms, other.terms);
    return { ...candidate, centrality, charge: options.charge?.(candidate.text) ?? 0 };
  });
  const top = Math.max(0, ...scored.map((s) => s.centrality));
  let best: (typeof scored)[number] | null = null;
  for (const candidate of scored) {
    if (candidate.centrality < top * NEAR_CENTRAL - 1e-9) continue;
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best ? { text: best.text, source: best.source } : null;
}

/** The representative headline's text alone ("" when no member has a title). */
export function storyTitle(titles: readonly HeadlineCandidate[], options: StoryTitleOptions = {}): string {
  return storyHeadline(titles, options)?.text ?? "";
}

interface Scored {
  text: string;
  time: number | null;
  centrality: number;
  charge: number;
}

function isBetter(a: Scored, b: Scored): boolean {
  if (a.charge !== b.charge) return a.charge < b.charge;
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
