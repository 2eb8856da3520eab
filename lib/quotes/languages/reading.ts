import type { CharRange } from "../types";
import type { LocalQuote } from "./marks";
import type { LanguageRules } from "./types";
import { germanCueSubject, germanSubject, isGermanAdverb } from "./german-clause";
import { isPronoun, phraseBefore, phraseFrom, wordsIn, type Word } from "./words";

/** How a quote is tied to its speaker, if at all. */
export type Via = "before" | "trailer" | "according" | "colon" | "continuation" | "subject" | "none";

/** One reading of a quote: the cue that introduces it, the speaker mention, and how they were found. */
export interface Reading {
  via: Via;
  cue: (CharRange & { text: string }) | null;
  speaker: CharRange | null;
  /** Words between the cue and the quote (before) or the quote and the cue (after). */
  cueDistance: number;
}

/** What the reader knows of the quote's surroundings. */
export interface QuoteContext {
  sentence: CharRange;
  /** Where the clause before the quote starts: the sentence start, or just past a quote earlier in it. */
  clauseStart: number;
  /** Where the text after the quote stops being read: the sentence end or the next quote. */
  clauseEnd: number;
}

const MAX_BEFORE_WORDS = 25;
const MAX_TRAILER_WORDS = 10;

/** A French inverted cue, `a-t-il déclaré` or `explique-t-elle`: the verb part and the pronoun. */
function invertedPronoun(word: Word): CharRange | null {
  const m = /-(?:t-)?(il|elle|ils|elles|on)$/i.exec(word.text);
  if (!m?.[1]) return null;
  const end = word.end;
  return { start: end - m[1].length, end };
}

/** Whether a word is a speech verb: lower case as verbs are written (German nouns are capitalised: "Frage"). */
function isCue(word: Word, rules: LanguageRules, sentenceStart = -1): boolean {
  if (word.text !== word.lower && word.start !== sentenceStart) return false;
  if (rules.cueVerbs.has(word.lower)) return true;
  const verb = word.lower.replace(/-(?:t-)?(?:il|elle|ils|elles|on)$/, "");
  return verb !== word.lower && (rules.cueVerbs.has(verb) || rules.auxiliaries.has(verb));
}

function cueOf(word: Word): CharRange & { text: string } {
  return { start: word.start, end: word.end, text: word.lower };
}

/** German `heißt es in dem Bericht`, `hieß es aus dem Ministerium`: the document or body named by the phrase. */
const IMPERSONAL_CUE = /^(?:heißt|hieß)$/;

function impersonalSource(
  body: string,
  words: readonly Word[],
  i: number,
  rules: LanguageRules,
  floor: number,
): CharRange | null {
  if (!IMPERSONAL_CUE.test(words[i]?.lower ?? "") || words[i + 1]?.lower !== "es") return null;
  for (let k = i + 2; k < words.length && k < i + 8; k += 1) {
    if (rules.prepositions.has(words[k]!.lower)) {
      const phrase = phraseFrom(body, words, k + 1, rules);
      if (phrase) return phrase;
    }
  }
  for (let k = i - 1; k >= 0 && words[k]!.start >= floor && k > i - 6; k -= 1) {
    if (rules.prepositions.has(words[k]!.lower)) return phraseFrom(body, words, k + 1, rules);
  }
  return null;
}

/** Active forms of "to quote": the speaker is the verb's object, not its subject. */
const QUOTING = /^(?:zitiert|zitierte|zitierten|cite|citait|cita|citó|citou)$/;

/** The noun phrase right after another: the object after the subject of an inverted verb. */
function objectAfter(
  body: string,
  words: readonly Word[],
  subject: CharRange,
  rules: LanguageRules,
): CharRange | null {
  const k = words.findIndex((w) => w.start >= subject.end);
  if (k < 0 || /[,;.:]/.test(body.slice(subject.end, words[k]!.start))) return null;
  return phraseFrom(body, words, k, rules);
}

