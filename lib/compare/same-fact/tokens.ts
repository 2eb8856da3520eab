import { ENGLISH_STOPWORDS, foldForComparison } from "../../text";
import { parseNumberWord } from "../align/figures";
import { isInflectedVerb, lemmaCandidates, stem, synonymGroups } from "./lexicon";

/** One word of a sentence as the same-fact judgement sees it. */
export interface FactToken {
  /** Folded form (lower case, accents and possessive dropped); for a number, its value as text. */
  key: string;
  /** A word that carries content: not a function word, a reporting verb or punctuation. */
  content: boolean;
  lemmas: string[];
  stem: string;
  synonyms: number[];
  /** Value of a number ("3 million", "three million" and "3,000,000" all give 3000000), else null. */
  value: number | null;
  /** Index of the run of capitalised words (a name) this word is in, else -1. */
  nameRun: number;
  /** A short capitalised word written with a full stop ("Gen.", "Corp."): it may stand for a longer word. */
  abbreviated: boolean;
  /** An inflected verb ("endorsed", "took"): unmatched, it often marks an event the other sentence lacks. */
  verb: boolean;
  /** Index of the clause (between punctuation and linking words) the word is in. */
  clause: number;
}

export interface NameRun {
  /** Folded words of the name ("hillary", "rodham", "clinton"). */
  words: string[];
  /** Initials or the letters of an acronym ("us" for "United States" and for "U.S."). */
  initials: string;
}

export interface AnalysedSentence {
  tokens: FactToken[];
  names: NameRun[];
  /** Count of negation words ("not", "n't", "no", "never"). */
  negations: number;
  /** The sentence reports speech: a reporting verb ("said", "told", "according to") or a quotation mark. */
  reported: boolean;
  /** Clauses that attribute ("police said", "according to the agency"). */
  reportingClauses: ReadonlySet<number>;
  /** The sentence asks (ends with a question mark, before any closing quotation mark or bracket). */
  question: boolean;
}

/** Work bound: words past this many in a sentence are not read. */
export const MAX_SENTENCE_WORDS = 200;

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
};
const NEGATIONS = new Set(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without"]);
const REPORTING = new Set(
  "say says said saying tell tells told telling add adds added according state states stated note notes noted explain explains explained report reports reported claim claims claimed".split(
    " ",
  ),
);
/** Function words that the shared stopword list keeps as content but that carry no fact here. */
const EXTRA_FUNCTION_WORDS = new Set(["also", "would", "could", "should", "s", "t"]);
/** Punctuation between words that starts a new clause. */
const CLAUSE_PUNCTUATION = /[,;:()[\]—–]|\s-+\s/;
/** Words that start a new clause. */
const CONNECTORS = new Set(
  "and but while although though whereas because since as after before when where which who whom whose if unless until".split(
    " ",
  ),
);
/** Time words that reports add or drop freely ("on Tuesday", "yesterday"): not content for coverage. */
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight morning afternoon evening overnight".split(
    " ",
  ),
);

