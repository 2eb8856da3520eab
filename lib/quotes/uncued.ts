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
import type { SpeakerResolver } from "./speakers/speakers";

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
const NEXT_WORD = /^\s+(\p{Ll}[\p{Ll}’'-]*)\b/u;

/** Whether a sentence's subject can be a quote's speaker: a person or group by its words, and a whole phrase. */
function actsAsSubject(body: string, subject: CharRange): boolean {
  if (speakerKind(body.slice(subject.start, subject.end)) !== "speaker") return false;
  const next = NEXT_WORD.exec(body.slice(subject.end, subject.end + 40))?.[1];
  return next === undefined || !CUT_OFF.test(next);
}

/**
 * `Ted Nordhaus … welcomed "the recognition that we do not …"`, `Cruz tweeted a warning. "Missouri: …"`: a long
 * quotation no cue claims is the sentence subject's (or, opening its sentence, the previous sentence's subject's)
 * when that subject names someone (a person or a group, never a place, document or time; an unnamed "security
 * team" or "signs" gives nothing: on PolNeAR train that choice raised quote F1 0.8693 to 0.8697). The attributed stretch runs from
 * after the subject's verb (or its "that") to the end of the quote's clause, as annotators mark reported speech.
 */
function readUncued(
  body: string,
  q: QuoteSpan,
  breaks: readonly number[],
  resolver: SpeakerResolver,
  limits: AttributionLimits,
): Attribution | null {
  const sentence = sentenceAround(q.open, q.paragraph, breaks);
  let from = sentence.start;
  while (from < q.open && /\s/.test(body[from] ?? "")) from += 1;
  const inner = body.slice(q.inner.start, q.inner.end);
  if (isTitleCase(inner)) return null;
  let subject: CharRange | null = null;
  if (from < q.open) subject = sentenceSubject(body, from, q.open);
  else if (sentence.start > q.paragraph.start) {
    const previous = sentenceAround(sentence.start - 1, q.paragraph, breaks);
    subject = sentenceSubject(body, previous.start, previous.end);
  }
  if (!subject || !actsAsSubject(body, subject)) return null;
  const content = { start: q.open, end: q.close };
  const verb =
    from < q.open && subject.end <= q.open ? VERB_AFTER_SUBJECT.exec(body.slice(subject.end, q.open)) : null;
  if (verb) {
    const verbEnd = subject.end + verb[0].length;
    const that = THAT_CLAUSE.exec(body.slice(verbEnd, q.open));
    content.start = Math.min(that ? verbEnd + that[0].length - 4 : verbEnd, q.open);
    content.end = clauseEndAfter(body, q, sentence, limits.maxClauseTail);
  }
  const speaker = resolver.resolve(subject);
  if (speaker.speaker === null) return null;
  return { parts: [{ span: q, kind: "direct", uncued: true }], content, speaker, cue: null };
}

/**
 * Attributions of the long double-quoted stretches that no attribution in `found` (sorted by content start)
 * touches. Linear in quotes and attributions, apart from each paragraph's sentence breaks.
 */
export function uncuedAttributions(
  body: string,
  quotes: readonly QuoteSpan[],
  found: readonly Attribution[],
  resolver: SpeakerResolver,
  limits: AttributionLimits,
): Attribution[] {
  const extra: Attribution[] = [];
  let next = 0;
  let reach = -1;
  // Sentence breaks of the paragraph being read, computed once for all its quotes.
  let breaksOf = -1;
  let breaks: readonly number[] = [];
  for (const q of quotes) {
    // The furthest end of the attributions starting before this quote ends: they overlap it iff it passes its open.
    while (next < found.length && (found[next]?.content.start ?? Infinity) < q.close) {
      reach = Math.max(reach, found[next]?.content.end ?? -1);
      next += 1;
    }
    if (reach > q.open || q.style !== "double" || wordCount(body, q.inner) < MIN_UNCUED_WORDS) continue;
    if (breaksOf !== q.paragraph.start) {
      const from = firstOpeningFrom(quotes, q.paragraph.start);
      const to = firstOpeningFrom(quotes, q.paragraph.end);
      breaksOf = q.paragraph.start;
      breaks = sentenceBreaks(body, q.paragraph, quotes.slice(from, to));
    }
    const read = readUncued(body, q, breaks, resolver, limits);
    if (read) extra.push(read);
  }
  return extra;
}
