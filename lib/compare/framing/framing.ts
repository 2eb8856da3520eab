import type { Quotation } from "../../domain";
import { AppError } from "../../errors";
import { ENGLISH_STOPWORDS, foldForComparison, wordSpans } from "../../text";
import { ExampleMaker, type FramingExample } from "./framing-example";
import { actorLabels, type ActorLabels, type LabelQuotation } from "./framing-labels";
import {
  compileTerms,
  cueCategory,
  FRAMING_LEXICON,
  normaliseCue,
  type FramingLexicon,
  type LexiconKind,
} from "./framing-lexicon";
import { matchTerms, type TermCount } from "./framing-terms";
import { compareText } from "../order";
import { speakerRanges } from "./reported-speech";

export type FramingQuotation = LabelQuotation & Pick<Quotation, "cue">;

export interface FramingArticle {
  id: string;
  outlet: string;
  title: string;
  text: string;
  quotations: readonly FramingQuotation[];
}

/** An attribution verb an article uses ("said", "claimed", "threatened"), how often, and where. */
export interface CueCount {
  verb: string;
  /** The lexicon's cue category, or "other". */
  category: string;
  count: number;
  examples: FramingExample[];
}

/** One article's framing evidence. Counts are raw; `wordCount` lets a reader compare articles of any length. */
export interface ArticleFraming {
  articleId: string;
  outlet: string;
  headline: string;
  /** Content words of this headline that no other article's headline uses, in headline order. */
  distinctiveHeadlineWords: string[];
  wordCount: number;
  cues: CueCount[];
  /** Hedges, disputing words and loaded terms in the outlet's own words (outside quotations and reported speech). */
  hedges: TermCount[];
  disputes: TermCount[];
  loaded: TermCount[];
  /**
   * Lexicon matches inside quotations or reported speech ("X called them terrorists", "X said the charges were
   * baseless"): the speakers' words, listed apart from the outlet's, each with its category.
   */
  reported: TermCount[];
  /** How many of `reported` are hedges, disputing words and loaded terms. */
  quotedHedges: number;
  quotedDisputes: number;
  quotedLoaded: number;
}

export interface FramingCategory {
  kind: LexiconKind;
  id: string;
  label: string;
  rationale: string;
}

/** Framing signals of a story's articles, side by side: evidence for a reader to weigh, never a verdict. */
export interface FramingSignals {
  lexiconVersion: number;
  /** The lexicon's categories with their rationale, so a reader sees why a word was counted. */
  categories: FramingCategory[];
  articles: ArticleFraming[];
  actors: ActorLabels[];
}

export interface FramingOptions {
  /** Examples kept per verb, term or label. */
  maxExamples?: number;
  /** Work bound: more articles than this is refused. */
  maxArticles?: number;
  /** Work bound: text past this many characters of an article is not examined. */
  maxTextChars?: number;
  /** Actors listed at most (those labelled by most articles first). */
  maxActors?: number;
  lexicon?: FramingLexicon;
  /** Per-article signals kept from an earlier call over some of the same articles, read and filled. */
  memo?: FramingMemo;
}

/** An article's signals that do not depend on the other articles framed with it. */
type OwnFraming = Omit<ArticleFraming, "articleId" | "outlet" | "headline" | "distinctiveHeadlineWords">;

/**
 * Per-article framing shared between calls over overlapping sets of articles (a story's members, then its
 * default columns): an article's verbs, hedges and terms do not depend on the others, so they are worked out
 * once. An entry is used only for the same text, the same quotations array and the same settings.
 */
export class FramingMemo {
  private readonly entries = new Map<
    string,
    { article: FramingArticle; settings: readonly unknown[]; own: OwnFraming }
  >();

  get(article: FramingArticle, settings: readonly unknown[]): OwnFraming | undefined {
    const entry = this.entries.get(article.id);
    if (!entry || entry.article.text !== article.text || entry.article.quotations !== article.quotations) {
      return undefined;
    }
    return entry.settings.every((value, i) => value === settings[i]) ? entry.own : undefined;
  }