/** `„…“, sagte der Minister` / `„…“, so Merkel` / `« … », a-t-il ajouté` / `«…», según el ministro`. */
function trailerReading(
  body: string,
  q: LocalQuote,
  ctx: QuoteContext,
  rules: LanguageRules,
): Reading | null {
  const words = wordsIn(body, q.close, ctx.clauseEnd).slice(0, MAX_TRAILER_WORDS);
  if (!/^[\s\u00a0]*[,;]?[\s\u00a0]*[—–-]?[\s\u00a0]*\p{L}/u.test(body.slice(q.close, q.close + 12)))
    return null;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    // `„…“, so Merkel`, and `„…“ beenden, so Rice.` at the start of a later comma segment.
    const segmentStart = i === 0 || /,/.test(body.slice(words[i - 1]!.end, w.start));
    if (rules.accordingTo.has(w.lower) || (segmentStart && rules.trailerWords.has(w.lower))) {
      const speaker = phraseFrom(body, words, i + 1, rules);
      if (speaker) return { via: "trailer", cue: cueOf(w), speaker, cueDistance: i };
      continue;
    }
    if (i === 0 && rules.auxiliaries.has(w.lower) && !rules.pronouns.has(words[1]?.lower ?? "")) {
      // `„…“, wird Mike Downey zitiert` / `„…“, hatte Koch-Mehrin gesagt`: the speaker between auxiliary and verb.
      const cueAt = words.findIndex((x, k) => k > 0 && isCue(x, rules));
      const speaker = cueAt > 0 ? phraseFrom(body, words, 1, rules) : null;
      if (speaker) return { via: "trailer", cue: cueOf(words[cueAt]!), speaker, cueDistance: cueAt };
    }
    if (!isCue(w, rules)) {
      if (i >= 4) return null;
      continue;
    }
    const impersonal = impersonalSource(body, words, i, rules, q.close);
    if (impersonal) return { via: "trailer", cue: cueOf(w), speaker: impersonal, cueDistance: i };
    const inverted = invertedPronoun(w);
    if (inverted) {
      const next = words[i + 1];
      const cue = next && rules.cueVerbs.has(next.lower) ? next : w;
      return { via: "trailer", cue: cueOf(cue), speaker: inverted, cueDistance: i };
    }
    // The speaker after the verb (`sagte er`, `dijo el ministro`), past auxiliaries (`ha dicho el…`), or before it
    // (`„…“, wie Merkel sagte`, `„…“, Merkel sagte`).
    let k = i + 1;
    while (
      words[k] &&
      (rules.auxiliaries.has(words[k]!.lower) || rules.cueVerbs.has(words[k]!.lower)) &&
      k < i + 3
    )
      k += 1;
    const after = phraseFrom(body, words, k, rules);
    // `„…“, zitiert die „Computerwoche“ Lynch`, `zitierte man Yolanda Alvarez`: who is quoted, after who quotes.
    const quoted = after && QUOTING.test(w.lower) ? objectAfter(body, words, after, rules) : null;
    if (quoted) return { via: "trailer", cue: cueOf(w), speaker: quoted, cueDistance: i };
    if (after) return { via: "trailer", cue: cueOf(w), speaker: after, cueDistance: i };
    const before = phraseBefore(body, words, i, rules, q.close);
    if (before) return { via: "trailer", cue: cueOf(w), speaker: before, cueDistance: i };
    return { via: "trailer", cue: cueOf(w), speaker: null, cueDistance: i };
  }
  return null;
}

/** Whether the words before a phrase only open its clause: nothing, or a conjunction. */
function opensClause(body: string, from: number, phrase: CharRange, rules: LanguageRules): boolean {
  const before = wordsIn(body, from, phrase.start);
  const last = before[before.length - 1];
  if (!last) return true;
  return (
    /[,;:]\s*$/.test(body.slice(last.end, phrase.start)) ||
    (before.length <= 2 && rules.functionWords.has(last.lower) && !rules.prepositions.has(last.lower))
  );
}

/** Whether a preposition governs the phrase: `in einer Rede`, `am Montag` are no speakers. */
function governed(words: readonly Word[], phrase: CharRange, rules: LanguageRules): boolean {
  const at = words.findIndex((w) => w.start >= phrase.start);
  const prev = words[at - 1];
  return prev !== undefined && rules.prepositions.has(prev.lower);
}

const CLAUSE_OPENERS = new Set([
  "und",
  "aber",
  "auch",
  "doch",
  "denn",
  "sondern",
  "oder",
  "selbst",
  "sogar",
  "nur",
]);

