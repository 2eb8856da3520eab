import type { CharRange } from "../types";
import { NAME_PREFIXES, ORGANISATION_HEADS, PERSON_ROLE_NOUNS, PRONOUNS } from "../speakers/lexicon";
import { isGivenName } from "../speakers/speaker-kinds";
import { ENGLISH_STOPWORDS } from "../../text";

/** A word or a punctuation mark of a window of the body. */
interface Token extends CharRange {
  text: string;
  lower: string;
  isWord: boolean;
}

const MAX_PHRASE_WORDS = 9;
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "another",
  "some",
  "many",
  "several",
  "this",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "other",
  "these",
  "one",
  "each",
  "both",
  "two",
  "three",
]);
// Words between a subject and its verb that belong to neither: "Peskov later said", "she has also written".
const BETWEEN_SUBJECT_AND_VERB = new Set([
  "has",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "could",
  "also",
  "later",
  "then",
  "previously",
  "again",
  "repeatedly",
  "once",
  "recently",
  "reportedly",
  "further",
  "just",
  "not",
  "never",
  "had",
  "did",
  "does",
  "do",
  "may",
  "might",
  "can",
  "already",
  "even",
  "still",
  "now",
  "first",
  "often",
  "always",
  "subsequently",
  "allegedly",
  "apparently",
  "initially",
  "ultimately",
  "simply",
  "famously",
  "been",
  "being",
  "since",
  "has",
]);
/** Prepositions whose object a noun phrase after them is ("in the capital"), not anyone's subject. */
const OBJECT_PREPOSITIONS = new Set([
  "outside",
  "inside",
  "into",
  "across",
  "near",
  "around",
  "in",
  "on",
  "at",
  "to",
  "from",
  "with",
  "of",
  "for",
  "about",
  "via",
  "by",
]);
const PREPOSITIONS_ENDING_PHRASE = new Set([
  "in",
  "on",
  "at",
  "to",
  "during",
  "after",
  "before",
  "via",
  "from",
  "with",
  "when",
  "while",
  "as",
  "for",
  "about",
  "who",
  "which",
  "that",
  "because",
  "and",
  "but",
  "of",
  "said",
  "says",
  "told",
]);

const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|week|year|month|night|morning|afternoon|evening)$/;

