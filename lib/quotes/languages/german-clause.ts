import type { CharRange } from "../types";
import type { LanguageRules } from "./types";
import { phraseFrom, wordsIn, type Word } from "./words";
import { wordSet } from "./types";

/**
 * The subject of a German clause from its word order, without a lexicon of verbs. German puts the finite verb
 * second: what stands before it (the prefield) is the subject when it is a noun phrase (`Die Bundesregierung
 * bezeichnete …`); when it is an adverb, a prepositional phrase or a subordinate clause (`Dabei griff sie …`,
 * `Als Begründung sagte ein Wissenschaftler: …`, `Als ein Fluggast zu Hilfe eilte, biss der Randalierer …`) the
 * subject is the first noun phrase after the verb that can be nominative (not `den`, `dem`, `einem` …, not governed
 * by a preposition).
 */

/** Conjunctions that open a verb-final clause. */
const SUBORDINATORS = wordSet(
  "als wenn nachdem weil obwohl während da sobald bevor seit wie ob falls dass indem",
);
/** Words that open a relative clause after a comma. */
const RELATIVES = wordSet("der die das dem den deren dessen welche welcher welches wo was");
/** Determiners that never open a nominative noun phrase. */
const NOT_NOMINATIVE = wordSet(
  "den dem des einen einem eines seinen seinem seines ihren ihrem ihres diesen diesem unseren unserem jenem",
);
/** Pronouns that stand as a subject. `sie` is also an object; right after the verb it is mostly the subject. */
const SUBJECT_PRONOUNS = wordSet("er sie ich wir man");
/** Finite auxiliaries and modals: the verb of the clause although they are function words. */
const FINITE = wordSet(
  "hat hatte hatten haben ist war sind waren wird wurde werden wurden will wollte wollten muss musste mussten",
  "kann konnte konnten soll sollte sollten darf durfte möchte möchten lässt ließ ließen sei seien habe hätte",
  "hätten wäre wären würde würden werde gibt gab geht ging kam kommt macht machte nahm sagt sagte sah steht stand",
  "tat tritt",
);
const COPULA = wordSet("ist sind war waren sei seien wäre wären");
/** Focus particles before a prefield noun phrase: `Auch die Ministerin sagte …`. */
const FOCUS = wordSet("auch selbst sogar nur gerade besonders ebenfalls zudem");
/** A capitalised adverb opening the sentence: `Ursprünglich`, `Offenbar`, `Derzeit`, `Aktuell`. */
const ADVERB_SHAPE = /^\p{Lu}\p{Ll}+(?:lich|weise|mals|dings|falls|bar|zeit|ell|isch|los|wärts|artig|end)$/u;

/** Whether a word is a capitalised adverb opening a sentence (`Offenbar`, `Ursprünglich`), not a name. */
export function isGermanAdverb(text: string): boolean {
  return ADVERB_SHAPE.test(text);
}

function gap(body: string, a: Word, b: Word): string {
  return body.slice(a.end, b.start);
}

function isLower(w: Word): boolean {
  return /^\p{Ll}/u.test(w.text);
}

/** The index of the clause's finite verb from `start`, or -1: the first word that can only be a verb there. */
export function finiteVerb(
  body: string,
  words: readonly Word[],
  start: number,
  rules: LanguageRules,
  end = words.length,
): number {
  let adjective = false;
  for (let k = start; k < end && k < start + 30; k += 1) {
    const w = words[k]!;
    const prev = words[k - 1];
    if (k > start && prev && /,/.test(gap(body, prev, w)) && RELATIVES.has(w.lower)) {
      // `Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte …`: skip the relative clause.
      let j = k + 1;
      while (j < words.length && !/,/.test(gap(body, words[j - 1]!, words[j]!))) j += 1;
      k = j - 1;
      adjective = false;
      continue;
    }
    if (k > start && (FINITE.has(w.text) || (rules.cueVerbs.has(w.text) && !adjective))) return k;
    const initial = k === start && (rules.functionWords.has(w.lower) || rules.determiners.has(w.lower));
    if ((!isLower(w) && !initial) || /^\d/.test(w.text)) {
      adjective = false;
      continue;
    }
    if (rules.functionWords.has(w.lower) || rules.determiners.has(w.lower)) {
      // `am heutigen Montag`, `angesichts solcher Alternativen`: an adjective may follow either.
      adjective = rules.determiners.has(w.lower) || rules.prepositions.has(w.lower);
      continue;
    }
    // `der kritischen thailändischen Öffentlichkeit`: lower-case words after a determiner are adjectives.
    // `Das Angebot, palästinensische Verwundete …`: after a comma, an inflected word before a noun is one too.
    const next = words[k + 1];
    const commaBefore = prev !== undefined && /,/.test(gap(body, prev, w));
    // `Verwundete zu behandeln`: an infinitive.
    if (prev?.lower === "zu") {
      adjective = false;
      continue;
    }
    if (
      adjective ||
      /(?:er|es|em)$/.test(w.lower) ||
      (commaBefore && /(?:e|en)$/.test(w.lower) && next !== undefined && !isLower(next))
    ) {
      adjective = true;
      continue;
    }
    // A clause opening with its verb has its prefield elsewhere (`„…“ zogen die Demonstranten …`).
    if (k > start || isLower(w)) return k;
    adjective = true;
  }
  return -1;
}

