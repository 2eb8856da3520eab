import lexicon from "wink-lexicon/src/lexicon.js";

/**
 * Whether a lower-case word is a common English word: in wink-lexicon's curated list of about 13,000 words with
 * their parts of speech (the lexicon wink-lemmatizer is built on). Some surnames are common words too ("bush",
 * "price"), so callers use this only where a name would need more evidence anyway.
 */
export function isCommonWord(word: string): boolean {
  return Object.hasOwn(lexicon, word);
}

/** The words of a text written in lower case: a capitalised word found among them is a word there, not a name. */
export function lowerCaseWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<!\p{L})\p{Ll}[\p{Ll}’'-]*/gu)) words.add(m[0]);
  return words;
}