function tokens(body: string, from: number, to: number): Token[] {
  const result: Token[] = [];
  // "Roberts ' email": tokenised copy sets a plural's possessive mark apart; it stays with its word.
  const re = /[\p{L}\p{N}][\p{L}\p{N}\-’'.&/]*(?:(?<=s)\s['’](?=\s+\p{Ll}))?|[^\s]/gu;
  const text = body.slice(from, to);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let raw = m[0];
    if (
      raw.length > 2 &&
      raw.endsWith(".") &&
      !/^(?:\p{L}\.)+$/u.test(raw) &&
      !NAME_PREFIXES.has(raw.slice(0, -1).toLowerCase())
    ) {
      raw = raw.slice(0, -1);
    }
    const start = from + m.index;
    result.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      isWord: /[\p{L}\p{N}]/u.test(raw),
    });
  }
  return result;
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function isPossessive(token: Token): boolean {
  return /\p{L}['’]s?$/u.test(token.text);
}

/** Whether a word can sit inside a speaker's noun phrase: names, titles, roles and their modifiers. */
function canBeInPhrase(token: Token): boolean {
  if (!token.isWord) return false;
  if (isCapitalised(token)) return true;
  if (PERSON_ROLE_NOUNS.has(token.lower) || NAME_PREFIXES.has(token.lower) || isPossessive(token))
    return true;
  return (
    !ENGLISH_STOPWORDS.has(token.lower) &&
    !PREPOSITIONS_ENDING_PHRASE.has(token.lower) &&
    !/ly$/.test(token.lower)
  );
}

/** "for" inside an organisation's name between capitalised words: "Democracy for America". */
function joinsOrganisationName(before: Token | undefined, token: Token, after: Token | undefined): boolean {
  // "Secretary of State Mike Pompeo": a title's "of" too.
  if (token.lower === "of" && before !== undefined && after !== undefined)
    return NAME_PREFIXES.has(before.lower) && isCapitalised(before) && isCapitalised(after);
  return (
    token.lower === "for" &&
    before !== undefined &&
    after !== undefined &&
    isCapitalised(before) &&
    isCapitalised(after)
  );
}

/** "has", "also", "later", "repeatedly", "emphatically": words between a subject and its verb. */
function isBetweenSubjectAndVerb(token: Token | undefined): boolean {
  if (!token) return false;
  return BETWEEN_SUBJECT_AND_VERB.has(token.lower) || /^[\p{Ll}]{3,}ly$/u.test(token.text);
}

// "He went on to say", "The email goes on to say", "Roe continued to argue": the verb carrying the subject is before.
const GOING_ON = /^(?:go|goes|went|going|gone)$/;
const CONTINUING = /^(?:continued|continues|continue|proceeded|proceeds)$/;

/** The index before "went on to" / "continued to" ending at `i`, or `i` when they are not there. */
function beforeGoingOnTo(list: readonly Token[], i: number): number {
  if (list[i]?.lower !== "to") return i;
  if (list[i - 1]?.lower === "on" && GOING_ON.test(list[i - 2]?.lower ?? "")) i -= 3;
  else if (CONTINUING.test(list[i - 1]?.lower ?? "")) i -= 2;
  else return i;
  while (i >= 0 && isBetweenSubjectAndVerb(list[i])) i -= 1;
  return i;
}

function rangeOf(list: readonly Token[]): CharRange | null {
  const first = list[0];
  const last = list[list.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/** Drops a "(D-Mo.)" party label or other parenthesis closing a phrase, so the phrase ends on a word. */
function skipParenthesisBackward(list: readonly Token[], index: number): number {
  if (list[index]?.text !== ")") return index;
  for (let i = index - 1; i >= Math.max(0, index - 8); i -= 1) if (list[i]?.text === "(") return i - 1;
  return index;
}

/**
 * The noun phrase that ends right before a verb at `verbStart`: "Kremlin spokesperson Dmitry Peskov (later) said",
 * "the ad's narrator says", "he told". Walks back over auxiliaries, then over phrase words to a determiner.
 * An appositive between commas ("Douglas Brinkley, a historian who attended, recalled") is stepped over.
 */
export function subjectBefore(body: string, from: number, verbStart: number): CharRange | null {
  const list = tokens(body, from, verbStart);
  let i = list.length - 1;
  while (i >= 0 && isBetweenSubjectAndVerb(list[i])) i -= 1;
  i = beforeGoingOnTo(list, i);
  const who = list[i];
  if (who?.lower === "who") {
    // "Rikkie Wells, who tweeted": the relative pronoun is the mention; "Candidates who think" is no speaker.
    const previous = list[i - 1];
    const afterName = previous !== undefined && (previous.text === "," || (i > 1 && isCapitalised(previous)));
    return afterName ? { start: who.start, end: who.end } : null;
  }
  if (list[i]?.text === ",") {
    let comma = -1;
    for (let j = i - 1; j >= Math.max(0, i - 25); j -= 1) {
      if (list[j]?.text === ",") {
        comma = j;
        break;
      }
    }
    if (comma < 0) return null;
    const opener = list[comma + 1]?.lower ?? "";
    const appositive =
      DETERMINERS.has(opener) ||
      ["who", "whose", "which", "now", "then", "herself", "himself"].includes(opener) ||
      /^\p{Lu}/u.test(list[comma + 1]?.text ?? "") ||
      PERSON_ROLE_NOUNS.has(opener) ||
      NAME_PREFIXES.has(opener);
    // Any other insertion ("Trump, in Kentucky, said"; "Durbin, noting the size of the list, said") only after a
    // name or a pronoun: a lower-case phrase there is more often the object of something.
    const beforeComma = list[skipParenthesisBackward(list, comma - 1)];
    const named =
      beforeComma !== undefined &&
      (isCapitalised(beforeComma) || PRONOUNS.has(beforeComma.lower)) &&
      !list.slice(comma + 1, i).some((t) => /^["“”]$/.test(t.text));
    if (!appositive && !named) return null;
    i = comma - 1;
  }
  i = skipParenthesisBackward(list, i);
  const last = list[i];
  if (!last) return null;
  if (PRONOUNS.has(last.lower) || last.lower === "i") return { start: last.start, end: last.end };
  const phrase: Token[] = [];
  for (let j = i; j >= 0 && phrase.length < MAX_PHRASE_WORDS; j -= 1) {
    const token = list[j];
    if (!token) break;
    if (DETERMINERS.has(token.lower)) {
      phrase.unshift(token);
      break;
    }
    // "The newly elected representative": an adverb inside a determiner's phrase.
    const adverbInPhrase =
      /ly$/.test(token.lower) && phrase.length > 0 && DETERMINERS.has(list[j - 1]?.lower ?? "");
    // "Karine Jean - Pierre": a hyphen printed with spaces inside a capitalised name.
    const spacedHyphen =
      token.text === "-" &&
      phrase[0] !== undefined &&
      isCapitalised(phrase[0]) &&
      isCapitalised(list[j - 1] ?? token);
    if (
      !canBeInPhrase(token) &&
      !adverbInPhrase &&
      !spacedHyphen &&
      !joinsOrganisationName(list[j - 1], token, phrase[0])
    )
      break;
    phrase.unshift(token);
  }
  // A lower-case word alone before the verb is more often an object than a subject ("officials" excepted).
  const head = phrase[phrase.length - 1];
  if (!head) return null;
  // "speaking at a press conference in the capital, Ostrel, said": the phrase is a preposition's object (but
  // "one of the woman's quotes" names whose quotes they are). The subject, if any, opens the insertion:
  // "Michael Seaman, who lives outside the state capital, Sacramento, said".
  const previous = list[i - phrase.length];
  if (
    previous &&
    !isPossessive(head) &&
    OBJECT_PREPOSITIONS.has(previous.lower) &&
    phrase.every((t) => !isCapitalised(t)) &&
    !PERSON_ROLE_NOUNS.has(head.lower)
  ) {
    // "who in 2010 said": the subject stands before the adverbial.
    const beforePreposition = list[i - phrase.length - 1];
    if (beforePreposition && ["who", "he", "she", "they", "we", "i"].includes(beforePreposition.lower))
      return subjectBefore(body, from, previous.start);
    // "NRA President David Keene in an interview said": a name right before the adverbial is the subject.
    if (beforePreposition && isCapitalised(beforePreposition) && /\p{Ll}/u.test(beforePreposition.text)) {
      const named = subjectBefore(body, from, previous.start);
      if (named) return named;
    }
    const firstComma = list.findIndex((t) => t.text === ",");
    const opening = list[firstComma];
    if (!opening || firstComma >= i - phrase.length) return null;
    const named = subjectBefore(body, from, opening.start);
    return named && /^\p{Lu}/u.test(body.slice(named.start, named.end)) ? named : null;
  }
  if (phrase.length === 1 && TIME_WORDS.test(head.lower)) {
    // "Simon Coveney, on Monday said": the subject stands before the time adverbial.
    return previous && /^(?:on|in|at|last|this|early|late)$/.test(previous.lower)
      ? subjectBefore(body, from, previous.start)
      : null;
  }
  if (
    phrase.every((t) => !isCapitalised(t)) &&
    !PERSON_ROLE_NOUNS.has(head.lower) &&
    !DETERMINERS.has(phrase[0]?.lower ?? "")
  )
    return null;
  const officer = officerOfOrganisation(body, from, list, i - phrase.length + 1, head);
  if (officer) return officer;
  const whole = organisationBefore(list, i - phrase.length + 1);
  const range = rangeOf(list.slice(whole, i + 1));
  return range && jointSubject(body, from, list, i - phrase.length + 1, range);
}

/** Links of an organisation's name read back through "of" or "for" ("Congregation for the Doctrine of the Faith"). */
const MAX_ORGANISATION_LINKS = 3;

/** Whether capitalised words can open an organisation's name: one is an institution's head, none a given name. */
function opensOrganisation(run: readonly Token[]): boolean {
  return (
    run.some((t) => ORGANISATION_HEADS.has(t.lower.replace(/['’]s?$/, ""))) &&
    !run.some((t) => isGivenName(t.text))
  );
}

/**
 * Where an organisation's name starts when the phrase before a verb is its tail after "of" or "for": "the Faith"
 * in "the Congregation for the Doctrine of the Faith referred" reads back to "the Congregation". `start` when the
 * words before are no organisation's (a person "of" a place, a title "of State").
 */
function organisationBefore(list: readonly Token[], start: number): number {
  let best = start;
  let s = start;
  for (let link = 0; link < MAX_ORGANISATION_LINKS; link += 1) {
    const preposition = list[s - 1];
    if (!preposition || (preposition.lower !== "of" && preposition.lower !== "for")) break;
    let k = s - 2;
    const run: Token[] = [];
    for (let t = list[k]; t && isCapitalised(t) && !DETERMINERS.has(t.lower); t = list[k]) {
      run.unshift(t);
      k -= 1;
    }
    if (run.length === 0 || run.some((t) => isGivenName(t.text))) break;
    if (list[k]?.lower === "the") k -= 1;
    s = k + 1;
    if (opensOrganisation(run)) best = s;
  }
  return best;
}

/**
 * "Geoff Barrow, president and CEO of the Lamps Association, a trade group, said", "Helena Ward, the ACLU of
 * Oregon's legal director said": the phrase before the verb is the organisation of a role (or a role of an
 * organisation) in apposition to a name before a comma; that name is the subject. Null when there is none.
 */
function officerOfOrganisation(
  body: string,
  from: number,
  list: readonly Token[],
  phraseStart: number,
  head: Token,
): CharRange | null {
  const preposition = list[phraseStart - 1];
  if (!preposition || !["of", "at", "for"].includes(preposition.lower)) return null;
  for (let j = phraseStart - 2; j >= Math.max(0, phraseStart - 10); j -= 1) {
    const token = list[j];
    if (!token || /^["“”]$/.test(token.text)) return null;
    if (token.text !== ",") continue;
    const role = list.slice(j + 1, phraseStart - 1);
    const hasRole =
      role.some((t) => PERSON_ROLE_NOUNS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) ||
      (PERSON_ROLE_NOUNS.has(head.lower) && !isCapitalised(head));
    const beforeComma = list[j - 1];
    if (!hasRole || !beforeComma || !isCapitalised(beforeComma) || PRONOUNS.has(beforeComma.lower))
      return null;
    const name = subjectBefore(body, from, token.start);
    return name && /^\p{Lu}/u.test(body.slice(name.start, name.end)) ? name : null;
  }
  return null;
}

/**
 * "Chuck Schumer and Nancy Pelosi blasted", "Cardin and Senate Armed Services Chairman John McCain said": two
 * named subjects joined by "and" speak together, so the phrase takes both. Only capitalised phrases on both sides
 * ("the senator and his aides" stays as it was).
 */
function jointSubject(
  body: string,
  from: number,
  list: readonly Token[],
  phraseStart: number,
  range: CharRange,
): CharRange {
  const and = list[phraseStart - 1];
  const before = list[phraseStart - 2];
  if (and?.lower !== "and" || !before || !isCapitalised(before) || PRONOUNS.has(before.lower)) return range;
  if (!/^\p{Lu}/u.test(body.slice(range.start, range.end).replace(/^(?:the|a|an)\s+/i, ""))) return range;
  if (CAPITALISED_NAME_STOPPERS.has(before.lower)) return range;
  const first = subjectBefore(body, from, and.start);
  // "former Housing and Urban Development Secretary Julián Castro": a title in two parts is joined too.
  if (!first || first.end !== before.end || !/\p{Lu}/u.test(body.slice(first.start, first.end))) return range;
  return { start: first.start, end: range.end };
}

/** Capitalised words that end a sentence's opening rather than a name: "Meanwhile and …" never joins. */
const CAPITALISED_NAME_STOPPERS = new Set(["i", "but", "and", "so", "then", "meanwhile", "however", "also"]);

/** The noun phrase right after a verb: "said Caddell", "says the ad's narrator", "said Sen. Claire McCaskill". */
export function subjectAfter(body: string, verbEnd: number, to: number): CharRange | null {
  const list = tokens(body, verbEnd, to);
  const phrase: Token[] = [];
  for (const [i, token] of list.entries()) {
    if (phrase.length >= MAX_PHRASE_WORDS) break;
    if (phrase.length === 0 && (PRONOUNS.has(token.lower) || token.lower === "i"))
      return { start: token.start, end: token.end };
    if (phrase.length === 0 && DETERMINERS.has(token.lower)) {
      phrase.push(token);
      continue;
    }
    // "tweeted Friends of the Earth": an organisation's name goes on through "of (the)".
    const next = list[i + 1]?.lower === "the" ? list[i + 2] : list[i + 1];
    if (
      (token.lower === "of" || token.lower === "for") &&
      next &&
      isCapitalised(next) &&
      opensOrganisation(phrase)
    ) {
      phrase.push(token);
      continue;
    }
    if (
      token.lower === "the" &&
      (phrase[phrase.length - 1]?.lower === "of" || phrase[phrase.length - 1]?.lower === "for")
    ) {
      phrase.push(token);
      continue;
    }
    if (!canBeInPhrase(token) && !joinsOrganisationName(phrase[phrase.length - 1], token, list[i + 1])) break;
    phrase.push(token);
  }
  const head = phrase[phrase.length - 1];
  if (
    !head ||
    (phrase.every((t) => !isCapitalised(t)) &&
      !PERSON_ROLE_NOUNS.has(head.lower) &&
      !DETERMINERS.has(phrase[0]?.lower ?? ""))
  )
    return null;
  return rangeOf(phrase);
}

/**
 * The subject that opens a sentence: for a participle cue ("…, writing", "…, saying") the speaker is the subject of
 * the main clause. Leading adverbs ("Meanwhile") and one introductory phrase ending in a comma are skipped.
 */
const TIME_OPENERS = /^(?:on|in|at|by|since|until|last|this|next|early|late|earlier|later)$/;

/** Past an opening "On September 27", "In August," or "Last week": the subject comes after it. */
function afterTimeAdverbial(list: readonly Token[], start: number): number {
  if (!TIME_OPENERS.test(list[start]?.lower ?? "")) return start;
  let j = start + 1;
  while (j < list.length && (TIME_WORDS.test(list[j]?.lower ?? "") || /^\d/.test(list[j]?.text ?? "")))
    j += 1;
  if (j === start + 1) return start;
  return list[j]?.text === "," ? j + 1 : j;
}

export function sentenceSubject(body: string, sentenceStart: number, limit: number): CharRange | null {
  const list = tokens(body, sentenceStart, limit);
  const tryFrom = (start: number, skipTime = true): CharRange | null => {
    let i = start;
    while (
      i < list.length &&
      /^(?:meanwhile|however|earlier|later|separately|still|also|instead|then|now|but|and|so)$/.test(
        list[i]?.lower ?? "",
      )
    )
      i += 1;
    if (list[i]?.text === ",") i += 1;
    const afterTime = skipTime ? afterTimeAdverbial(list, i) : i;
    // A subject this reader cannot take ("several environmental groups") keeps the quote with the opener.
    if (afterTime > i) return tryFrom(afterTime, false) ?? tryFrom(i, false);
    const first = list[i];
    if (first && (PRONOUNS.has(first.lower) || first.text === "I"))
      return { start: first.start, end: first.end };
    const phrase: Token[] = [];
    for (let j = i; j < list.length && phrase.length < MAX_PHRASE_WORDS; j += 1) {
      const token = list[j];
      if (!token) break;
      if (phrase.length === 0 && DETERMINERS.has(token.lower)) {
        phrase.push(token);
        continue;
      }
      // "Senate Energy and Natural Resources Committee Chairman Joe Manchin": "and" inside capitalised words.
      const joins =
        token.lower === "and" &&
        phrase.length > 0 &&
        isCapitalised(phrase[phrase.length - 1] ?? token) &&
        isCapitalised(list[j + 1] ?? token) &&
        list[j + 1] !== undefined;
      const fits =
        isCapitalised(token) ||
        PERSON_ROLE_NOUNS.has(token.lower) ||
        NAME_PREFIXES.has(token.lower) ||
        isPossessive(token) ||
        joins;
      if (!fits) break;
      phrase.push(token);
    }
    const head = phrase[phrase.length - 1];
    if (!head) return null;
    if (!isCapitalised(head) && !PERSON_ROLE_NOUNS.has(head.lower)) return null;
    if (ENGLISH_STOPWORDS.has(head.lower)) return null;
    // "Likewise,", "Speaking to reporters,", "Hastily": an opener, not the subject; all-capitals is a heading.
    const only = phrase.length === 1 ? head.lower.replace(/['’]s$/, "") : "";
    if (/(?:ly|ing)$/.test(only) || ENGLISH_STOPWORDS.has(only) || PRONOUNS.has(only)) return null;
    if (phrase.every((t) => !/\p{Ll}/u.test(t.text) && t.text.length > 1 && /\p{L}/u.test(t.text)))
      return null;
    return rangeOf(phrase);
  };
  const direct = tryFrom(0);
  if (direct) return direct;
  const comma = list.findIndex((t) => t.text === ",");
  return comma >= 0 && comma < 12 ? tryFrom(comma + 1) : null;
}

export function isPronoun(body: string, range: CharRange): boolean {
  const word = body.slice(range.start, range.end).toLowerCase();
  return PRONOUNS.has(word);
}

/** "the Russian leader", "The US president": a definite description of a person, to resolve like a pronoun. */
export function isPersonDescription(body: string, range: CharRange): boolean {
  const words = body.slice(range.start, range.end).toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? "";
  return (words[0] === "the" || words[0] === "this") && PERSON_ROLE_NOUNS.has(head) && !/s$/.test(head);
}
