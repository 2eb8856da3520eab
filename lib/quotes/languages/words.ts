import type { CharRange } from "../types";
import type { LanguageRules } from "./types";

/** A word of the body with its offsets. */
export interface Word extends CharRange {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Lower-case words inside a name: "Ursula von der Leyen", "Luis de Guindos", "Ferreira dos Santos". */
const NAME_PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "do",
  "dos",
  "das",
  "du",
  "la",
  "le",
  "y",
  "e",
]);

/** The words of body[from, to), in order. */
export function wordsIn(body: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const text = body.slice(from, to);
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      text: m[0],
      lower: m[0].toLowerCase(),
    });
  }
  WORD.lastIndex = 0;
  return words;
}

/** Whether a word can be part of a name: capitalised, and not a function word or a speech verb. */
export function isNameWord(word: Word, rules: LanguageRules): boolean {
  return (
    /^[\p{Lu}]/u.test(word.text) &&
    !rules.functionWords.has(word.lower) &&
    !rules.cueVerbs.has(word.lower) &&
    !rules.pronouns.has(word.lower)
  );
}

export function isPronoun(word: Word, rules: LanguageRules): boolean {
  return rules.pronouns.has(word.lower);
}

/** Whether only spaces lie between two offsets, or the marks of a quoted name: `die „Computerwoche“`. */
function adjacent(body: string, from: number, to: number): boolean {
  return /^[\s\u00a0]*[„»]?$/.test(body.slice(from, to));
}

/**
 * The noun phrase starting at words[i]: a pronoun, or a determiner with its adjectives and nouns (`der
 * FIFA-Chef Sepp Blatter`, `el ministro`), or a run of capitalised words. Null when none starts there.
 */
export function phraseFrom(
  body: string,
  words: readonly Word[],
  i: number,
  rules: LanguageRules,
): CharRange | null {
  const first = words[i];
  if (!first) return null;
  if (isPronoun(first, rules)) return { start: first.start, end: first.end };
  let j = i;
  let sawDeterminer = false;
  if (rules.determiners.has(first.lower)) {
    sawDeterminer = true;
    j += 1;
  }
  let end = -1;
  let taken = 0;
  for (; j < words.length && taken < 6; j += 1) {
    const w = words[j];
    const prev = words[j - 1];
    if (!w || (j > i && prev && !adjacent(body, prev.end, w.start))) break;
    if (isNameWord(w, rules)) {
      end = w.end;
      taken += 1;
      continue;
    }
    if (
      end >= 0 &&
      NAME_PARTICLES.has(w.text) &&
      words[j + 1] &&
      isNameWord(words[j + 1]!, rules) &&
      // German articles join a name only after `von`: `Ursula von der Leyen`, not `der Randalierer den Fluggast`.
      !(rules.code === "de" && /^d[aeu]/.test(w.text) && !/^va?[no]n?$/.test(prev?.text ?? ""))
    )
      continue;
    // After a determiner, lower-case adjectives and (in Romance languages) the noun: "der ugandische", "el ministro".
    if (
      sawDeterminer &&
      end < 0 &&
      taken < 3 &&
      !rules.functionWords.has(w.lower) &&
      !rules.cueVerbs.has(w.lower)
    ) {
      taken += 1;
      if (rules.code !== "de") end = w.end;
      continue;
    }
    break;
  }
  return end < 0 ? null : { start: first.start, end };
}

/**
 * The noun phrase ending right before words[i] (skipping auxiliaries and adverbs): `Merkel [sagte]`, `Der
 * Minister hat [erklärt]`, `il a [déclaré]`. Null when none ends there.
 */
export function phraseBefore(
  body: string,
  words: readonly Word[],
  i: number,
  rules: LanguageRules,
  floor: number,
): CharRange | null {
  let j = i - 1;
  while (
    j >= 0 &&
    words[j] &&
    words[j]!.start >= floor &&
    rules.auxiliaries.has(words[j]!.lower) &&
    i - j <= 3
  )
    j -= 1;
  const last = words[j];
  if (!last || last.start < floor) return null;
  const next = words[j + 1];
  if (next && /[.!?;:]/.test(body.slice(last.end, next.start))) return null;
  if (isPronoun(last, rules)) return { start: last.start, end: last.end };
  if (!isNameWord(last, rules)) {
    // A Romance role noun: "el ministro [dijo]".
    const det = words[j - 1];
    if (
      rules.code !== "de" &&
      det &&
      det.start >= floor &&
      rules.determiners.has(det.lower) &&
      !rules.functionWords.has(last.lower)
    )
      return { start: det.start, end: last.end };
    return null;
  }
  let start = last.start;
  for (let k = j - 1; k >= 0 && j - k < 8; k -= 1) {
    const w = words[k];
    const after = words[k + 1];
    if (!w || w.start < floor || !after || !adjacent(body, w.end, after.start)) break;
    if (isNameWord(w, rules) || (NAME_PARTICLES.has(w.text) && k > 0 && isNameWord(words[k - 1]!, rules))) {
      start = w.start;
      continue;
    }
    if (rules.determiners.has(w.lower)) {
      start = w.start;
      // `Der Hauptgeschäftsführer des BPI`: a genitive attached to a name or role noun before it.
      const head = words[k - 1];
      if (
        head &&
        isNameWord(head, rules) &&
        /^(?:des|der)$/.test(w.lower) &&
        adjacent(body, head.end, w.start)
      )
        continue;
    }
    break;
  }
  return { start, end: last.end };
}
