import { ENGLISH_STOPWORDS, words, type TextSpan } from "../text";
import { foldWord } from "./fold";

/** Lower-case words allowed inside a name: "Coalition of the Willing", "Bank of America". */
const NAME_CONNECTORS = new Set(["of", "the", "de", "la", "du", "von", "van", "der", "al", "bin"]);
/** Titles before a name: a name starts after them ("Russian President Vladimir Putin" → "Vladimir Putin"). */
const TITLES = new Set(
  (
    "president prime minister secretary mr mrs ms dr sir lord lady gov governor sen senator rep officer sgt " +
    "lt capt col gen chief deputy sheriff detective judge mayor spokesman spokeswoman spokesperson"
  ).split(" "),
);
/** Capitalised words that open a run but are not part of a name ("December", "Three British nationals"). */
const NOT_NAME_OPENERS = new Set(
  (
    "january february march april june july august september october november december " +
    "two three four five six seven eight nine ten"
  ).split(" "),
);
const MAX_ENTITIES = 32;
// Hoisted: these run for every word of every article.
const POSSESSIVE = /['’]s?$/u;
const CAPITALISED = /^\p{Lu}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACES = /^ +$/;
/** A sentence-ending mark followed by a space ("Smith. He", "fled!” Police"). */
const SENTENCE_END = /[.!?][\p{Pe}\p{Pf}"'’]*\s/u;
/** Words a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr no vs etc inc ltd co corp jan feb mar apr jun " +
    "jul aug sep sept oct nov dec approx dept est fig mt ft"
  ).split(" "),
);

interface Token extends TextSpan {
  /** First word of its sentence, where capitals prove nothing. */
  initial: boolean;
  capitalised: boolean;
  /** The text between the previous word and this one. */
  gapBefore: string;
  /** Written with a possessive ("Ukraine's"), which ends a name. */
  possessive: boolean;
}

/**
 * Names in a text by capitalisation: runs of capitalised words (with inner connectors), titles and leading
 * function words dropped. A lone capitalised word that opens a sentence only counts if the text also
 * capitalises it mid-sentence, so "Unsurprisingly" is not a name but "Putin" is. Shouted (all-caps) and
 * title-case lines are skipped, since their capitals say nothing.
 * Multi-word names also yield their last word ("Vladimir Putin" → "Putin"), which is how later mentions and
 * other outlets usually refer to the same person.
 */
export function extractEntities(title: string, text: string, maxChars = 20_000): string[] {
  const body = text.slice(0, maxChars);
  return entitiesOfWords(title, words(title), body, words(body));
}

/**
 * extractEntities of a title and a body (already cut to length) whose words (lib/text `words`) the caller
 * has read anyway: profiling reads them for its terms too.
 */
export function entitiesOfWords(
  title: string,
  titleWords: readonly string[],
  body: string,
  bodyWords: readonly string[],
): string[] {
  // A headline's capitals prove nothing when it is in title case; a body sentence full of names is still prose.
  const usableTitle =
    isTitleCase(titleWords) || isShouted(title, titleWords) ? [] : sentencesOf(title, titleWords);
  const sentences = [...usableTitle, ...sentencesOf(body, bodyWords)].filter(
    (tokens) => !isShoutedSentence(tokens),
  );
  const capitalisedMidSentence = new Set<string>();
  for (const tokens of sentences) {
    for (const t of tokens) if (t.capitalised && !t.initial) capitalisedMidSentence.add(foldWord(t.text));
  }

  const counts = new Map<string, { surface: string; count: number; first: number }>();
  let position = 0;
  const add = (name: string): void => {
    const key = foldWord(name);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { surface: name, count: 1, first: position++ });
  };
  for (const tokens of sentences) {
    for (const run of capitalisedRuns(tokens)) {
      const names = trimRun(run);
      if (names.length === 0) continue;
      const onlyWord = names[0];
      if (names.length === 1 && onlyWord?.initial && !capitalisedMidSentence.has(foldWord(onlyWord.text))) {
        continue;
      }
      add(names.map((t) => t.text).join(" "));
      const last = names[names.length - 1];
      if (names.length > 1 && last && !names.some((t) => NAME_CONNECTORS.has(t.text))) add(last.text);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, MAX_ENTITIES)
    .map((e) => e.surface);
}

function connectsToName(tokens: readonly Token[], connectorIndex: number): boolean {
  for (let j = connectorIndex + 1; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || !isSpaces(token.gapBefore)) return false;
    if (token.capitalised) return true;
    if (!NAME_CONNECTORS.has(token.text)) return false;
  }
  return false;
}

/**
 * The text's words grouped into sentences, in one pass: a sentence ends at a line break, or at ".", "!" or "?"
 * followed by a space, unless the word before is an abbreviation or an initial ("Mr. Smith", "J. Smith").
 * Cheaper than a full sentence segmenter, and for names only where sentences start matters.
 */
