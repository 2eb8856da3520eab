import type { Attribution } from "./attribution-types";
import type { QuoteSpan } from "./marks/marks";
import type { CharRange } from "./types";
import type { AttributionLimits } from "./limits";
import { wordCount } from "./cues/context";
import { sentenceSubject } from "./cues/phrases";
import { clauseEndAfter } from "./marks/content";
import { sentenceAround, sentenceBreaks } from "./marks/sentences";
import { firstOpeningFrom } from "./marks/span-index";
import { speakerKind } from "./speakers/speaker-kinds";
import type { ResolvedSpeaker, SpeakerResolver } from "./speakers/speakers";
import { isCommonWord, lowerCaseWords } from "./speakers/common-words";
import { PERSON_ROLE_NOUNS } from "./speakers/lexicon";
import { UNCUED_FEATURES } from "./uncued-features";

export { UNCUED_FEATURES };

/**
 * Words a double-quoted stretch with no speech verb in reach needs before its sentence's subject is taken as its
 * speaker. Chosen on PolNeAR train (quote F1 + end-to-end F1, named subjects only): 3 words 1.6871, 4 1.6892,
 * 6 1.6907, 8 1.6907 (a tie keeps 6). Shorter stretches are mostly scare quotes and titles: the annotators
 * attribute only a quarter of the one-word ones.
 */
export const MIN_UNCUED_WORDS = 6;

// Between a subject and the verb that governs the quote: "Paul Ryan has long worried that …".
const VERB_AFTER_SUBJECT = /^\s*(?:(?:has|have|had|also|later|was|were|is|are|\p{Ll}+ly)\s+)*\p{Ll}+\s*/u;
/**
 * "A Long and Winding Road to the Sea", "Regulate Experimental Procedures (REAP) Act": every longer word
 * capitalised and no sentence's end, a book's, a show's or a law's name. Word by word, so no pattern backtracks.
 */