/** The first noun phrase from words[from] (before `to`) that can be a subject: not governed, not dative or accusative. */
export function nominativeAfter(
  body: string,
  words: readonly Word[],
  from: number,
  to: number,
  rules: LanguageRules,
): CharRange | null {
  let governed = false;
  for (let k = from; k < words.length && k < from + 14; k += 1) {
    const w = words[k]!;
    if (w.start >= to) break;
    const prev = words[k - 1];
    if (k > from && prev && /[,;:]/.test(gap(body, prev, w))) break;
    if (SUBJECT_PRONOUNS.has(w.lower)) return { start: w.start, end: w.end };
    if (rules.prepositions.has(w.lower) || NOT_NOMINATIVE.has(w.lower)) {
      governed = true;
      continue;
    }
    // `der Ablauf der UN-Mission`: a genitive after a noun belongs to it.
    if ((w.lower === "der" || w.lower === "des") && prev && !isLower(prev) && k > from) {
      governed = true;
      continue;
    }
    if (isLower(w) && !rules.determiners.has(w.lower)) continue;
    const phrase = phraseFrom(body, words, k, rules);
    if (!phrase) continue;
    if (phrase.end > to) break;
    if (governed) {
      governed = false;
      while (words[k + 1] && words[k + 1]!.end <= phrase.end) k += 1;
      continue;
    }
    if (ADVERB_SHAPE.test(body.slice(phrase.start, phrase.end))) continue;
    return phrase;
  }
  return null;
}

/**
 * The subject of the German main clause in body[from, to): the clause before a quote, from the sentence's start or
 * the last quote before it. Null when no finite verb or subject is found.
 */
export function germanSubject(
  body: string,
  from: number,
  to: number,
  rules: LanguageRules,
): CharRange | null {
  const words = wordsIn(body, from, to);
  if (words.length < 2) return null;
  let start = 0;
  const first = words[0]!;
  if (SUBORDINATORS.has(first.lower)) {
    // `Wie ein Sprecher mitteilte, …`: the framing clause names the source of the sentence.
    const closed = words.findIndex((w, k) => k > 1 && /,/.test(gap(body, words[k - 1]!, w)));
    if (first.lower === "wie" && closed > 0)
      return nominativeAfter(body, words, 1, words[closed]!.start, rules);
    // `Als ein Fluggast zu Hilfe eilte, biss der Randalierer …`: the verb right after the clause.
    // The first word after a comma that can only be a verb (`…, dass …, erklärte die Universität`).
    const verb = words.findIndex(
      (w, k) =>
        k > 0 &&
        /,/.test(gap(body, words[k - 1]!, w)) &&
        isLower(w) &&
        (FINITE.has(w.lower) || !rules.functionWords.has(w.lower)),
    );
    if (verb > 0) return nominativeAfter(body, words, verb + 1, to, rules);
  }
  while (words[start] && FOCUS.has(words[start]!.lower)) start += 1;
  const f = finiteVerb(body, words, start, rules);
  if (f < 0) return null;
  const head = words[start]!;
  if (SUBJECT_PRONOUNS.has(head.lower) && f === start + 1) return { start: head.start, end: head.end };
  if (rules.accordingTo.has(head.lower)) return phraseFrom(body, words, start + 1, rules);
  // `Für den Minister ist die Lage „alarmierend“`: the one it is so for.
  if (head.lower === "für" && COPULA.has(words[f]!.lower)) return phraseFrom(body, words, start + 1, rules);
  const after = words[f + 1];
  if (
    after &&
    SUBJECT_PRONOUNS.has(after.lower) &&
    (after.lower !== "sie" || f === start + 1) &&
    !/[,;:]/.test(gap(body, words[f]!, after))
  )
    return { start: after.start, end: after.end };
  const adverbial =
    ADVERB_SHAPE.test(head.text) &&
    (f === start + 1 || (words[start + 1] !== undefined && isLower(words[start + 1]!)));
  const prefieldIsSubject =
    f > start &&
    !rules.prepositions.has(head.lower) &&
    !NOT_NOMINATIVE.has(head.lower) &&
    !SUBORDINATORS.has(head.lower) &&
    (rules.determiners.has(head.lower) || !rules.functionWords.has(head.lower)) &&
    !adverbial;
  if (prefieldIsSubject) {
    if (SUBJECT_PRONOUNS.has(head.lower)) return { start: head.start, end: head.end };
    const phrase = phraseFrom(body, words, start, rules);
    if (phrase) return phrase;
  }
  return nominativeAfter(body, words, f + 1, to, rules);
}

