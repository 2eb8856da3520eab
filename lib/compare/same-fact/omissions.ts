import { speakerRanges } from "../framing/reported-speech";
import { matchSentenceSets, type SentenceMatchOptions } from "./match";
import { analyseSentence, type AnalysedSentence } from "./tokens";

/** A sentence of one article, analysed once; with its text, the voice it is written in is read too. */
export interface FactSentence {
  articleId: string;
  analysed: AnalysedSentence;
  text?: string;
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
export function statesFact(
  sentence: AnalysedSentence,
  minFactWords = DEFAULT_MIN_FACT_WORDS,
  text?: string,
): boolean {
  if (sentence.question) return false;
  if (text !== undefined && !ownFactVoice(text, minFactWords)) return false;
  const content = sentence.tokens.filter((t) => t.content);
  return content.length >= minFactWords && content.some((t) => t.nameRun >= 0 || t.value !== null);
}

const OPENING_QUOTES = /["“«‘]/u;
const CLOSING_QUOTES = /["”»’]/u;
const QUOTE_MARKS = /["“”«»]/gu;
/** Reporting words that attribute a quotation in the same sentence ("…," Biden said), in any form. */
const ATTRIBUTION =
  /\b(?:according|(?:say|said|tell|told|add|note|explain|write|wrote|written|tweet|ask|continue|state|argue|insist|declare|announce|warn|claim|recall|repl(?:y|ie)|respond|quip|testif(?:y|ie)|post|remark|caution)(?:s|d|ed|es|ing)?)\b/iu;
/** The author's own voice outside quotation marks: a first- or second-person pronoun (case kept: "US" is a country). */
const AUTHOR_VOICE = /(?:^|[^\p{L}'’])(?:I|we|We|us|our|Our|ours|my|My|me|you|You|your|Your)(?![\p{L}.])/u;
/** An embedded post ("— Kamala Harris (@KamalaHarris) January 29, 2019") or a glued link in capitals. */
const EMBED = /\(@\w+\)|pic\.twitter\.com|(?:\b\p{Lu}{2,}\b[\s,:'’-]+){4}/u;
/**
 * A sentence whose subject points back ("These bans violate…", "It is not perfect", "Such legislation would
 * pass…", "They are best understood as…"): what it says is about something another sentence names.
 */
const ANAPHORIC_OPENING =
  /^(?:(?:But|And|Yet|Still|So|Meanwhile|However|Indeed|Instead|Now|Then|Also)[,\s]\s*)?(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Ss]uch|[Tt]hey|[Ii]ts?|[Tt]heir)(?=[\s'’,])/u;
/** A quotation opening a sentence of fewer words is a name or a nickname ("“Butch” Otter has said…"). */
const MIN_OPENING_QUOTATION_WORDS = 3;
/**
 * A photo caption: a photo credit, or the caption's dateline, the weekday with the full date ("…, Monday, Jan.
 * 16, 2023, in Washington."), which a report's prose does not write.
 */
const CAPTION =
  /\((?:AP|AFP|Reuters|Getty)[^)]{0,40}\)|\bPhoto(?:graph)?(?: by|\/)|,\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*\p{Lu}\p{L}{2,8}\.?\s+\d{1,2},\s*\d{4}\b/u;

/**
 * Whether a sentence reports a fact in the outlet's voice, as a reader can take it alone: not a quotation
 * without its speaker ("“I'm glad that the department has listened.", the speaker in another sentence), not
 * the author's "we" or "you" (an opinion piece's own argument), not a sentence whose subject points back to
 * another ("These bans…", "It…"; "He"/"She" stand for a person, whose words and acts stay facts), not an
 * embedded post, a glued link in capitals or a photo caption. Such sentences may be worth reading, but an outlet cannot be said to have left them out.
 */
export function ownFactVoice(text: string, minFactWords = DEFAULT_MIN_FACT_WORDS): boolean {
  if (EMBED.test(text) || CAPTION.test(text)) return false;
  const { outside, quoted: quotedText, opensWithQuotation } = splitQuotations(text);
  if (AUTHOR_VOICE.test(outside)) return false;
  if (!opensWithQuotation && ANAPHORIC_OPENING.test(text.trim())) return false;
  const words = (s: string) => s.match(/\p{L}+/gu)?.length ?? 0;
  const opensWithWords = opensWithQuotation && words(quotedText) >= MIN_OPENING_QUOTATION_WORDS;
  if (words(text) - words(outside) <= words(outside) && !opensWithWords) return true;
  // Mostly a quotation, or one that opens the sentence: it needs its speaker here, and words of substance
  // ("“The tables are turned,” said Peter Spiro, a law professor" states only who spoke): one content word
  // fewer than a fact of the outlet's own needs, since the speaker is part of the fact.
  return ATTRIBUTION.test(outside) && contentWords(analyseSentence(quotedText)) >= minFactWords - 1;
}

function contentWords(sentence: AnalysedSentence): number {
  return sentence.tokens.filter((t) => t.content).length;
}

/**
 * The text outside quotation marks, the text inside them, and whether a quotation opens it. A quotation opened and not closed runs to the end; a closing mark with
 * no opening one (the quotation began in an earlier sentence) closes a quotation that ran from the start.
 */
function splitQuotations(text: string): { outside: string; quoted: string; opensWithQuotation: boolean } {
  const trimmed = text.trim();
  let marks = [...trimmed.matchAll(QUOTE_MARKS)];
  // An odd number of straight marks, the first before any word: it closes a quotation of the sentence before.
  const straight = marks.filter((m) => m[0] === '"').length;
  if (straight % 2 === 1 && marks[0]?.[0] === '"' && !/\p{L}/u.test(trimmed.slice(0, marks[0].index))) {
    marks = marks.slice(1);
  }
  let inside = false;
  let from = 0;
  let out = "";
  let quoted = "";
  let opensWithQuotation = false;
  marks.forEach((mark, k) => {
    const at = mark.index;
    const ch = mark[0];
    const opens = ch === '"' ? !inside : OPENING_QUOTES.test(ch) && !CLOSING_QUOTES.test(ch);
    if (!inside && !opens && k === 0 && trimmed.slice(0, at).match(/\p{L}/u)) {
      // A closing mark first, after words: the sentence began inside a quotation.
      quoted += trimmed.slice(0, at);
      from = at + 1;
      opensWithQuotation = true;
      return;
    }
    if (!inside && opens) {
      out += trimmed.slice(from, at);
      if (!/\p{L}/u.test(out) && quoted === "") opensWithQuotation = true;
      inside = true;
      from = at + 1;
    } else if (inside && !opens) {
      quoted += ` ${trimmed.slice(from, at)}`;
      inside = false;
      from = at + 1;
    } else if (!inside) {
      out += trimmed.slice(from, at);
      from = at + 1;
    }
  });
  if (inside) quoted += ` ${trimmed.slice(from)}`;
  else out += trimmed.slice(from);
  return { outside: out, quoted, opensWithQuotation };
}

/**
 * The rule behind "left out": an article has left a row's fact out only when the other articles carry it (at
 * least two of them when three or more are compared), the row states a fact (statesFact; in the outlet's own
 * voice when the texts are given, ownFactVoice), and no sentence of that article states it, nor what the row
 * reports someone as saying without its attribution (judged by the same-fact model, at statesProbability).
 * Rows are lists of sentences with at most one per article; a row states a fact when one of its sentences
 * does. Returns, per row, the ids of the articles that leave it out, in the order of articleIds. Bounded: one
 * capped sentence-set match per article.
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
    if (carriers.size < neededCarriers || !row.some((s) => statesFact(s.analysed, minFactWords, s.text)))
      return [];
    return articleIds.filter((id) => !carriers.has(id));
  });

  /** For each asked sentence, the articles that state it in some sentence of their own. */
  const statedBy = new Map<AnalysedSentence, Set<string>>();
  // A row's sentence is asked of every article that may leave it out: its reported part is read once.
  const variants = new Map<FactSentence, AnalysedSentence[]>();
  const variantsOf = (sentence: FactSentence) => {
    let known = variants.get(sentence);
    if (!known) {
      known = [sentence.analysed, ...reportedVariant(sentence)];
      variants.set(sentence, known);
    }
    return known;
  };
  for (const articleId of articleIds) {
    const own = sentencesByArticle.get(articleId) ?? [];
    const asked: AnalysedSentence[] = [];
    const askedFor: AnalysedSentence[] = [];
    rows.forEach((row, r) => {
      if (!candidates[r]?.includes(articleId)) return;
      for (const s of row) {
        for (const variant of variantsOf(s)) {
          asked.push(variant);
          askedFor.push(s.analysed);
        }
      }
    });
    if (asked.length === 0 || own.length === 0) continue;
    const matches = matchSentenceSets(asked, own, {
      ...options,
      maxSentences: Math.max(asked.length, own.length),
      minProbability: options.statesProbability ?? DEFAULT_STATES_PROBABILITY,
      minSharedShare: options.minSharedShare ?? DEFAULT_STATES_SHARE,
      minSharedWeight: options.minSharedWeight ?? DEFAULT_STATES_WEIGHT,
    });
    for (const match of matches) {
      const sentence = askedFor[match.a] as AnalysedSentence;
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

/**
 * What a sentence reports someone as saying, without the attribution ("Senator Lopez, who chairs the
 * committee, told reporters on Tuesday that the bridge would reopen in March" → "the bridge would reopen in
 * March"): another outlet may state it as fact or give it to someone else, and has then not left it out. None
 * when the sentence reports no speech, or the reported part is too short to state a fact.
 */
function reportedVariant(sentence: FactSentence): AnalysedSentence[] {
  if (sentence.text === undefined || !sentence.analysed.reported) return [];
  const [range] = speakerRanges(sentence.text, []);
  if (!range || range.end - range.start >= sentence.text.length - 8) return [];
  const reported = analyseSentence(sentence.text.slice(range.start, range.end));
  return statesFact(reported) ? [reported] : [];
}