// `Wie der Minister erklärte, …`: a framing clause names the speaker of the whole sentence.
const FRAME_WORDS = new Set(["wie", "comme", "como", "come"]);

/** The speaker of a cue found before the quote: before the verb, after it (German word order), or the clause's subject. */
function subjectOfCue(
  body: string,
  words: readonly Word[],
  i: number,
  ctx: QuoteContext,
  to: number,
  rules: LanguageRules,
): CharRange | null {
  const impersonal = impersonalSource(body, words, i, rules, ctx.clauseStart);
  if (impersonal) return impersonal;
  // German puts the finite verb second: with `hatte … verkündet` the subject stands around the auxiliary.
  let f = i;
  if (rules.code === "de") {
    let segment = i;
    while (segment > 0 && !/[,;]/.test(body.slice(words[segment - 1]!.end, words[segment]!.start)))
      segment -= 1;
    for (let j = segment; j < i; j += 1) {
      if (rules.finiteAuxiliaries.has(words[j]!.text)) {
        f = j;
        break;
      }
    }
  }
  let before = phraseBefore(body, words, f, rules, ctx.clauseStart);
  if (before && (governed(words, before, rules) || isAdverb(body, before))) before = null;
  const prefield = before ? wordsIn(body, ctx.clauseStart, before.start) : [];
  // German: only a conjunction or focus particle may stand before the subject (`Auch Merkel sagte`), and a
  // capitalised adverb is no subject (`Offenbar gab …`).
  const opens =
    before !== null &&
    opensClause(body, ctx.clauseStart, before, rules) &&
    (rules.code !== "de" ||
      (prefield.every((w) => CLAUSE_OPENERS.has(w.lower)) &&
        !isGermanAdverb(body.slice(before.start, before.end))));
  if (rules.code === "de" && QUOTING.test(words[i]!.lower)) {
    // `Ein Fernsehsender zitierte Papandreou mit den Worten: „…“`: who is quoted.
    const quoted = phraseFrom(body, words, i + 1, rules);
    if (quoted) return quoted;
  }
  if (rules.code === "de" && !opens) {
    const german = germanCueSubject(body, words, i, ctx.clauseStart, to, rules);
    if (german) return german;
  }
  let k = f + 1;
  while (words[k] && rules.auxiliaries.has(words[k]!.lower) && k < f + 3) k += 1;
  const next = words[k];
  const joined = next !== undefined && /^[\s\u00a0]*$/.test(body.slice(words[k - 1]!.end, next.start));
  const after = next && joined && next.start < to ? phraseFrom(body, words, k, rules) : null;
  if (before && opensClause(body, ctx.clauseStart, before, rules)) return before;
  if (after && next && (rules.code === "de" || isPronoun(next, rules))) return after;
  return before ?? sentenceSubject(body, { start: ctx.clauseStart, end: to }, words[i]!.start, rules);
}

/** A lone capitalised adverb opening a sentence ("Unmissverständlich", "Erstmals") is no speaker. */
function isAdverb(body: string, phrase: CharRange): boolean {
  return /^\p{Lu}\p{Ll}+(?:lich|weise|mals|dings|falls)$/u.test(body.slice(phrase.start, phrase.end));
}

