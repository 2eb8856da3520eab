import type { CharRange } from "./types";
import { findPersonMentions, fullestName, nameInPhrase, type PersonMention } from "./names";
import { isPersonDescription, isPronoun } from "./phrases";

/** Who a speaker phrase refers to, and which part of it is the mention to point at. */
export interface ResolvedSpeaker {
  speaker: string | null;
  mention: CharRange;
}

/**
 * Resolves speaker phrases of one body in text order. It remembers every speaker it has named, so that a later
 * "he" or "the spokesman" can fall back on them as well as on the people the text names.
 */
export class SpeakerResolver {
  private readonly people: PersonMention[];

  constructor(private readonly body: string) {
    this.people = findPersonMentions(body);
  }

  resolve(phrase: CharRange): ResolvedSpeaker {
    const text = this.body.slice(phrase.start, phrase.end);
    if (isPronoun(this.body, phrase)) {
      const lower = text.toLowerCase();
      const antecedent = lower === "he" || lower === "she" ? this.nearestPersonBefore(phrase.start) : null;
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
    return fullestName(mention.name, mention.start, this.people);
  }

  private remember(mention: PersonMention): void {
    if (this.people.some((p) => p.start === mention.start && p.end === mention.end)) return;
    this.people.push(mention);
    this.people.sort((a, b) => a.start - b.start);
  }

  private nearestPersonBefore(at: number): PersonMention | null {
    let best: PersonMention | null = null;
    for (const person of this.people) {
      if (person.end > at) break;
      best = person;
    }
    return best;
  }
}
