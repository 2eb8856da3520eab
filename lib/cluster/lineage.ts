import { wordSpans } from "../text";
import { timeOf } from "./dates";
import { foldWord } from "./fold";

/** One article of a story, as lineage needs it. */
export interface LineageArticle {
  id: string;
  outlet: string;
  /** ISO 8601, or null when undated (undated articles count as published after every dated one). */
  publishedAt: string | null;
  text: string;
}

export interface LineageOptions {
  /** Words per shingle: five words in a row are rarely shared by chance, and survive light edits around them. */
  shingleSize?: number;
  /** Share of the shorter article's shingles found in the other at which one copies the other. */
  minContainment?: number;
  /** Work bound: only the earliest this many articles are compared (the rest are left out of the result). */
  maxArticles?: number;
  /** Work bound: shingles read per article, from its start (a copy shows from the first paragraphs). */
  maxShingles?: number;
}

export interface LineageCopy {
  articleId: string;
  /** The earliest published article it overlaps (ties by id): the source it follows. */
  followsArticleId: string;
  /** Shared shingles over the shorter article's shingles, 0..1, rounded to 3 decimals. */
  containment: number;
}

export interface Lineage {
  /** Articles that follow no earlier one: "N articles from M independent sources". */
  sources: number;
  /** Articles compared (at most maxArticles). */
  articles: number;
  /** Every article that copies or lightly rewrites an earlier one, in publication order. */
  copies: LineageCopy[];
}

const DEFAULTS = { shingleSize: 5, minContainment: 0.5, maxArticles: 200, maxShingles: 500 };

/**
 * Wire lineage of one story: which articles copy or lightly rewrite another (word shingles in common, measured
 * against the shorter of the two so a wire story padded with local paragraphs still counts), the source each
 * follows (the earliest published of those it overlaps, ties by id), and how many independent sources remain.
 * Pure and deterministic; work is bounded by maxArticles × maxShingles.
 */
export function wireLineage(articles: readonly LineageArticle[], options: LineageOptions = {}): Lineage {
  const shingleSize = Math.max(1, options.shingleSize ?? DEFAULTS.shingleSize);
  const minContainment = options.minContainment ?? DEFAULTS.minContainment;
  const maxShingles = Math.max(1, options.maxShingles ?? DEFAULTS.maxShingles);
  const ordered = articles
    .map((article) => ({ article, time: timeOf(article.publishedAt) }))
    .sort(
      (a, b) =>
        (a.time ?? Infinity) - (b.time ?? Infinity) ||
        (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0),
    )
    .slice(0, Math.max(0, options.maxArticles ?? DEFAULTS.maxArticles))
    .map(({ article }) => ({ id: article.id, shingles: shinglesOf(article.text, shingleSize, maxShingles) }));

  // Inverted index from shingle to the earlier articles holding it, filled as articles are visited in order.
  const holders = new Map<string, number[]>();
  const copies: LineageCopy[] = [];
  ordered.forEach((article, index) => {
    const shared = new Map<number, number>();
    for (const shingle of article.shingles) {
      const earlier = holders.get(shingle);
      if (earlier) for (const j of earlier) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    // The earliest article it overlaps enough; `ordered` is in publication order, so the smallest index.
    let follows: { index: number; containment: number } | null = null;
    for (const [j, count] of shared) {
      const other = ordered[j];
      if (!other) continue;
      const containment = count / Math.min(article.shingles.size, other.shingles.size);
      if (containment >= minContainment && (!follows || j < follows.index))
        follows = { index: j, containment };
    }
    if (follows) {
      copies.push({
        articleId: article.id,
        followsArticleId: ordered[follows.index]?.id ?? "",
        containment: Math.round(follows.containment * 1000) / 1000,
      });
    }
    for (const shingle of article.shingles) {
      const list = holders.get(shingle);
      if (list) list.push(index);
      else holders.set(shingle, [index]);
    }
  });
  return { sources: ordered.length - copies.length, articles: ordered.length, copies };
}

/** The first `limit` distinct word n-grams of a text, words folded (case and accents) so restyling does not hide a copy. */
function shinglesOf(text: string, size: number, limit: number): Set<string> {
  // Bounded: a word and its space rarely pass 20 characters, so this holds the first `limit` shingles.
  const words = wordSpans(text.slice(0, (limit + size) * 20)).map((span) => foldWord(span.text));
  const shingles = new Set<string>();
  for (let i = 0; i + size <= words.length && shingles.size < limit; i++) {
    shingles.add(words.slice(i, i + size).join(" "));
  }
  return shingles;
}