/** `Merkel sagte: „…“` / `Am Montag sagte Merkel, „…“` / `Le ministre a déclaré : « … »` / `laut X „…“`. */
function beforeReading(body: string, q: LocalQuote, ctx: QuoteContext, rules: LanguageRules): Reading | null {
  const words = wordsIn(body, ctx.clauseStart, q.open);
  const from = Math.max(0, words.length - MAX_BEFORE_WORDS);
  const sentenceStart = words[0]?.start ?? -1;
  let found: Reading | null = null;
  for (let i = words.length - 1; i >= from; i -= 1) {
    const w = words[i]!;
    const distance = words.length - 1 - i;
    const commaBefore = i > 0 && /,/.test(body.slice(words[i - 1]!.end, w.start));
    if (commaBefore && rules.trailerWords.has(w.lower)) {
      // `Sie solle sich, so Gall, „…“`, `…, so Elshorst weiter: „…“`: the source between commas or before a colon.
      const source = phraseFrom(body, words, i + 1, rules);
      if (source) return { via: "according", cue: cueOf(w), speaker: source, cueDistance: distance };
    }
    if (rules.accordingTo.has(w.lower)) {
      // `laut Merkel …`, `selon le ministre …`; `dem Bericht zufolge …`: the phrase before.
      const speaker =
        phraseFrom(body, words, i + 1, rules) ?? phraseBefore(body, words, i, rules, ctx.clauseStart);
      return { via: "according", cue: cueOf(w), speaker, cueDistance: distance };
    }
    // `nach der Ankündigung der Ministerin`; never `mit den Worten`.
    const withArticle = w.lower === "nach" && rules.determiners.has(words[i + 1]?.lower ?? "");
    const noun = words[withArticle ? i + 2 : i + 1];
    if (rules.prepositions.has(w.lower) && noun && rules.opinionNouns.has(noun.lower)) {
      // `nach Angaben des Ministers`, `nach Ansicht der Kommission`: the opinion's holder, named with the noun.
      const holder = phraseFrom(body, words, withArticle ? i + 3 : i + 2, rules);
      const speaker = { start: noun.start, end: holder?.end ?? noun.end };
      return { via: "according", cue: cueOf(w), speaker, cueDistance: distance };
    }
    if (!isCue(w, rules, sentenceStart)) continue;
    const inverted = invertedPronoun(w);
    const speaker = inverted ?? subjectOfCue(body, words, i, ctx, q.open, rules);
    const reading: Reading = { via: "before", cue: cueOf(w), speaker, cueDistance: distance };
    const framed =
      speaker !== null &&
      words.some((x) => x.end <= speaker.start && speaker.start - x.end <= 40 && FRAME_WORDS.has(x.lower));
    if (framed) return reading;
    found ??= reading;
  }
  return found;
}

/**
 * Who speaks in a sentence without quotes (`Die Hausverwaltung versicherte, dass …`): the subject of its first
 * speech verb, or null. Reported speech in the sentences after it is theirs.
 */
export function speechAct(body: string, sentence: CharRange, rules: LanguageRules): CharRange | null {
  const words = wordsIn(body, sentence.start, sentence.end);
  const sentenceStart = words[0]?.start ?? -1;
  const ctx: QuoteContext = { sentence, clauseStart: sentence.start, clauseEnd: sentence.end };
  for (let i = 0; i < words.length && i < 40; i += 1) {
    const w = words[i]!;
    if (!isCue(w, rules, sentenceStart)) continue;
    return invertedPronoun(w) ?? subjectOfCue(body, words, i, ctx, sentence.end, rules);
  }
  return null;
}

/** The first noun phrase of a sentence that no preposition governs: who a colon's quote belongs to. */
export function sentenceSubject(
  body: string,
  sentence: CharRange,
  to: number,
  rules: LanguageRules,
): CharRange | null {
  if (rules.code === "de") {
    const german = germanSubject(body, sentence.start, to, rules);
    if (german) return german;
  }
  const words = wordsIn(body, sentence.start, to);
  for (let i = 0; i < words.length && i < 12; i += 1) {
    const prev = words[i - 1];
    if (prev && rules.prepositions.has(prev.lower)) continue;
    const phrase = phraseFrom(body, words, i, rules);
    if (phrase) return phrase;
  }
  return null;
}

/** The best reading of a quote from the words around it, before anything earlier in the text is considered. */
export function readQuote(body: string, q: LocalQuote, ctx: QuoteContext, rules: LanguageRules): Reading {
  if (q.kind === "dash") {
    const insert = trailerReading(body, q, { ...ctx, clauseEnd: q.paragraph.end }, rules);
    if (insert) return insert;
  }
  const trailer = trailerReading(body, q, ctx, rules);
  const before = beforeReading(body, q, ctx, rules);
  if (trailer && (trailer.speaker || !before?.speaker)) return trailer;
  if (before) return before;
  if (/:[\s\u00a0]*$/.test(body.slice(Math.max(ctx.clauseStart, q.open - 4), q.open))) {
    return {
      via: "colon",
      cue: null,
      speaker: sentenceSubject(body, ctx.sentence, q.open, rules),
      cueDistance: 0,
    };
  }
  return { via: "none", cue: null, speaker: null, cueDistance: 0 };
}
