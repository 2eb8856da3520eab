import lemmatizer from "wink-lemmatizer";
import porter2 from "wink-porter2-stemmer";
import synonymData from "./synonyms.json";

/**
 * Word-level knowledge for the same-fact judgement, all from well-kept resources: lemmas from wink-lemmatizer
 * (WordNet's morphology), stems from the Porter2 stemmer, synonyms from WordNet's synsets (synonyms.json, built
 * by lab/fit/same-fact-synonyms.ts).
 */

const groupsOfWord = new Map<string, number[]>();
synonymData.groups.forEach((group, id) => {
  for (const word of group.split(" ")) {
    const list = groupsOfWord.get(word);
    if (list) list.push(id);
    else groupsOfWord.set(word, [id]);
  }
});

/** Work bound: words longer than this are not looked up (no English word is; a URL or a hash is). */
const MAX_WORD_LENGTH = 40;

/** Memory bound: each memo holds at most this many words, and starts afresh when full. */
const MEMO_SIZE = 50_000;

/** A pure function of a word, remembered: news repeats its words, and lemmatising is the costly step. */
function memoised<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    if (memo.size >= MEMO_SIZE) memo.clear();
    const value = compute(word);
    memo.set(word, value);
    return value;
  };
}

/** The word itself and its possible base forms as a noun, a verb and an adjective ("rose" → rose, rise). */
export const lemmaCandidates = memoised((word: string): string[] => {
  if (word.length > MAX_WORD_LENGTH || !/^[a-z][a-z'-]*$/.test(word)) return [word];
  const forms = new Set([word, lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)]);
  return [...forms];
});

export const stem = memoised((word: string): string => {
  if (word.length > MAX_WORD_LENGTH || !/^[a-z]/.test(word)) return word;
  return porter2(word);
});

/** Synonym group ids of any of the lemmas (sorted, distinct). */
export function synonymGroups(lemmas: readonly string[]): number[] {
  const ids = new Set<number>();
  for (const lemma of lemmas) for (const id of groupsOfWord.get(lemma) ?? []) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/** An inflected verb form that is not also a plural noun ("endorsed", "running", "took"; not "stores"). */
export const isInflectedVerb = memoised((word: string): boolean => {
  if (word.length > MAX_WORD_LENGTH || !/^[a-z][a-z'-]*$/.test(word)) return false;
  return lemmatizer.verb(word) !== word && lemmatizer.noun(word) === word;
});