function sentencesOf(text: string, textWords: readonly string[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let previousEnd = 0;
  let previousWord = "";
  for (const raw of textWords) {
    // Where the word is: the next occurrence of it. Nothing between two words can start one (a letter or
    // digit would have started a word there), so this is the word's own position, without match objects.
    const start = text.indexOf(raw, previousEnd);
    const end = start + raw.length;
    // Most words follow a single space, which never ends a sentence: no slice, no pattern test.
    const gap =
      start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32 ? " " : text.slice(previousEnd, start);
    if (current.length > 0 && gap !== " " && endsSentence(gap, previousWord)) {
      sentences.push(current);
      current = [];
    }
    const word = mayBePossessive(raw) ? raw.replace(POSSESSIVE, "") : raw;
    // Built field by field: object spread is several times slower here, and this runs for every word.
    current.push({
      text: word,
      start,
      end,
      initial: current.length === 0,
      capitalised: startsCapitalised(word),
      gapBefore: current.length === 0 ? "" : gap,
      possessive: word !== raw,
    });
    previousEnd = end;
    previousWord = raw;
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** False only when POSSESSIVE cannot match: the word ends neither in an apostrophe nor in one and "s". */
function mayBePossessive(word: string): boolean {
  let at = word.length - 1;
  if (word.charCodeAt(at) === 115) at--; // "s"
  const c = word.charCodeAt(at);
  return c === 39 || c === 0x2019; // ' or ’
}

/** CAPITALISED.test, without the pattern for ASCII (where \p{Lu} is A–Z). */
function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(word);
}

function endsSentence(gap: string, previousWord: string): boolean {
  if (gap.includes("\n")) return true;
  if (!SENTENCE_END.test(gap)) return false;
  if (!gap.startsWith(".")) return true;
  const word = previousWord.toLowerCase();
  return !(ABBREVIATIONS.has(word) || (word.length === 1 && UPPER.test(previousWord)));
}

/** A headline whose content words are nearly all capitalised ("Man Dies After Shooting On Oak Street"). */
function isTitleCase(lineWords: readonly string[]): boolean {
  const contentWords = lineWords.filter((w) => !ENGLISH_STOPWORDS.has(w.toLowerCase()));
  if (contentWords.length < 3) return false;
  return contentWords.filter((w) => CAPITALISED.test(w)).length / contentWords.length > 0.8;
}

/** A sentence in capitals only. */
function isShoutedSentence(tokens: readonly Token[]): boolean {
  let upper = 0;
  for (const t of tokens) {
    if (LOWER.test(t.text)) return false;
    if (UPPER.test(t.text)) upper++;
  }
  return upper >= 3;
}

/** A line in capitals only ("CHARGERS' WILLIAMS ARRESTED"). */
function isShouted(line: string, lineWords: readonly string[]): boolean {
  return LOWER.test(line) === false && lineWords.filter((w) => UPPER.test(w)).length >= 3;
}

/** SPACES.test, without the pattern for the usual single space. */
function isSpaces(gap: string): boolean {
  return gap === " " || SPACES.test(gap);
}

function isFunctionWord(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word) || NAME_CONNECTORS.has(word);
}

/** Maximal runs of capitalised tokens, joined by spaces (or a connector word between two capitals). */
function capitalisedRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const previous = run[run.length - 1];
    // A name runs on only across plain spaces: a comma or a possessive ends it ("Putin, Xi", "Ukraine's allies").
    const adjacent = previous !== undefined && !previous.possessive && isSpaces(token.gapBefore);
    if (token.capitalised && (run.length === 0 || adjacent)) {
      run.push(token);
      continue;
    }
    // Connectors join two capitalised words only: "Coalition of the Willing", not "Putin of the".
    if (run.length > 0 && adjacent && NAME_CONNECTORS.has(token.text) && connectsToName(tokens, i)) {
      run.push(token);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = token.capitalised ? [token] : [];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Drops leading function words, dates and counts ("The", "However", "December", "Three") and trailing
 * connectors; a title inside a run ends what came before it ("Russian President Vladimir Putin" →
 * "Vladimir Putin").
 */
function trimRun(run: readonly Token[]): Token[] {
  const folded = run.map((t) => foldWord(t.text));
  let start = 0;
  folded.forEach((word, i) => {
    if (TITLES.has(word)) start = i + 1;
  });
  let end = run.length;
  while (start < end && (isFunctionWord(folded[start] ?? "") || NOT_NAME_OPENERS.has(folded[start] ?? ""))) {
    start++;
  }
  while (end > start && isFunctionWord(folded[end - 1] ?? "")) end--;
  return run.slice(start, end).filter((t) => t.text.length > 1 || UPPER.test(t.text));
}
