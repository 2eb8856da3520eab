import { matchSentenceSets, type SentenceMatchOptions } from "./match";
import type { AnalysedSentence } from "./tokens";

/** A sentence of one article, analysed once. */
export interface FactSentence {
  articleId: string;
  analysed: AnalysedSentence;
}

export interface OmissionOptions extends SentenceMatchOptions {
  /**
   * Probability at which a sentence of another article counts as stating a row's fact, though alignment put it
   * elsewhere (lower than the alignment's: to say an outlet left a fact out takes the stronger evidence).
   */
  statesProbability?: number;
  /** A sentence with fewer content words than this states no fact ("Thank you!", "Guns in Texas won."). */
  minFactWords?: number;
  /** Other evidence that an article states a row's fact (the alignment's: its lede reports the same event). */
  alsoStates?: (row: readonly FactSentence[], articleId: string) => boolean;
}

export const DEFAULT_STATES_PROBABILITY = 0.4;
/** Or when it states this share of the fact's content (by specificity), with shared words this specific. */
export const DEFAULT_STATES_SHARE = 0.5;
export const DEFAULT_STATES_WEIGHT = 15;
export const DEFAULT_MIN_FACT_WORDS = 4;

/**
 * Whether a sentence states a fact that an outlet can be said to leave out: a statement (not a question), of
 * some content words, anchored by a name or a figure. Without one ("But others expressed concerns.", "He also
 * played up his local roots.") it leans on its neighbours or states an opinion, and "left out" means little.
 */
export function statesFact(sentence: AnalysedSentence, minFactWords = DEFAULT_MIN_FACT_WORDS): boolean {
  if (sentence.question) return false;
  const content = sentence.tokens.filter((t) => t.content);
  return content.length >= minFactWords && content.some((t) => t.nameRun >= 0 || t.value !== null);
}

/**
 * The rule behind "left out": an article has left a row's fact out only when the other articles carry it (at
 * least two of them when three or more are compared), the row states a fact (statesFact), and no
 * sentence of that article states it (judged by the same-fact model, at statesProbability). Rows are lists of
 * sentences with at most one per article; a row states a fact when one of its sentences does (statesFact). Returns, per row, the ids of the articles that leave it out, in
 * the order of articleIds. Bounded: one capped sentence-set match per article.
 */
export function omittingArticles(
  rows: readonly (readonly FactSentence[])[],
  articleIds: readonly string[],
  sentencesByArticle: ReadonlyMap<string, readonly AnalysedSentence[]>,
  options: OmissionOptions = {},
): string[][] {
  const neededCarriers = articleIds.length >= 3 ? 2 : 1;
  const minFactWords = options.minFactWords ?? DEFAULT_MIN_FACT_WORDS;
  const candidates = rows.map((row) => {
    const carriers = new Set(row.map((s) => s.articleId));
    if (carriers.size < neededCarriers || !row.some((s) => statesFact(s.analysed, minFactWords))) return [];
    return articleIds.filter((id) => !carriers.has(id));
  });

  /** For each asked sentence, the articles that state it in some sentence of their own. */
  const statedBy = new Map<AnalysedSentence, Set<string>>();
  for (const articleId of articleIds) {
    const own = sentencesByArticle.get(articleId) ?? [];
    const asked = rows.flatMap((row, r) =>
      candidates[r]?.includes(articleId) ? row.map((s) => s.analysed) : [],
    );
    if (asked.length === 0 || own.length === 0) continue;
    const matches = matchSentenceSets(asked, own, {
      ...options,
      maxSentences: Math.max(asked.length, own.length),
      minProbability: options.statesProbability ?? DEFAULT_STATES_PROBABILITY,
      minSharedShare: options.minSharedShare ?? DEFAULT_STATES_SHARE,
      minSharedWeight: options.minSharedWeight ?? DEFAULT_STATES_WEIGHT,
    });
    for (const match of matches) {
      const sentence = asked[match.a] as AnalysedSentence;
      const set = statedBy.get(sentence) ?? new Set<string>();
      set.add(articleId);
      statedBy.set(sentence, set);
    }
  }
  return candidates.map((ids, r) => {
    const row = rows[r] ?? [];
    return ids.filter(
      (id) =>
        !row.some((s) => statedBy.get(s.analysed)?.has(id)) && !(options.alsoStates?.(row, id) ?? false),
    );
  });
}