/** Splits a sentence into the tokens the judgement compares. Pure and linear in the sentence's length. */
export function analyseSentence(sentence: string): AnalysedSentence {
  const matches = [...sentence.matchAll(TOKEN)].slice(0, MAX_SENTENCE_WORDS);
  const raw: string[] = [];
  const breaks: boolean[] = [];
  let previousEnd = 0;
  for (const m of matches) {
    const gap = sentence.slice(previousEnd, m.index);
    previousEnd = m.index + m[0].length;
    splitCompound(m[0]).forEach((word, k) => {
      raw.push(word);
      breaks.push(k === 0 && (CLAUSE_PUNCTUATION.test(gap) || CONNECTORS.has(foldForComparison(word))));
    });
  }
  let clause = 0;
  const reportingClauses = new Set<number>();
  const tokens: FactToken[] = [];
  const names: NameRun[] = [];
  let negations = 0;
  let reported = /["“”«»]/.test(sentence);
  let runWords: string[] | null = null;

  for (let i = 0; i < raw.length; i++) {
    const surface = (raw[i] as string).replace(/\.$/, "");
    const folded = foldForComparison(surface).replace(/['’]s$/, "");
    if (breaks[i]) clause++;
    if (folded === "") continue;
    if (/n't$/.test(folded) || NEGATIONS.has(folded)) negations++;

    const number = numberAt(raw, i);
    if (number) {
      tokens.push(numberToken(number.value, clause));
      i += number.words - 1;
      runWords = null;
      continue;
    }
    if (REPORTING.has(folded)) {
      reported = true;
      reportingClauses.add(clause);
    }

    const capitalised = /^\p{Lu}/u.test(surface);
    const isName = capitalised && (i > 0 || !isKnownWord(folded)) && !ENGLISH_STOPWORDS.has(folded);
    let nameRun = -1;
    if (isName) {
      if (!runWords) {
        runWords = [];
        names.push({ words: runWords, initials: "" });
      }
      runWords.push(folded);
      nameRun = names.length - 1;
    } else {
      runWords = null;
    }
    const lemmas = isName ? [folded] : lemmaCandidates(folded);
    tokens.push({
      key: folded,
      content: isContent(folded),
      lemmas,
      stem: stem(folded),
      synonyms: isName ? [] : synonymGroups(lemmas),
      value: null,
      nameRun,
      abbreviated: capitalised && /^\p{L}{2,5}\.$/u.test(raw[i] as string),
      verb: !isName && isInflectedVerb(folded),
      clause,
    });
  }
  for (const name of names) name.initials = initialsOf(name.words);
  const question = /\?[\s"'”’»)\]]*$/u.test(sentence);
  return { tokens, names, negations, reported, reportingClauses, question };
}

/** "256-170" → 256, 170; "63-year-old" → 63, year-old; "U.S.-led" → U.S., led. Other compounds stay whole. */
function splitCompound(word: string): string[] {
  const parts = word.split("-");
  if (parts.length < 2 || parts.some((p) => p === "")) return [word];
  const first = parts[0] as string;
  if (/^\d[\d.,]*$/.test(first)) {
    const rest = parts.slice(1);
    return rest.every((p) => /^\d[\d.,]*$/.test(p)) ? parts : [first, rest.join("-")];
  }
  if (/^(?:\p{L}\.)+$/u.test(first)) return [first, ...parts.slice(1)];
  return [word];
}

function isContent(folded: string): boolean {
  if (ENGLISH_STOPWORDS.has(folded) || EXTRA_FUNCTION_WORDS.has(folded) || REPORTING.has(folded))
    return false;
  if (TIME_WORDS.has(folded)) return false;
  return /\p{L}{2}|\p{N}/u.test(folded);
}

function isKnownWord(folded: string): boolean {
  return ENGLISH_STOPWORDS.has(folded) || synonymGroups(lemmaCandidates(folded)).length > 0;
}

/** "U.S." → "us"; "United States" → "us"; a one-word name gives its own letters when it is an acronym. */
function initialsOf(words: readonly string[]): string {
  if (words.length === 1) {
    const only = words[0] ?? "";
    return /^(?:\p{L}\.)+\p{L}?$/u.test(only) || only.length <= 4 ? only.replace(/\./g, "") : "";
  }
  return words.map((w) => w.charAt(0)).join("");
}

function numberToken(rawValue: number, clause: number): FactToken {
  const value = Number(rawValue.toPrecision(12));
  const key = String(value);
  return {
    key,
    content: true,
    lemmas: [key],
    stem: key,
    synonyms: [],
    value,
    nameRun: -1,
    abbreviated: false,
    verb: false,
    clause,
  };
}

/** A number starting at word i: digits or number words, with a following scale ("3 million"). */
function numberAt(raw: readonly string[], i: number): { value: number; words: number } | null {
  const word = (raw[i] as string).replace(/\.$/, "");
  const parsed = parseNumberWord(word.replace(/[$£€¥%]/g, ""));
  if (!parsed || parsed.unit !== "") return null;
  const scale = SCALES[foldForComparison(raw[i + 1] ?? "").replace(/\.$/, "")];
  if (scale) return { value: parsed.value * scale, words: 2 };
  return { value: parsed.value, words: 1 };
}
