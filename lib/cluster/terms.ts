import { ENGLISH_STOPWORDS, words } from "../text";
import { foldWord } from "./fold";

// Hoisted: these run for every word of every article.
const POSSESSIVE = /'s?$/;
const DIGIT = /\d/;
const NOT_A_PLURAL = /(ss|us|is)$/;

/**
 * The index term for a word, or null when it carries no topic. Lower-case and accent-free, possessive and a
 * plain plural "s" dropped, so "Troops" and "troop's" meet, while staying readable for the UI's reasons.
 * Numbers are not terms here: they are kept apart as figures.
 */
export function termOf(word: string): string | null {
  const folded = foldWord(word).replace(POSSESSIVE, "");
  if (folded.length < 3 || DIGIT.test(folded) || ENGLISH_STOPWORDS.has(folded)) return null;
  if (folded.length > 4 && folded.endsWith("ies")) return `${folded.slice(0, -3)}y`;
  if (folded.length > 3 && folded.endsWith("s") && !NOT_A_PLURAL.test(folded)) {
    const singular = folded.slice(0, -1);
    return ENGLISH_STOPWORDS.has(singular) ? null : singular;
  }
  return folded;
}

/** Term of a figure, kept apart from words so "#26" never meets a word. */
export function figureTerm(figure: string): string {
  return `#${figure}`;
}

/**
 * termOf of recent words (termOf is pure): news reuses its vocabulary, and this runs for every word of every
 * article. Memory bound: emptied when it reaches MAX_REMEMBERED_WORDS words.
 */
const termOfWord = new Map<string, string | null>();
const MAX_REMEMBERED_WORDS = 50_000;

/** Index terms of a text in order (repeats kept). */
export function termsOfText(text: string): string[] {
  return termsOfWords(words(text));
}

/** termsOfText of a text's words (lib/text `words`). */
export function termsOfWords(textWords: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of textWords) {
    let term = termOfWord.get(word);
    if (term === undefined) {
      if (termOfWord.size >= MAX_REMEMBERED_WORDS) termOfWord.clear();
      // A long match is a slice of the text and would keep the whole article alive: remember a copy.
      const key = word.length >= 13 ? ` ${word}`.slice(1) : word;
      term = termOf(key);
      termOfWord.set(key, term);
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}
