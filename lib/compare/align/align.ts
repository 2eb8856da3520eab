import { AppError } from "../../errors";
import { sentenceSpans } from "../../text";
import { stableHash } from "../hash";
import { compareText } from "../order";
import { contentStems, wordingKey } from "../wording";

export interface ArticleText {
  id: string;
  outlet: string;
  text: string;
}

export interface AlignedSentence {
  articleId: string;
  text: string;
  start: number;
  end: number;
}

/** One piece of content and the sentence each article gives it; `missingFrom` lists the articles that omit it. */
export interface SentenceAlignmentRow {
  key: string;
  sentences: AlignedSentence[];
  missingFrom: string[];
}

export interface SentenceAlignment {
  rows: SentenceAlignmentRow[];
}

export interface AlignSentencesOptions {
  /** Similarity (0..1) a sentence needs to join a row. */
  minSimilarity?: number;
  /** Work bound: sentences past this many in an article are left out. */
  maxSentencesPerArticle?: number;
}

const DEFAULT_MIN_SIMILARITY = 0.25;
const DEFAULT_MAX_SENTENCES = 300;
/** Two sentences must share this many content words to align, so one common noun ("Ukraine") is not enough. */
const MIN_SHARED_STEMS = 2;
const NUMBER_WEIGHT = 2;

interface Sentence extends AlignedSentence {
  wording: string;
  stems: ReadonlySet<string>;
}

interface Row {
  key: string;
  members: Sentence[];
}

/**
 * Aligns the sentences of several articles on the same story, so the UI can show which content each article
 * carries and which it omits. Articles are taken in the order given; each sentence joins the existing row it
 * matches best (content-word overlap, greedy best pair first, at most one sentence per article per row) or
 * starts a new row placed after its predecessor's row, so rows keep the reading order of the articles.
 */
export function alignSentences(
  articles: ArticleText[],
  options: AlignSentencesOptions = {},
): SentenceAlignment {
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const maxSentences = options.maxSentencesPerArticle ?? DEFAULT_MAX_SENTENCES;
  const articleIds = articles.map((a) => a.id);
  if (new Set(articleIds).size !== articleIds.length) {
    throw new AppError("INVALID_INPUT", "alignSentences: article ids must be distinct");
  }

  const sentencesByArticle = articles.map((article) =>
    sentenceSpans(article.text)
      .slice(0, maxSentences)
      .map((span) => ({
        articleId: article.id,
        text: span.text,
        start: span.start,
        end: span.end,
        wording: wordingKey(span.text),
        stems: new Set(contentStems(span.text)),
      })),
  );
  const weights = stemWeights(sentencesByArticle.flat());

  const rows: Row[] = [];
  const rowsByStem = new Map<string, Set<Row>>();
  for (const sentences of sentencesByArticle) {
    const rowOfSentence = matchToRows(sentences, rowsByStem, weights, minSimilarity);
    placeUnmatched(sentences, rowOfSentence, rows);
    sentences.forEach((sentence, i) => {
      const row = rowOfSentence[i];
      if (!row) return;
      for (const stem of sentence.stems) {
        const set = rowsByStem.get(stem) ?? new Set<Row>();
        set.add(row);
        rowsByStem.set(stem, set);
      }
    });
  }

  return {
    rows: rows.map((row) => {
      const present = new Set(row.members.map((m) => m.articleId));
      return {
        key: row.key,
        sentences: row.members.map(({ articleId, text, start, end }) => ({ articleId, text, start, end })),
        missingFrom: articleIds.filter((id) => !present.has(id)),
      };
    }),
  };
}

/** Best-first matching of one article's sentences to existing rows; returns the row per sentence (or none). */
function matchToRows(
  sentences: readonly Sentence[],
  rowsByStem: ReadonlyMap<string, ReadonlySet<Row>>,
  weights: ReadonlyMap<string, number>,
  minSimilarity: number,
): (Row | undefined)[] {
  const pairs: { sentence: number; row: Row; score: number }[] = [];
  sentences.forEach((sentence, s) => {
    const candidates = new Set<Row>();
    for (const stem of sentence.stems) for (const row of rowsByStem.get(stem) ?? []) candidates.add(row);
    for (const row of candidates) {
      let score = 0;
      for (const member of row.members)
        score = Math.max(score, sentenceSimilarity(sentence, member, weights));
      if (score >= minSimilarity && score > 0) {
        pairs.push({ sentence: s, row, score });
      }
    }
  });
  // Ties go to the earlier sentence, then the row with the smaller key: a rule that depends on content only.
  pairs.sort((a, b) => b.score - a.score || a.sentence - b.sentence || compareText(a.row.key, b.row.key));
  const result: (Row | undefined)[] = sentences.map(() => undefined);
  const takenRows = new Set<Row>();
  for (const pair of pairs) {
    if (result[pair.sentence] || takenRows.has(pair.row)) continue;
    result[pair.sentence] = pair.row;
    takenRows.add(pair.row);
    pair.row.members.push(sentences[pair.sentence] as Sentence);
  }
  return result;
}

/**
 * Inverse sentence frequency of each stem across all the articles: words every article repeats in many
 * sentences ("Putin", "troops") say little about which sentences correspond; rarer ones ("26", "Budapest") do.
 */
function stemWeights(sentences: readonly Sentence[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const sentence of sentences)
    for (const stem of sentence.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [stem, count] of frequency) {
    // A shared figure ("26", "1,200") is about as specific as a signal gets: two sentences with it usually
    // report the same fact, however differently they frame it.
    const specificity = /\d/.test(stem) ? NUMBER_WEIGHT : 1;
    weights.set(stem, specificity * Math.log(1 + sentences.length / count));
  }
  return weights;
}

/** Weighted overlap of content stems, between containment (for cut-down sentences) and Dice. */
function sentenceSimilarity(a: Sentence, b: Sentence, weights: ReadonlyMap<string, number>): number {
  if (a.wording !== "" && a.wording === b.wording) return 1;
  let shared = 0;
  let sharedWeight = 0;
  for (const stem of a.stems) {
    if (!b.stems.has(stem)) continue;
    shared++;
    sharedWeight += weights.get(stem) ?? 0;
  }
  if (shared < MIN_SHARED_STEMS) return 0;
  const weightA = totalWeight(a.stems, weights);
  const weightB = totalWeight(b.stems, weights);
  const containment = sharedWeight / Math.min(weightA, weightB);
  const dice = (2 * sharedWeight) / (weightA + weightB);
  return (containment + dice) / 2;
}

function totalWeight(stems: ReadonlySet<string>, weights: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const stem of stems) total += weights.get(stem) ?? 0;
  return total;
}

/**
 * Unmatched sentences start rows: after the row of the article's previous sentence, or, for a leading run,
 * before the row of its first matched sentence; an article with no matches appends its rows at the end.
 */
function placeUnmatched(
  sentences: readonly Sentence[],
  rowOfSentence: (Row | undefined)[],
  rows: Row[],
): void {
  const firstMatched = rowOfSentence.find((row) => row !== undefined);
  let insertAt = firstMatched ? rows.indexOf(firstMatched) : rows.length;
  sentences.forEach((sentence, i) => {
    const matched = rowOfSentence[i];
    if (matched) {
      insertAt = rows.indexOf(matched) + 1;
      return;
    }
    const row: Row = {
      key: `s_${stableHash(`${sentence.articleId}\u0000${sentence.start}`)}`,
      members: [sentence],
    };
    rows.splice(insertAt, 0, row);
    rowOfSentence[i] = row;
    insertAt++;
  });
}
