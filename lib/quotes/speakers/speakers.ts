import type { QuoteSpan } from "../marks/marks";
import type { CharRange } from "../types";
import { findPersonMentions, fullestName, nameInPhrase, surnameOf, type PersonMention } from "./names";
import { isPersonDescription, isPronoun } from "../cues/phrases";

/** Who a speaker phrase refers to, and which part of it is the mention to point at. */
export interface ResolvedSpeaker {
  speaker: string | null;
  mention: CharRange;
}

/** Index of the first mention starting at or after `at` in a list sorted by start. */
function firstStartingFrom(mentions: readonly PersonMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid]?.start ?? Number.POSITIVE_INFINITY) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(mentions: PersonMention[], mention: PersonMention): boolean {
  const at = firstStartingFrom(mentions, mention.start);
  for (let i = at; i < mentions.length && mentions[i]?.start === mention.start; i += 1) {
    if (mentions[i]?.end === mention.end) return false;
  }
  mentions.splice(at, 0, mention);
  return true;
}

/** The double-quoted stretches of a body, sorted and merged: where names are spoken about, not speaking. */
function quotedRanges(quotes: readonly QuoteSpan[]): CharRange[] {
  const ranges: CharRange[] = [];
  for (const q of [...quotes].sort((a, b) => a.open - b.open)) {
    if (q.style !== "double") continue;
    const last = ranges[ranges.length - 1];
    if (last && q.open <= last.end) last.end = Math.max(last.end, q.close);
    else ranges.push({ start: q.open, end: q.close });
  }
  return ranges;
}

function isInside(ranges: readonly CharRange[], span: CharRange): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid]?.start ?? Number.POSITIVE_INFINITY) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo - 1];
  return Boolean(range && span.end <= range.end);
}

/**
 * Resolves speaker phrases of one body in text order. It remembers every speaker it has named, so that a later
 * "he" or "the spokesman" can fall back on them as well as on the people the text names. People are kept sorted
 * and indexed by surname, so each look-up is logarithmic in the number of names, whatever the body's length.
 */
export class SpeakerResolver {
  private readonly people: PersonMention[] = [];
  private readonly bySurname = new Map<string, PersonMention[]>();

  /**
   * `quotes` are the body's quotations: a name inside one ("I understand Diego is hurting," she said) is someone
   * spoken about, so it can lend a full name but is never what a later "she" or "the spokesman" refers to.
   */
  constructor(
    private readonly body: string,
    quotes: readonly QuoteSpan[] = [],
  ) {
    const inQuote = quotedRanges(quotes);
    for (const person of findPersonMentions(body)) this.remember(person, isInside(inQuote, person));
  }

  resolve(phrase: CharRange): ResolvedSpeaker {
    const text = this.body.slice(phrase.start, phrase.end);
    const lower = text.toLowerCase();
    if (isPronoun(this.body, phrase) || lower === "who") {
      const personal = lower === "he" || lower === "she" || lower === "who";
      const antecedent = personal ? this.nearestPersonBefore(phrase.start) : null;
      return { speaker: antecedent ? this.fullName(antecedent) : null, mention: phrase };
    }
    const name = nameInPhrase(this.body, phrase);
    if (name) {
      this.remember(name);
      return { speaker: this.fullName(name), mention: { start: name.start, end: name.end } };
    }
    if (isPersonDescription(this.body, phrase)) {
      const antecedent = this.nearestPersonBefore(phrase.start);
      return { speaker: antecedent ? this.fullName(antecedent) : text, mention: phrase };
    }
    return { speaker: text, mention: phrase };
  }

  private fullName(mention: PersonMention): string {
    return fullestName(mention.name, mention.start, this.bySurname.get(surnameOf(mention.name)) ?? []);
  }

  private remember(mention: PersonMention, quoted = false): void {
    if (!quoted && !insertSorted(this.people, mention)) return;
    const surname = surnameOf(mention.name);
    const namesakes = this.bySurname.get(surname);
    if (namesakes) insertSorted(namesakes, mention);
    else this.bySurname.set(surname, [mention]);
  }

  /** The last person named before `at` (whose mention ends by then). */
  private nearestPersonBefore(at: number): PersonMention | null {
    for (let i = firstStartingFrom(this.people, at) - 1; i >= 0; i -= 1) {
      const person = this.people[i];
      if (person && person.end <= at) return person;
    }
    return null;
  }
}
