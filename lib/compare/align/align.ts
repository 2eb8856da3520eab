import { AppError } from "../../errors";
import { sentenceSpans } from "../../text";
import { stableHash } from "../hash";
import { compareText } from "../order";
import {
  analyseSentence,
  judgeSameEvent,
  SAME_EVENT_MODEL,
  matchSentenceSets,
  SAME_FACT_MODEL,
  type AnalysedSentence,
  type PairMeasureCache,
  type SameEventJudgement,
  type SameEventModel,
} from "../same-fact";
import { omittingArticles } from "../same-fact/omissions";
import { wordingKey } from "../wording";

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

/**
 * One piece of content and the sentence each article gives it. `missingFrom` lists the articles that leave it
 * out: those with no sentence stating it, when the others carry it (at least two of them when three or more
 * articles are compared). A row only one article carries, among three or more, is "only in" that article.
 */
export interface SentenceAlignmentRow {
  key: string;
  sentences: AlignedSentence[];
  missingFrom: string[];
}

export interface SentenceAlignment {
  rows: SentenceAlignmentRow[];
}

export interface AlignSentencesOptions {
  /** Same-fact probability (0..1) a sentence needs to join a row; default the same-fact model's threshold. */
  minSimilarity?: number;
  /** Work bound: sentences past this many in an article are left out. */
  maxSentencesPerArticle?: number;
  /** Same-fact probability at which another sentence of an article counts as stating a row's fact. */
  statesProbability?: number;
  /** The same-event judgement of two ledes (default the committed model; an evaluation may pass a refitted one). */
  eventModel?: SameEventModel;
}

const DEFAULT_MAX_SENTENCES = 300;
/**
 * A sentence also joins a row when it states half the row sentence's content, weighed by how specific the
 * words are, with shared words as specific as three uncommon ones: a lede and a shorter report of the same
 * event, which a paraphrase judgement calls different.
 */
const ALIGN_SHARED_SHARE = 0.5;
const ALIGN_SHARED_WEIGHT = 15;
/** With a figure both give ("26 countries" / "26 of Ukraine's allies"), a smaller share suffices. */
const ALIGN_SHARED_SHARE_WITH_NUMBER = 0.35;

interface Sentence extends AlignedSentence {
  wording: string;
  analysed: AnalysedSentence;
  /** The article's opening (its first ledeWindow sentences as one text), on its first sentence only. */
  opening: AnalysedSentence | null;
}

interface Row {
  key: string;
  members: Sentence[];
}

/**
 * Aligns the sentences of several articles on the same story, so the UI can show which content each article
 * carries and which it omits. Articles are taken in the order given; each sentence joins the existing row
 * whose sentences state the same fact (the same-fact judgement, or the same wording; greedy best pair first, at
 * most one sentence per article per row) or starts a new row placed after its predecessor's row, so rows keep
 * the reading order of the articles. Bounded: maxSentencesPerArticle, and the same-fact matcher's caps.
 */
export function alignSentences(
  articles: ArticleText[],
  options: AlignSentencesOptions = {},
): SentenceAlignment {
  const minSimilarity = options.minSimilarity ?? SAME_FACT_MODEL.threshold;
  const maxSentences = options.maxSentencesPerArticle ?? DEFAULT_MAX_SENTENCES;
  const eventModel = options.eventModel ?? SAME_EVENT_MODEL;
  const articleIds = articles.map((a) => a.id);
  if (new Set(articleIds).size !== articleIds.length) {
    throw new AppError("INVALID_INPUT", "alignSentences: article ids must be distinct");
  }

  const sentencesByArticle = articles.map((article): Sentence[] => {
    const spans = sentenceSpans(article.text).slice(0, maxSentences);
    const opening = analyseSentence(
      spans
        .slice(0, eventModel.ledeWindow)
        .map((span) => span.text)
        .join(" "),
    );
    return spans.map((span, i) => ({
      articleId: article.id,
      text: span.text,
      start: span.start,
      end: span.end,
      wording: wordingKey(span.text),
      analysed: analyseSentence(span.text),
      opening: i === 0 ? opening : null,
    }));
  });

  // Pairs judged while aligning are judged again when asking who left a row out: measured once. Holds at most
  // the pairs this call judges (each matcher capped), and goes with it.
  const cache: PairMeasureCache = new Map();
  const events = ledeEventMemo(eventModel);
  const rows: Row[] = [];
  const placed: { sentence: Sentence; row: Row }[] = [];
  for (const sentences of sentencesByArticle) {
    const rowOfSentence = matchToRows(sentences, placed, minSimilarity, events, cache);
    placeUnmatched(sentences, rowOfSentence, rows);
    sentences.forEach((sentence, i) => {
      const row = rowOfSentence[i];
      if (row) placed.push({ sentence, row });
    });
  }

  // A row holding an article's lede is not left out by an article whose own lede states its event in either
  // direction (the same-event judgement's lower bar): saying an outlet omits the story's event takes stronger
  // evidence than putting two ledes in one row.
  const ledeOf = new Map(
    sentencesByArticle.flatMap((list) => (list[0] ? [[list[0].articleId, list[0]]] : [])),
  );
  const ledes = new Set([...ledeOf.values()].map((s) => s.analysed));
  const missing = omittingArticles(
    rows.map((row) =>
      row.members.map((m) => ({ articleId: m.articleId, analysed: m.analysed, text: m.text })),
    ),
    articleIds,
    new Map(articleIds.map((id, i) => [id, (sentencesByArticle[i] ?? []).map((s) => s.analysed)])),
    {
      statesProbability: options.statesProbability,
      cache,
      alsoStates: (row, articleId) => {
        const own = ledeOf.get(articleId);
        return (
          own !== undefined &&
          row.some((member) => {
            const lede = ledes.has(member.analysed) ? ledeOf.get(member.articleId) : undefined;
            return lede !== undefined && events(lede, own).some((j) => j.states);
          })
        );
      },
    },
  );
  return {
    rows: rows.map((row, r) => ({
      key: row.key,
      sentences: row.members.map(({ articleId, text, start, end }) => ({ articleId, text, start, end })),
      missingFrom: missing[r] ?? [],
    })),
  };
}