function isTitleCase(inner: string): boolean {
  if (/[.!?]["”]?$/.test(inner)) return false;
  const words = inner.split(/\s+/).map((w) => w.replace(/^[(\[“‘"']+/, ""));
  const last = words[words.length - 1] ?? "";
  return /^[\p{Lu}\d]/u.test(last) && words.every((w) => w.length <= 3 || /^[\p{Lu}\d]/u.test(w));
}
const THAT_CLAUSE = /^\s*(?:\S+\s+){0,5}?that\b/i;

// A word after a capitalised subject that shows the phrase goes on past what was read as its end: "Speaker of
// the House", "Congregation for the Doctrine", "The Augusta Chronicle via AP", "Teachers who".
const CUT_OFF = /^(?:of|for|via|by|from|who|which|that|in|at|on|with|to|and|or)$/;
const NAMES_A_TEXT: ReadonlySet<string> = new Set(["document", "work"]);
const NEXT_WORD = /^\s+(\p{Ll}[\p{Ll}’'-]*)\b/u;

// "Bernard’s employer, Indiana University Health, said it had “…”": a possessor whose possession is itself someone
// who speaks (a role noun, an employer) is not the speaker.
const POSSESSION = /^\s*['’]s\s+(\p{Ll}+)/u;
function ownsAnotherSpeaker(body: string, subject: CharRange, next: string | undefined): boolean {
  const possessive = /['’]s$/.test(body.slice(subject.start, subject.end));
  const owned =
    POSSESSION.exec(body.slice(subject.end, subject.end + 40))?.[1] ?? (possessive ? next : undefined);
  return (
    owned !== undefined && (PERSON_ROLE_NOUNS.has(owned) || owned === "employer" || owned === "employers")
  );
}

/** Whether a sentence's subject can be a quote's speaker: a person or group by its words, and a whole phrase. */
function actsAsSubject(body: string, subject: CharRange): boolean {
  if (speakerKind(body.slice(subject.start, subject.end)) !== "speaker") return false;
  const next = NEXT_WORD.exec(body.slice(subject.end, subject.end + 40))?.[1];
  if (ownsAnotherSpeaker(body, subject, next)) return false;
  if (next === undefined) return true;
  // "The IRS document estimated that …": the name modifies a document or a work, the phrase's real head.
  const phrase = `${body.slice(subject.start, subject.end)} ${next}`;
  return !CUT_OFF.test(next) && !NAMES_A_TEXT.has(speakerKind(phrase));
}

/**
 * "Priorities include …", "News went …": a one-word subject the text gives no fuller name for, that is a common
 * English word or is written lower-case elsewhere in the article, is a sentence's opening noun, not a name, unless
 * it is a person or group noun ("Democrats", "Officials"). "Bush" passes when the article names "Cori Bush".
 */
function isBareCommonWord(
  subject: string,
  speaker: ResolvedSpeaker,
  lowerWords: () => ReadonlySet<string>,
): boolean {
  const word = subject.trim().replace(/\s*['’]s?$/, "");
  if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(word) || speaker.speaker?.replace(/\s*['’]s?$/, "") !== word)
    return false;
  const lower = word.toLowerCase();
  if (PERSON_ROLE_NOUNS.has(lower)) return false;
  return isCommonWord(lower) || lowerWords().has(lower);
}

/**
 * Whether the words between a subject and its sentence's quote let the subject be the one quoted. A quote right
 * after the subject is its predicate, someone else's words about it (`Klobuchar "demeaned and berated her
 * staff …"`, from stories about her); a "which" clause still open at the quote has another antecedent (`a
 * council, which will "focus on …"`). Each raised PolNeAR train by 0.0001 (quote F1 and end-to-end F1).
 */
function governedBySubject(between: string): boolean {
  return /\S/.test(between) && !/\bwhich\b[^,;:]*$/.test(between);
}

/** The features of an uncued stretch (see UNCUED_FEATURES), from what readUncued already found. */
function uncuedFeatures(body: string, q: QuoteSpan, opensSentence: boolean, that: boolean): number[] {
  const words = wordCount(body, q.inner);
  return [Math.log(words), words >= MIN_UNCUED_WORDS ? 1 : 0, opensSentence ? 1 : 0, that ? 1 : 0];
}

/** One stretch the uncued reading could attribute, with the features its acceptance is decided on. */
export interface UncuedCandidate {
  attribution: Attribution;
  features: number[];
}

/**
 * `Ted Nordhaus … welcomed "the recognition that we do not …"`, `Cruz tweeted a warning. "Missouri: …"`: a
 * quotation no cue claims may be the sentence subject's (or, opening its sentence, the previous sentence's
 * subject's) when that subject names someone (a person or a group, never a place, document or time; an unnamed
 * "security team" or "signs" gives nothing: on PolNeAR train that choice raised quote F1 0.8693 to 0.8697). The
 * attributed stretch runs from after the subject's verb (or its "that") to the end of the quote's clause, as
 * annotators mark reported speech. Whether it is taken is the acceptance model's call (./uncued-model.ts).
 */
function readUncued(
  body: string,
  q: QuoteSpan,
  breaks: readonly number[],
  resolver: SpeakerResolver,
  limits: AttributionLimits,
  lowerWords: () => ReadonlySet<string>,
): UncuedCandidate | null {
  const sentence = sentenceAround(q.open, q.paragraph, breaks);
  let from = sentence.start;
  while (from < q.open && /\s/.test(body[from] ?? "")) from += 1;
  const inner = body.slice(q.inner.start, q.inner.end);
  if (isTitleCase(inner)) return null;
  // A subject further back than a verb's subject is ever looked for is out of reach; the bound also keeps a
  // sentence of thousands of short quotes linear, now that short ones are read too.
  if (q.open - from > limits.maxSubjectLookback) return null;
  let subject: CharRange | null = null;
  if (from < q.open) subject = sentenceSubject(body, from, q.open);
  else if (sentence.start > q.paragraph.start) {
    const previous = sentenceAround(sentence.start - 1, q.paragraph, breaks);
    const end = Math.min(previous.end, previous.start + limits.maxSubjectLookback);
    subject = sentenceSubject(body, previous.start, end);
  }
  if (!subject || !actsAsSubject(body, subject)) return null;
  if (from < q.open && subject.end <= q.open && !governedBySubject(body.slice(subject.end, q.open)))
    return null;
  const content = { start: q.open, end: q.close };
  const verb =
    from < q.open && subject.end <= q.open ? VERB_AFTER_SUBJECT.exec(body.slice(subject.end, q.open)) : null;
  let that = false;
  if (verb) {
    const verbEnd = subject.end + verb[0].length;
    const clause = THAT_CLAUSE.exec(body.slice(verbEnd, q.open));
    that = clause !== null;
    content.start = Math.min(clause ? verbEnd + clause[0].length - 4 : verbEnd, q.open);
    content.end = clauseEndAfter(body, q, sentence, limits.maxClauseTail);
  }
  const speaker = resolver.resolve(subject);
  if (speaker.speaker === null) return null;
  if (isBareCommonWord(body.slice(subject.start, subject.end), speaker, lowerWords)) return null;
  return {
    attribution: { parts: [{ span: q, kind: "direct", uncued: true }], content, speaker, cue: null },
    features: uncuedFeatures(body, q, from >= q.open, that),
  };
}

/**
 * The double-quoted stretches that no attribution in `found` (sorted by content start) touches and whose sentence
 * has a subject that can speak, with their features. Linear in quotes and attributions, apart from each
 * paragraph's sentence breaks.
 */
export function uncuedCandidates(
  body: string,
  quotes: readonly QuoteSpan[],
  found: readonly Attribution[],
  resolver: SpeakerResolver,
  limits: AttributionLimits,
): UncuedCandidate[] {
  const extra: UncuedCandidate[] = [];
  let next = 0;
  let reach = -1;
  // Sentence breaks of the paragraph being read, computed once for all its quotes.
  let breaksOf = -1;
  let breaks: readonly number[] = [];
  // The article's lower-case words, read once and only when a one-word subject needs them.
  let lower: ReadonlySet<string> | null = null;
  const lowerWords = (): ReadonlySet<string> => (lower ??= lowerCaseWords(body));
  for (const q of quotes) {
    // The furthest end of the attributions starting before this quote ends: they overlap it iff it passes its open.
    while (next < found.length && (found[next]?.content.start ?? Infinity) < q.close) {
      reach = Math.max(reach, found[next]?.content.end ?? -1);
      next += 1;
    }
    if (reach > q.open || q.style !== "double" || wordCount(body, q.inner) < 1) continue;
    if (breaksOf !== q.paragraph.start) {
      const from = firstOpeningFrom(quotes, q.paragraph.start);
      const to = firstOpeningFrom(quotes, q.paragraph.end);
      breaksOf = q.paragraph.start;
      breaks = sentenceBreaks(body, q.paragraph, quotes.slice(from, to));
    }
    const read = readUncued(body, q, breaks, resolver, limits, lowerWords);
    if (read) extra.push(read);
  }
  return extra;
}
