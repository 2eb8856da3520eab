import type { CharRange } from "../types";
import { CAPITALISED_FUNCTION_WORDS, NAME_PREFIXES, NON_PERSON_WORDS } from "./lexicon";
import { genderOfGivenName, givenNameStart } from "./speaker-kinds";

/** A mention of a person in the body: where the name is written and the name as written (titles dropped). */
export interface PersonMention extends CharRange {
  name: string;
}

interface Word extends CharRange {
  text: string;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}\-’']*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const NAME_PARTICLES = new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "al",
  "da",
  "di",
  "du",
  "la",
  "le",
  "del",
]);
const POSSESSIVE = /['’]s?$/;

function bareWord(word: string): string {
  return word.replace(POSSESSIVE, "").replace(/\.$/, "").toLowerCase();
}

function isCapitalised(word: string): boolean {
  return NAME_WORD.test(word) && !/^\p{Lu}{3,}$/u.test(word.replace(POSSESSIVE, ""));
}

/** Runs of capitalised words with no punctuation between them, each ending at a possessive. */
function capitalisedRuns(body: string, from: number, to: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = (): void => {
    while (run.length > 0 && NAME_PARTICLES.has(run[run.length - 1]?.text ?? "")) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const re = /[\p{L}\p{N}][\p{L}\p{N}\-’'.]*|[^\s]/gu;
  const text = body.slice(from, to);
  let hyphenAfter: Word | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let raw = m[0];
    // A sentence-final period belongs to the sentence, not to the word; initials and "Mr." keep theirs.
    if (
      raw.endsWith(".") &&
      raw.length > 2 &&
      !/^(?:\p{Lu}\.)+$/u.test(raw) &&
      !NAME_PREFIXES.has(bareWord(raw))
    ) {
      raw = raw.slice(0, -1);
    }
    const word: Word = { text: raw, start: from + m.index, end: from + m.index + raw.length };
    // "Karine Jean - Pierre": a hyphenated name printed with spaces (tokenised text) is one word.
    const previous = run[run.length - 1];
    if (raw === "-" && previous && body[word.start - 1] === " " && body[word.end] === " ") {
      hyphenAfter = previous;
      continue;
    }
    if (hyphenAfter) {
      const joined = hyphenAfter;
      hyphenAfter = null;
      if (joined === run[run.length - 1] && isCapitalised(raw) && !POSSESSIVE.test(joined.text)) {
        joined.text = `${joined.text}-${raw}`;
        joined.end = word.end;
        if (raw.length < m[0].length) flush();
        continue;
      }
      flush();
    }
    if (isCapitalised(raw) || (run.length > 0 && NAME_PARTICLES.has(raw))) {
      run.push(word);
      if (POSSESSIVE.test(raw) && /\p{L}['’]s?$/u.test(raw)) flush();
      if (raw.length < m[0].length) flush();
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** A title or role word, hyphenated ones included ("Director-General", "Vice-President"). */
function isNamePrefix(word: string): boolean {
  return (
    NAME_PREFIXES.has(word) ||
    (word.includes("-") && word.split("-").every((part) => NAME_PREFIXES.has(part)))
  );
}

// A title inside a run ("Teskarian Prime Minister Hakan Oruvel") starts the name only when at least this many
// words follow it, so "Martin Luther King Jr." keeps its "King".
const MIN_WORDS_AFTER_INNER_TITLE = 2;

function nameOfRun(run: readonly Word[]): { words: Word[]; titled: boolean } {
  let i = 0;
  let titled = false;
  while (i < run.length) {
    const word = bareWord(run[i]?.text ?? "");
    if (CAPITALISED_FUNCTION_WORDS.has(word) && !NAME_PREFIXES.has(word)) {
      i += 1;
      continue;
    }
    if (isNamePrefix(word)) {
      titled = true;
      i += 1;
      continue;
    }
    break;
  }
  // Words describing the title come before it: "Emergency Services Minister", "Data Protection Commissioner".
  for (let k = run.length - MIN_WORDS_AFTER_INNER_TITLE - 1; k > i; k -= 1) {
    if (isNamePrefix(bareWord(run[k]?.text ?? ""))) return { words: run.slice(k + 1), titled: true };
  }
  // "National Security Adviser John Bolton": a given name inside a long run starts the name.
  const given = givenNameStart(run.slice(i).map((w) => w.text));
  if (given > 0) return { words: run.slice(i + given), titled: true };
  return { words: run.slice(i), titled };
}

function mentionOf(words: readonly Word[]): PersonMention | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const lastText = last.text.replace(POSSESSIVE, "");
  const end = last.end - (last.text.length - lastText.length);
  const name = words
    .map((w, i) => (i === words.length - 1 ? lastText : w.text))
    .join(" ")
    .trim();
  return name ? { start: first.start, end, name } : null;
}

function looksLikePersonName(words: readonly Word[], titled: boolean): boolean {
  if (words.length === 0 || words.length > 4) return false;
  // A title word may end a name that a given name opens: it is a surname there ("Spencer White", "Larry King").
  const surnameAt =
    words.length >= 2 && genderOfGivenName(words[0]?.text ?? "") !== null ? words.length - 1 : -1;
  if (
    words.some(
      (w, i) =>
        NON_PERSON_WORDS.has(bareWord(w.text)) || (NAME_PREFIXES.has(bareWord(w.text)) && i !== surnameAt),
    )
  )
    return false;
  if (words.some((w) => /\d/.test(w.text))) return false;
  return titled || words.length >= 2;
}

/** A word of an organisation's or place's name, singular or plural ("Hospitals Trust", "Workers' Union"). */
function isNonPersonWord(word: string): boolean {
  const bare = bareWord(word);
  return NON_PERSON_WORDS.has(bare) || (bare.endsWith("s") && NON_PERSON_WORDS.has(bare.slice(0, -1)));
}

/** First words that make a run a place or an institution named after one: "St Aldric's", "Mount Kenya". */
const PLACE_FIRST_WORDS = new Set(["st", "saint", "ste", "mount", "mt", "fort", "lake", "cape"]);
/** "the Journal of …", "University of …", "Bank of …": the run after "of" is part of an organisation's name. */
const ORGANISATION_OF = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*) of (?:the )?$/u;

/**
 * Whether a capitalised run is part of an organisation's or place's name by its surroundings: a plural's
 * possessive followed by an organisation ("Aldmere Savers' Association", "Dockworkers' Union"), the
 * object of "Journal of", "University of", or a place's first word ("St", "Mount").
 */
function namesOrganisation(body: string, runs: readonly Word[][], index: number): boolean {
  const run = runs[index];
  const first = run?.[0];
  const last = run?.[run.length - 1];
  if (!run || !first || !last) return false;
  if (PLACE_FIRST_WORDS.has(bareWord(first.text))) return true;
  const before = ORGANISATION_OF.exec(body.slice(Math.max(0, first.start - 40), first.start));
  if (before?.[1] && NON_PERSON_WORDS.has(bareWord(before[1]))) return true;
  const next = runs[index + 1];
  // Only a plural's possessive: "Joe Biden's White House" is a person's.
  return Boolean(
    /s['’]$/.test(last.text) &&
    next?.[0] &&
    /^\s+$/.test(body.slice(last.end, next[0].start)) &&
    next.some((w) => isNonPersonWord(w.text)),
  );
}

/** People named in body[from, to): capitalised runs that read as a person's name once titles are dropped. */
export function findPersonMentions(body: string, from = 0, to = body.length): PersonMention[] {
  const mentions: PersonMention[] = [];
  const singles: PersonMention[] = [];
  const runs = capitalisedRuns(body, from, to);
  for (const [index, run] of runs.entries()) {
    if (namesOrganisation(body, runs, index)) continue;
    const { words, titled } = nameOfRun(run);
    const mention = mentionOf(words);
    if (!mention) continue;
    if (looksLikePersonName(words, titled)) mentions.push(mention);
    else if (words.length === 1) singles.push(mention);
  }
  // A lone word is a person when the text also gives it as part of a full name: "Putin" after "Vladimir Putin".
  const nameParts = new Set(mentions.flatMap((m) => nameWords(m.name)));
  for (const single of singles) if (nameParts.has(nameWords(single.name)[0] ?? "")) mentions.push(single);
  return mentions.sort((a, b) => a.start - b.start);
}

/** The name inside a noun phrase: its last capitalised run with titles and roles dropped ("Dmitry Peskov"). */
export function nameInPhrase(body: string, phrase: CharRange): PersonMention | null {
  const runs = capitalisedRuns(body, phrase.start, phrase.end);
  for (let r = runs.length - 1; r >= 0; r -= 1) {
    const run = runs[r];
    if (!run || namesOrganisation(body, runs, r)) continue;
    const { words } = nameOfRun(run);
    if (words.length === 0 || words.length > 5) continue;
    // "the Keystone Bill" is no one, but a given name opening a name is ("Rep. Bill Flores").
    const thing = (w: Word, i: number) =>
      NON_PERSON_WORDS.has(bareWord(w.text)) && !(i < words.length - 1 && genderOfGivenName(w.text) !== null);
    if (words.some(thing)) continue;
    const mention = mentionOf(words);
    if (mention) return mention;
  }
  return null;
}

function nameWords(name: string): string[] {
  return name.split(/\s+/).map((w) => w.replace(/\.$/, "").toLowerCase());
}

/** The last word of a name, lower-cased: the key under which its longer forms are found. */
export function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? "";
}

// Namesakes examined on each side of a mention when looking for its fullest form.
const MAX_NAMESAKES_EXAMINED = 64;
/**
 * The fullest name the text gives for a short one: "Putin" → "Vladimir Putin" when that was written before.
 * `namesakes` are the text's mentions with the same surname, sorted by position. A fuller form that opens with a
 * given name or an initial (a person's) is preferred to one that does not ("Stop Trump" in a quoted slogan); among
 * those, the one the text writes most often ("Trump" in a story about Donald Trump that mentions Eric Trump once);
 * then the nearest earlier one, failing that the nearest later one (a headline may use the surname first). Only
 * the nearest MAX_NAMESAKES_EXAMINED on each side are looked at, so a name mentioned thousands of times costs no
 * more. `accept` filters the fuller forms (one of the gender a pronoun asks for, say).
 */
export function fullestName(
  shortName: string,
  at: number,
  namesakes: readonly PersonMention[],
  accept: (name: string) => boolean = () => true,
): string {
  const short = nameWords(shortName);
  const surname = short[short.length - 1];
  if (!surname) return shortName;
  const fuller = (mention: PersonMention | undefined): mention is PersonMention => {
    if (!mention) return false;
    const words = nameWords(mention.name);
    return (
      words.length > short.length &&
      words[words.length - 1] === surname &&
      short.every((w) => words.includes(w)) &&
      accept(mention.name)
    );
  };
  let lo = 0;
  let hi = namesakes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((namesakes[mid]?.start ?? Number.POSITIVE_INFINITY) <= at) lo = mid + 1;
    else hi = mid;
  }
  // Fuller forms in order of preference by place (nearest earlier first, then nearest later), with their counts.
  const forms = new Map<string, { order: number; count: number }>();
  const visit = (i: number): void => {
    const mention = namesakes[i];
    if (!fuller(mention)) return;
    const form = forms.get(mention.name);
    if (form) form.count += 1;
    else forms.set(mention.name, { order: forms.size, count: 1 });
  };
  for (let i = lo - 1; i >= Math.max(0, lo - MAX_NAMESAKES_EXAMINED); i -= 1) visit(i);
  for (let i = lo; i < Math.min(namesakes.length, lo + MAX_NAMESAKES_EXAMINED); i += 1) visit(i);
  const candidates = [...forms.entries()];
  const personal = candidates.filter(([name]) => opensWithGivenName(name));
  const pool = personal.length > 0 ? personal : candidates;
  pool.sort(([, a], [, b]) => b.count - a.count || a.order - b.order);
  return pool[0]?.[0] ?? shortName;
}

/** "Donald Trump", "J. Smith": a name a person's given name or initial opens; "Stop Trump" is not one. */
export function opensWithGivenName(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? "";
  return /^\p{Lu}\.$/u.test(first) || genderOfGivenName(first) !== null;
}
