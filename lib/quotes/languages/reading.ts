import type { CharRange } from "../types";
import type { LocalQuote } from "./marks";
import type { LanguageRules } from "./types";
import { isPronoun, phraseBefore, phraseFrom, wordsIn, type Word } from "./words";

/** How a quote is tied to its speaker, if at all. */
export type Via = "before" | "trailer" | "according" | "colon" | "continuation" | "none";

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

function isCue(word: Word, rules: LanguageRules): boolean {
  if (rules.cueVerbs.has(word.lower)) return true;
  const verb = word.lower.replace(/-(?:t-)?(?:il|elle|ils|elles|on)$/, "");
  return verb !== word.lower && (rules.cueVerbs.has(verb) || rules.auxiliaries.has(verb));
}

function cueOf(word: Word): CharRange & { text: string } {
  return { start: word.start, end: word.end, text: word.lower };
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
    if (rules.accordingTo.has(w.lower) || (i === 0 && rules.trailerWords.has(w.lower))) {
      const speaker = phraseFrom(body, words, i + 1, rules);
      if (speaker) return { via: "trailer", cue: cueOf(w), speaker, cueDistance: i };
      continue;
    }
    if (!isCue(w, rules)) {
      if (i >= 4) return null;
      continue;
    }
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

/** `Merkel sagte: „…“` / `Am Montag sagte Merkel, „…“` / `Le ministre a déclaré : « … »` / `laut X „…“`. */
function beforeReading(body: string, q: LocalQuote, ctx: QuoteContext, rules: LanguageRules): Reading | null {
  const words = wordsIn(body, ctx.clauseStart, q.open);
  const from = Math.max(0, words.length - MAX_BEFORE_WORDS);
  for (let i = words.length - 1; i >= from; i -= 1) {
    const w = words[i]!;
    const distance = words.length - 1 - i;
    if (rules.accordingTo.has(w.lower)) {
      // `laut Merkel …`, `selon le ministre …`; `dem Bericht zufolge …`: the phrase before.
      const speaker =
        phraseFrom(body, words, i + 1, rules) ?? phraseBefore(body, words, i, rules, ctx.clauseStart);
      return { via: "according", cue: cueOf(w), speaker, cueDistance: distance };
    }
    if (!isCue(w, rules)) continue;
    const inverted = invertedPronoun(w);
    if (inverted) return { via: "before", cue: cueOf(w), speaker: inverted, cueDistance: distance };
    const before = phraseBefore(body, words, i, rules, ctx.clauseStart);
    let k = i + 1;
    while (words[k] && rules.auxiliaries.has(words[k]!.lower) && k < i + 3) k += 1;
    const after = words[k] && words[k]!.start < q.open ? phraseFrom(body, words, k, rules) : null;
    let speaker: CharRange | null;
    if (before && opensClause(body, ctx.clauseStart, before, rules)) speaker = before;
    else if (after && (rules.code === "de" || isPronoun(words[k]!, rules))) speaker = after;
    else speaker = before ?? null;
    return { via: "before", cue: cueOf(w), speaker, cueDistance: distance };
  }
  return null;
}

/** The first noun phrase of a sentence that no preposition governs: who a colon's quote belongs to. */
function sentenceSubject(
  body: string,
  sentence: CharRange,
  to: number,
  rules: LanguageRules,
): CharRange | null {
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
