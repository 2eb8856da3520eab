import type { CharRange } from "./types";
import type { CueMatch } from "./cues";
import { isParticiple, tailOf } from "./context";
import { sentenceSubject, subjectAfter, subjectBefore } from "./phrases";

/** Characters of a sentence's opening read for its subject. */
const SENTENCE_SUBJECT_WINDOW = 400;

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
  const headSubject = () =>
    sentenceSubject(body, sentence.start, Math.min(cue.start, sentence.start + SENTENCE_SUBJECT_WINDOW));
  if (isParticiple(cue) && /(?:,|\bas|\bby|\bafter|\bwhile|\bbefore|\bwhen)\s*$/i.test(before)) {
    return headSubject();
  }
  const found = subjectBefore(body, from, cue.start);
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