  set(article: FramingArticle, settings: readonly unknown[], own: OwnFraming): void {
    this.entries.set(article.id, { article, settings, own });
  }
}

const DEFAULTS = { maxExamples: 3, maxArticles: 200, maxTextChars: 200_000, maxActors: 12 };

/**
 * Framing signals per article: the headline's wording against the others', attribution verbs from the
 * quotations' cues, the labels each article gives the speakers, and hedges and loaded terms from the
 * documented lexicon (framing-lexicon.json), each with counts and examples as offsets into the article text.
 * Deterministic for the same input; articles come back in the order given.
 */
export function framingSignals(
  articles: readonly FramingArticle[],
  options: FramingOptions = {},
): FramingSignals {
  const maxExamples = options.maxExamples ?? DEFAULTS.maxExamples;
  const maxArticles = options.maxArticles ?? DEFAULTS.maxArticles;
  const maxTextChars = options.maxTextChars ?? DEFAULTS.maxTextChars;
  const maxActors = options.maxActors ?? DEFAULTS.maxActors;
  const lexicon = options.lexicon ?? FRAMING_LEXICON;
  for (const [name, value] of Object.entries({ maxExamples, maxArticles, maxTextChars, maxActors })) {
    if (!Number.isInteger(value) || value < 0) {
      throw new AppError("INVALID_INPUT", `framingSignals: ${name} must be a non-negative integer`);
    }
  }
  if (articles.length > maxArticles) {
    throw new AppError(
      "TOO_LARGE",
      `framingSignals: ${articles.length} articles is over the limit of ${maxArticles}`,
    );
  }

  const bounded = articles.map((a) => boundArticle(a, maxTextChars));
  const indexes = {
    hedge: compileTerms(lexicon.hedgeCategories),
    dispute: compileTerms(lexicon.disputeCategories),
    loaded: compileTerms(lexicon.loadedCategories),
  };
  const makers = new Map(bounded.map((a) => [a.id, new ExampleMaker(a.text)]));
  const headlineWords = bounded.map((a) => contentWords(a.title));

  const settings = [maxExamples, maxTextChars, lexicon];
  const perArticle = bounded.map((article, index): ArticleFraming => {
    const original = articles[index] ?? article;
    const maker = makers.get(article.id) ?? new ExampleMaker(article.text);
    let own = options.memo?.get(original, settings);
    if (!own) {
      own = ownFraming(article, maker, maxExamples, lexicon, indexes);
      options.memo?.set(original, settings, own);
    }
    const others = new Set(headlineWords.flatMap((ws, i) => (i === index ? [] : ws.map((w) => w.key))));
    const seen = new Set<string>();
    return {
      articleId: article.id,
      outlet: article.outlet,
      headline: article.title,
      distinctiveHeadlineWords:
        bounded.length < 2
          ? []
          : (headlineWords[index] ?? []).flatMap((w) => {
              if (others.has(w.key) || seen.has(w.key)) return [];
              seen.add(w.key);
              return [w.text];
            }),
      ...own,
    };
  });

  return {
    lexiconVersion: lexicon.version,
    categories: [
      ...lexicon.cueCategories.map((c) => category("cue", c)),
      ...lexicon.hedgeCategories.map((c) => category("hedge", c)),
      ...lexicon.disputeCategories.map((c) => category("dispute", c)),
      ...lexicon.loadedCategories.map((c) => category("loaded", c)),
    ],
    articles: perArticle,
    actors: actorLabels(bounded, makers, { maxActors, maxExamples }),
  };
}