/**
 * Best-first matching of one article's sentences to the rows of the articles before it: a pair's score is the
 * same-fact probability of the sentence and a row member (1 for the same wording); returns the row per
 * sentence (or none).
 */
function matchToRows(
  sentences: readonly Sentence[],
  placed: readonly { sentence: Sentence; row: Row }[],
  minSimilarity: number,
  events: LedeEvents,
  cache: PairMeasureCache,
): (Row | undefined)[] {
  const best = new Map<string, { sentence: number; row: Row; score: number }>();
  const offer = (s: number, row: Row, score: number) => {
    const id = `${s}\u0000${row.key}`;
    const known = best.get(id);
    if (!known || score > known.score) best.set(id, { sentence: s, row, score });
  };
  const byWording = new Map<string, Row[]>();
  for (const { sentence, row } of placed) {
    if (sentence.wording === "") continue;
    byWording.set(sentence.wording, [...(byWording.get(sentence.wording) ?? []), row]);
  }
  sentences.forEach((sentence, s) => {
    for (const row of byWording.get(sentence.wording) ?? []) offer(s, row, 1);
  });
  const matches = matchSentenceSets(
    sentences.map((s) => s.analysed),
    placed.map((p) => p.sentence.analysed),
    {
      minProbability: minSimilarity,
      minSharedShare: ALIGN_SHARED_SHARE,
      minSharedWeight: ALIGN_SHARED_WEIGHT,
      minSharedShareWithNumber: ALIGN_SHARED_SHARE_WITH_NUMBER,
      maxSentences: Math.max(sentences.length, placed.length),
      cache,
    },
  );
  for (const match of matches) offer(match.a, (placed[match.b] as { row: Row }).row, match.score);
  offerLedes(sentences, placed, offer, events);

  // Ties go to the earlier sentence, then the row with the smaller key: a rule that depends on content only.
  const pairs = [...best.values()].sort(
    (a, b) => b.score - a.score || a.sentence - b.sentence || compareText(a.row.key, b.row.key),
  );
  const result: (Row | undefined)[] = sentences.map(() => undefined);
  const takenRows = new Set<Row>();
  for (const pair of pairs) {
    if (result[pair.sentence] || takenRows.has(pair.row)) continue;
    if (pair.row.members.some((m) => m.articleId === sentences[pair.sentence]?.articleId)) continue;
    result[pair.sentence] = pair.row;
    takenRows.add(pair.row);
    pair.row.members.push(sentences[pair.sentence] as Sentence);
  }
  return result;
}

/**
 * Two reports of one event both lead with it, in their own details: a lede joins the row of an earlier
 * article's lede when each lede and the other article's opening report the same event (the same-event
 * judgement, both ways), scored by the weaker probability.
 */
function offerLedes(
  sentences: readonly Sentence[],
  placed: readonly { sentence: Sentence; row: Row }[],
  offer: (s: number, row: Row, score: number) => void,
  events: LedeEvents,
): void {
  const lede = sentences[0];
  if (!lede?.opening) return;
  for (const { sentence: other, row } of placed) {
    if (!other.opening) continue;
    const [forward, backward] = events(lede, other);
    if (forward.same && backward.same) offer(0, row, Math.min(forward.probability, backward.probability));
  }
}

type LedeEvents = (a: Sentence, b: Sentence) => [SameEventJudgement, SameEventJudgement];

/**
 * ledeEvents, remembered for one alignment: each pair of ledes is judged when aligning and again, per row,
 * when asking who left a row out. Holds at most one entry per pair of the compared articles.
 */
function ledeEventMemo(model: SameEventModel): LedeEvents {
  const memo = new Map<Sentence, Map<Sentence, [SameEventJudgement, SameEventJudgement]>>();
  return (a, b) => {
    const known = memo.get(a)?.get(b);
    if (known) return known;
    const judged = ledeEvents(a, b, model);
    const row = memo.get(a);
    if (row) row.set(b, judged);
    else memo.set(a, new Map([[b, judged]]));
    return judged;
  };
}

/** The same-event judgement of each lede against the other article's opening. */
function ledeEvents(
  a: Sentence,
  b: Sentence,
  model: SameEventModel,
): [SameEventJudgement, SameEventJudgement] {
  const none = { same: false, states: false, probability: 0 };
  if (!a.opening || !b.opening) return [none, none];
  return [judgeSameEvent(a.analysed, b.opening, model), judgeSameEvent(b.analysed, a.opening, model)];
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
