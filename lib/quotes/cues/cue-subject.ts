import type { CharRange } from "../types";
import type { CueMatch } from "./cues";
import { isParticiple, tailOf } from "./context";
import { PERSON_ROLE_NOUNS, PRONOUNS } from "../speakers/lexicon";
import { sentenceSubject, subjectAfter, subjectBefore } from "./phrases";

/** Characters of a sentence's opening read for its subject. */
const SENTENCE_SUBJECT_WINDOW = 400;

/** Whether a phrase can be someone speaking: a name, a pronoun or a person's role, not after a preposition. */
function canSpeak(body: string, phrase: CharRange): boolean {
  if (
    /\b(?:on|in|at|from|via|to|through)\s+$/i.test(body.slice(Math.max(0, phrase.start - 12), phrase.start))
  )
    return false;
  const words = body.slice(phrase.start, phrase.end).split(/\s+/);
  const last = words[words.length - 1] ?? "";
  const head = last.toLowerCase().replace(/['’]s?$/, "");
  return /^\p{Lu}/u.test(last) || PRONOUNS.has(head) || PERSON_ROLE_NOUNS.has(head);
}

/**
 * The subject of a cue verb, looked for where English puts it for that kind of verb: before it ("Peskov said"),
 * after it ("said Peskov", "according to Peskov"), or at the head of the sentence for a participle or a second
 * verb ("…, writing", "X obtained a video and said").
 */
export function subjectOfCue(
  body: string,
  cue: CueMatch,
  clauseStart: number,
  sentence: CharRange,
  limit: number,
  maxLookback: number,
): CharRange | null {
  if (cue.lemma === "according to") return subjectAfter(body, cue.end, limit);
  const from = Math.max(clauseStart, cue.start - maxLookback);
  const before = tailOf(body, from, cue.start, 80);
  const headSubject = (start = sentence.start) =>
    sentenceSubject(body, start, Math.min(cue.start, start + SENTENCE_SUBJECT_WINDOW));
  // A participle after a quote in the sentence belongs to the clause after the quote: in `“…, we will lose …,” he
  // said, adding …`, "we" is inside what was said.
  if (isParticiple(cue) && /(?:,|\bas|\bby|\bafter|\bwhile|\bbefore|\bwhen)\s*$/i.test(before)) {
    return headSubject(Math.max(sentence.start, clauseStart));
  }
  const found = subjectBefore(body, from, cue.start);
  // "Trump and Ryan issued a statement describing", "Trump posted a message on Twitter reading": a participle
  // after a thing, or after a preposition's object, goes with the sentence's subject.
  if (found && isParticiple(cue) && !canSpeak(body, found)) return headSubject() ?? found;
  if (found) return found;
  if (isParticiple(cue) || /\b(?:and|but)\s+(?:\S+ly\s+|also\s+|then\s+|later\s+)?$/i.test(before)) {
    return headSubject();
  }
  // "But, said Solovey, “…”": the subject follows the verb.
  if (/^[\s,]*$/.test(before.slice(-3)) || before.trim() === "") {
    const after = subjectAfter(body, cue.end, limit);
    if (after && /^[\s,:]*$/.test(body.slice(after.end, limit))) return after;
  }
  return null;
}
