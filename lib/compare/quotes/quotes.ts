import { AppError } from "../../errors";
import { compareAppearance, toQuoteGroup, type QuoteGroup } from "./quote-group";
import { prepareQuote, quoteSimilarity, type PreparedQuote, type QuoteInput } from "./quote-match";

export interface GroupQuotationsOptions {
  /** Similarity (0..1) two quotes need to be taken as one utterance. */
  minSimilarity?: number;
  /** Work bound: more quotes than this is refused. */
  maxQuotes?: number;
}

const DEFAULT_MIN_SIMILARITY = 0.5;
/** A quote without a speaker may only join on a match this strong, since nothing else vouches for it. */
const UNATTRIBUTED_MIN_SIMILARITY = 0.75;
const DEFAULT_MAX_QUOTES = 2000;

/**
 * Groups quotations that render one utterance across articles: at most one variant per article, speakers must
 * agree, languages too when known (a translation is not grouped with its original) (an unattributed quote may join on a strong text match). Pairs are merged best-first, so each article's
 * closest rendering claims the group's slot. Quotes no other article carries come back as single-variant groups.
 * Order: multi-variant groups by size, then everything by first appearance.
 */
export function groupQuotations(quotes: QuoteInput[], options: GroupQuotationsOptions = {}): QuoteGroup[] {
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const maxQuotes = options.maxQuotes ?? DEFAULT_MAX_QUOTES;
  if (quotes.length > maxQuotes) {
    throw new AppError(
      "TOO_LARGE",
      `groupQuotations: ${quotes.length} quotes is over the limit of ${maxQuotes}`,
    );
  }
  assertUniqueIds(quotes);

  const prepared = [...quotes].sort(compareAppearance).map(prepareQuote);
  return mergeBestFirst(prepared, minSimilarity)
    .map((members) => ({ group: toQuoteGroup(members), firstAppearance: members[0]?.order ?? 0 }))
    .sort((a, b) => sizeRank(b.group) - sizeRank(a.group) || a.firstAppearance - b.firstAppearance)
    .map(({ group }) => group);
}

function assertUniqueIds(quotes: readonly QuoteInput[]): void {
  const seen = new Set<string>();
  for (const q of quotes) {
    if (seen.has(q.id)) throw new AppError("INVALID_INPUT", `groupQuotations: duplicate quote id ${q.id}`);
    seen.add(q.id);
  }
}

interface Cluster {
  members: PreparedQuote[];
  articleIds: Set<string>;
  speakerKey: string | null;
}

function mergeBestFirst(prepared: readonly PreparedQuote[], minSimilarity: number): PreparedQuote[][] {
  const pairs: { a: number; b: number; score: number }[] = [];
  forEachCandidatePair(prepared, (i, j) => {
    const qa = prepared[i];
    const qb = prepared[j];
    if (!qa || !qb || qa.quote.articleId === qb.quote.articleId) return;
    if (qa.speakerKey !== null && qb.speakerKey !== null && qa.speakerKey !== qb.speakerKey) return;
    if (qa.quote.language && qb.quote.language && qa.quote.language !== qb.quote.language) return;
    const score = quoteSimilarity(qa, qb);
    const needed =
      qa.speakerKey === null || qb.speakerKey === null
        ? Math.max(minSimilarity, UNATTRIBUTED_MIN_SIMILARITY)
        : minSimilarity;
    if (score > 0 && score >= needed) pairs.push({ a: i, b: j, score });
  });
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const clusterOf: Cluster[] = prepared.map((q) => ({
    members: [q],
    articleIds: new Set([q.quote.articleId]),
    speakerKey: q.speakerKey,
  }));
  for (const { a, b } of pairs) {
    const ca = clusterOf[a];
    const cb = clusterOf[b];
    if (!ca || !cb || ca === cb || !canMerge(ca, cb)) continue;
    for (const member of cb.members) {
      ca.members.push(member);
      clusterOf[member.order] = ca;
    }
    for (const id of cb.articleIds) ca.articleIds.add(id);
    ca.speakerKey ??= cb.speakerKey;
  }
  const distinct = [...new Set(clusterOf)];
  return distinct.map((c) => [...c.members].sort((x, y) => x.order - y.order));
}

/**
 * Visits the pairs (i < j) that can score above zero: those sharing a content stem, or with the same wording.
 * Found through an index of stems, so quotes with nothing in common are never compared. Visiting order does
 * not matter: the caller sorts the scored pairs.
 */
function forEachCandidatePair(
  prepared: readonly PreparedQuote[],
  visit: (i: number, j: number) => void,
): void {
  const byStem = new Map<string, number[]>();
  const byWording = new Map<string, number[]>();
  // seenBy[i] === j marks i as already visited with j: cheaper than a Set per quote.
  const seenBy = new Int32Array(prepared.length).fill(-1);
  const visitOnce = (i: number, j: number): void => {
    if (seenBy[i] === j) return;
    seenBy[i] = j;
    visit(i, j);
  };
  prepared.forEach((q, j) => {
    for (const stem of q.stems) for (const i of byStem.get(stem) ?? []) visitOnce(i, j);
    for (const i of byWording.get(q.wording) ?? []) visitOnce(i, j);
    for (const stem of q.stems) pushTo(byStem, stem, j);
    pushTo(byWording, q.wording, j);
  });
}

function pushTo(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

function canMerge(a: Cluster, b: Cluster): boolean {
  for (const id of b.articleIds) if (a.articleIds.has(id)) return false;
  return a.speakerKey === null || b.speakerKey === null || a.speakerKey === b.speakerKey;
}

/** Multi-variant groups rank by size; all single-variant groups rank equal (0), after them. */
function sizeRank(group: QuoteGroup): number {
  return group.variants.length > 1 ? group.variants.length : 0;
}