/**
 * The subject of a German speech verb at words[i] before a quote: in a verb-final clause (`wie sich Tauss
 * ausdrückte`, `, wonach …`) the nominative noun phrase after its conjunction, otherwise the main clause's subject.
 */
export function germanCueSubject(
  body: string,
  words: readonly Word[],
  i: number,
  clauseStart: number,
  to: number,
  rules: LanguageRules,
): CharRange | null {
  // A verb-final clause ends at its verb: `wie sich Tauss ausdrückte, „…“`.
  let last = i;
  while (words[last + 1] && FINITE.has(words[last + 1]!.text)) last += 1;
  const next = words[last + 1];
  const closes = !next || next.start >= to || /[,;]/.test(gap(body, words[last]!, next));
  for (let j = i - 1; closes && j >= 0 && j >= i - 15; j -= 1) {
    const w = words[j]!;
    const comma = j > 0 && /,/.test(gap(body, words[j - 1]!, w));
    if (!(SUBORDINATORS.has(w.lower) && (j === 0 || comma)) && !(RELATIVES.has(w.lower) && comma)) continue;
    if (finiteVerb(body, words, j + 1, rules, i) >= 0) break;
    return nominativeAfter(body, words, j + 1, words[i]!.start, rules);
  }
  // `X wies das zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte: „…“`: a second main clause after
  // a comma, its subject the noun phrase standing alone between the comma and the verb.
  for (let j = i - 1; j > 0 && j >= i - 15; j -= 1) {
    if (!/,/.test(gap(body, words[j - 1]!, words[j]!))) continue;
    if (finiteVerb(body, words, j, rules, i) >= 0) break;
    const w = words[j]!;
    if (
      !rules.determiners.has(w.lower) &&
      (isLower(w) || rules.functionWords.has(w.lower) || SUBORDINATORS.has(w.lower))
    )
      break;
    if (words[0]!.start >= clauseStart && finiteVerb(body, words, 0, rules, j) >= 0) {
      const phrase = phraseFrom(body, words, j, rules);
      if (phrase) return phrase;
    }
  }
  // A colon ends a clause: `…, scharf: So sagte Olli Rehn: „…“`.
  let from = clauseStart;
  for (let j = i; j > 0; j -= 1) {
    if (/:/.test(gap(body, words[j - 1]!, words[j]!))) {
      from = words[j]!.start;
      break;
    }
  }
  return germanSubject(body, from, to, rules);
}

/**
 * The source a German sentence names before its quote without a speech verb: a framing clause (`Wie der Richter
 * ausführte, hätte es „…“`) or the main clause of a `dass` clause (`Jackson geht davon aus, dass Spector „…“`).
 */
export function framingSubject(
  body: string,
  sentence: CharRange,
  to: number,
  rules: LanguageRules,
): CharRange | null {
  const words = wordsIn(body, sentence.start, to);
  const first = words[0];
  if (!first) return null;
  const comma = words.findIndex((w, k) => k > 1 && /,/.test(gap(body, words[k - 1]!, w)));
  if (first.lower === "wie" && comma > 0) return nominativeAfter(body, words, 1, words[comma]!.start, rules);
  // `Der Generalanwalt kritisierte das scharf: Das Gesetz beschränke …, betreibe eine „…“`.
  const colon = words.findIndex((w, k) => k > 1 && /:/.test(gap(body, words[k - 1]!, w)));
  if (colon > 0) return germanSubject(body, sentence.start, words[colon]!.start, rules);
  const dass = words.findIndex(
    (w, k) => k > 1 && w.lower === "dass" && /,/.test(gap(body, words[k - 1]!, w)),
  );
  if (dass < 0) return null;
  return germanSubject(body, sentence.start, words[dass]!.start, rules);
}