function ownFraming(
  article: FramingArticle,
  maker: ExampleMaker,
  maxExamples: number,
  lexicon: FramingLexicon,
  indexes: Record<"hedge" | "dispute" | "loaded", ReturnType<typeof compileTerms>>,
): OwnFraming {
  const speech = speakerRanges(article.text, article.quotations);
  const hedges = matchTerms(article.text, indexes.hedge, speech, maker, maxExamples);
  const disputes = matchTerms(article.text, indexes.dispute, speech, maker, maxExamples);
  const loaded = matchTerms(article.text, indexes.loaded, speech, maker, maxExamples);
  return {
    wordCount: wordSpans(article.text).length,
    cues: cueCounts(article, maker, maxExamples, lexicon),
    hedges: hedges.terms,
    disputes: disputes.terms,
    loaded: loaded.terms,
    reported: [...hedges.reported, ...disputes.reported, ...loaded.reported].sort(
      (a, b) => b.count - a.count || compareText(a.term, b.term),
    ),
    quotedHedges: hedges.quoted,
    quotedDisputes: disputes.quoted,
    quotedLoaded: loaded.quoted,
  };
}

function category(kind: LexiconKind, c: { id: string; label: string; rationale: string }): FramingCategory {
  return { kind, id: c.id, label: c.label, rationale: c.rationale };
}

/** The article with its text cut to the bound and only the quotations that lie inside it. */
function boundArticle(article: FramingArticle, maxTextChars: number): FramingArticle {
  if (article.text.length <= maxTextChars) return article;
  const text = article.text.slice(0, maxTextChars);
  return {
    ...article,
    text,
    quotations: article.quotations.filter(
      (q) => q.end <= text.length && (q.speakerEnd === null || q.speakerEnd <= text.length),
    ),
  };
}

function contentWords(title: string): { text: string; key: string }[] {
  return wordSpans(title)
    .map((w) => ({ text: w.text, key: foldForComparison(w.text).replace(/'s$/, "") }))
    .filter((w) => !ENGLISH_STOPWORDS.has(w.key) && (w.key.length > 1 || /\d/.test(w.key)));
}

/** How far from a quotation its cue is looked for, to point an example at the verb itself. */
const CUE_WINDOW_CHARS = 200;

function cueCounts(
  article: FramingArticle,
  maker: ExampleMaker,
  maxExamples: number,
  lexicon: FramingLexicon,
): CueCount[] {
  const byVerb = new Map<string, CueCount>();
  for (const q of [...article.quotations].sort((a, b) => a.start - b.start)) {
    if (!q.cue || q.cue.trim() === "") continue;
    const verb = normaliseCue(q.cue);
    const entry = byVerb.get(verb) ?? { verb, category: cueCategory(verb, lexicon), count: 0, examples: [] };
    entry.count++;
    const at = nearestOccurrence(article.text, verb, q) ?? { start: q.start, end: q.end };
    // A quotation split by its attribution shares one cue: the verb counts per quotation, its example once.
    if (entry.examples.length < maxExamples && !entry.examples.some((e) => e.start === at.start)) {
      entry.examples.push(maker.example(at.start, at.end));
    }
    byVerb.set(verb, entry);
  }
  return [...byVerb.values()].sort((a, b) => b.count - a.count || compareText(a.verb, b.verb));
}

/** The cue's words nearest the quotation (before or after it), as whole words, ignoring case. */
function nearestOccurrence(
  text: string,
  verb: string,
  quotation: { start: number; end: number },
): { start: number; end: number } | null {
  const from = Math.max(0, quotation.start - CUE_WINDOW_CHARS);
  const to = Math.min(text.length, quotation.end + CUE_WINDOW_CHARS);
  const window = text.slice(from, to).toLowerCase();
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (let at = window.indexOf(verb); at >= 0; at = window.indexOf(verb, at + 1)) {
    const start = from + at;
    const end = start + verb.length;
    if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
    if (start >= quotation.start && end <= quotation.end) continue;
    const distance = end <= quotation.start ? quotation.start - end : start - quotation.end;
    if (distance < bestDistance) {
      best = { start, end };
      bestDistance = distance;
    }
  }
  return best;
}
