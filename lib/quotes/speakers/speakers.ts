import type { QuoteSpan } from "../marks/marks";
import type { CharRange } from "../types";
import {
  findPersonMentions,
  fullestName,
  nameInPhrase,
  opensWithGivenName,
  surnameOf,
  type PersonMention,
} from "./names";
import { isPersonDescription, isPronoun } from "../cues/phrases";
import { NAME_PREFIXES, ORGANISATION_HEADS, PERSON_ROLE_NOUNS } from "./lexicon";
import { Antecedents, trimNameStart, type SpeakerEvidence } from "./speaker-resolution";
import {
  genderOfGivenName,
  genderOfRoleWord,
  isGivenName,
  isPlaceName,
  speakerKind,
  type Gender,
} from "./speaker-kinds";
import {
  isGenderedDescription,
  isModifier,
  namedSpeaker,
  organisationName,
  unnamedSpeaker,
} from "./speaker-checks";

/**
 * Who a speaker phrase refers to, and which part of it is the mention to point at. `evidence` is where the shown
 * name is written (the antecedent of "he"); `role` what the text says the speaker is, apart from the name.
 */
export interface ResolvedSpeaker extends SpeakerEvidence {
  mention: CharRange;
}

/** A party and place label standing for a legislator: "R-Philadelphia", "D - Calif." */
const PARTY_LABEL = /^[RDI]\s*[-–]\s*\p{Lu}/u;

/** A name in apposition after a description: ", Nick Merrill." */
const APPOSED_NAME =
  /^,\s+((?:\p{Lu}[\p{L}’'.-]*(?:\s-\s\p{Lu}[\p{L}’'-]*)?\s+){1,3}\p{Lu}[\p{L}’'-]*(?:\s-\s\p{Lu}[\p{L}’'-]*)?)\s*[,.;]/u;
/** Heads of a description of an organisation: "the group", "the association". */
const ORGANISATION_NOUNS = new Set(
  "group organization organisation association council coalition union company firm agency network nonprofit".split(
    " ",
  ),
);

/** A capitalised name, then "of" and the first words of a place's name: "Josh Gottheimer of New ". */
const PERSON_OF_PLACE =
  /(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** Whose a document is: " from the party.", " by the White House,". */
const DOCUMENT_FROM =
  /^\s+(?:from|by)\s+((?:the\s+)?(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|St|Jr)\.\s+|[\p{L}’'&-]+\s+){0,4}?(?!(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|St)\.)[\p{L}’'&-]+)(?=\s*[,.;:]|\s+(?:said|says|read|reads)\b)/u;

/** Characters read back for the organisation a definite description ("the party") stands for. */
const MAX_HEAD_LOOKBACK = 1500;

/** A plural capitalised word right before ", who": "say Democrats, who argue". */
const GROUP_BEFORE_WHO = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s*,\s*$/u;

/** " and Dana Dumont" after a given name alone. */
const COUPLE_AFTER = /^\s+and\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}’'-]+/u;

/** A preposition of place right before a name inside a speaker phrase ("allies on Capitol Hill"). */
const LOCATIVE_IN_PHRASE = /\s+(?:on|in|at|near|inside|outside|across|throughout)\s+(?:the\s+)?$/iu;

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
  private readonly antecedents: Antecedents;

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
    this.antecedents = new Antecedents(body, quotes, this.people, (m, gender) => this.fullName(m, gender));
  }

  resolve(given: CharRange): ResolvedSpeaker {
    // `said the pope.`: the sentence's full stop is not the phrase's.
    const phrase = /\p{Ll}{2,}\.$/u.test(this.body.slice(given.start, given.end))
      ? { start: given.start, end: given.end - 1 }
      : given;
    const text = this.body.slice(phrase.start, phrase.end);
    const joint = this.jointSpeakers(phrase, text);
    if (joint) return joint;
    const described = this.describedByName(phrase, text);
    if (described) return described;
    const unnamed = this.unnamedWithModifier(phrase, text);
    if (unnamed) return unnamed;
    const lower = text.toLowerCase();
    if (lower === "who") {
      // "say Democrats, who argue": a group named right before the relative pronoun is who speaks.
      const group = GROUP_BEFORE_WHO.exec(this.body.slice(Math.max(0, phrase.start - 60), phrase.start));
      const head = group?.[1]?.toLowerCase() ?? "";
      if (group?.[1] && head.endsWith("s") && PERSON_ROLE_NOUNS.has(head)) {
        const start = phrase.start - group[0].length + group[0].indexOf(group[1]);
        const range = { start, end: start + group[1].length };
        return { ...unnamedSpeaker(this.body, range), mention: phrase };
      }
      const antecedent = this.nearestPersonBefore(phrase.start);
      return this.named(antecedent, phrase, phrase);
    }
    // "his statement began", "her letter said": the document is the possessor's, who is "he" or "she".
    const possessed = /^(his|her)\s+\S/iu.exec(text)?.[1]?.toLowerCase();
    if (possessed && ["document", "work"].includes(speakerKind(text))) {
      const resolved = this.antecedents.pronoun(phrase.start, possessed === "his" ? "male" : "female");
      if (resolved) return { ...resolved, role: text, mention: phrase };
    }
    // "State Rep. Martina White, R-Philadelphia, …, said": a party label is the subject's, not a speaker.
    if (PARTY_LABEL.test(text)) {
      const subject = this.antecedents.subjectOfSentence(phrase.start);
      return { ...subject, mention: phrase };
    }
    if (isPronoun(this.body, phrase)) {
      const gender = lower === "he" ? "male" : lower === "she" ? "female" : null;
      const resolved = gender
        ? this.antecedents.pronoun(phrase.start, gender)
        : lower === "it" || lower === "they"
          ? this.antecedents.groupAntecedent(phrase.start, lower)
          : null;
      return { speaker: null, role: null, evidence: null, ...resolved, mention: phrase };
    }
    // "The Department of Justice", "Friends of the Earth": an organisation's whole name, before any description.
    const organisation = organisationName(this.body, phrase);
    if (organisation) return { ...organisation, mention: phrase };
    if (isGenderedDescription(this.body, phrase))
      return { ...this.antecedents.description(phrase), mention: phrase };
    // A capitalised phrase after a preposition of place ("… allies on Capitol Hill have demanded") is where the
    // speakers are: no one is named.
    if (
      /^\p{Lu}/u.test(text) &&
      LOCATIVE_IN_PHRASE.test(this.body.slice(Math.max(0, phrase.start - 12), phrase.start))
    )
      return { speaker: null, role: null, evidence: null, mention: phrase };
    // "White said" after "Spencer White": a surname that is also a title word is the person the text named.
    if (/^\p{Lu}\p{Ll}+$/u.test(text) && NAME_PREFIXES.has(lower)) {
      const surname = { start: phrase.start, end: phrase.end, name: text };
      if (this.fullName(surname, null) !== text) return this.named(surname, phrase, phrase);
    }
    // "Cameron Easley for Morning Consult": a person's name, then whom they write for.
    const forAt = this.body.slice(phrase.start, phrase.end).search(/\s+for\s+\p{Lu}/u);
    const found = nameInPhrase(
      this.body,
      forAt > 0 ? { start: phrase.start, end: phrase.start + forAt } : phrase,
    );
    // "a Biden campaign official", "Another Twitter user": a name modifying a description is not the speaker.
    if (found && isModifier(this.body, found, phrase)) {
      const unnamed = unnamedSpeaker(this.body, phrase);
      // "Harris' tweet reads", "Trump’s letter said": the possessor wrote the document.
      const possessor = /^\s?['’]s?\s/u.test(this.body.slice(found.end, found.end + 4));
      // "Smollett's lawyer said": a person of the possessor's speaks, not the possessor.
      const written = ["document", "work"].includes(speakerKind(text));
      if (!possessor || !written || unnamed.role === null || unnamed.speaker !== null)
        return { ...unnamed, mention: phrase };
      const named = this.named(trimNameStart(this.body, found), phrase, phrase);
      // Only someone the text names in full ("Kamala Harris"), not a word like "Nature" in "Nature’s Law".
      return named.speaker?.includes(" ")
        ? { ...named, role: unnamed.role }
        : { ...unnamed, mention: phrase };
    }
    // "his Democratic allies on Capitol Hill": a name after a preposition is where the speakers are, not who.
    const located = found ? LOCATIVE_IN_PHRASE.exec(this.body.slice(phrase.start, found.start)) : null;
    if (located && located.index > 0)
      return {
        ...unnamedSpeaker(this.body, { start: phrase.start, end: phrase.start + located.index }),
        mention: phrase,
      };
    if (found) {
      const couple = this.coupleOf(found);
      if (couple) return couple;
      const name = trimNameStart(this.body, found);
      this.remember(name);
      const named = this.named(name, { start: name.start, end: name.end }, phrase);
      if (named.speaker !== null) return named;
      // "Rep. Josh Gottheimer of New Jersey said": a place after "of" is where the person named before it is from.
      const from = this.personOfPlace(phrase);
      if (from) return from;
      // "Dianne Jennings, …, from Dayton, Ohio, said": a place is no speaker; the sentence's subject may be.
      const subject = this.antecedents.subjectOfSentence(phrase.start);
      return subject.speaker === null ? named : { ...subject, mention: named.mention };
    }
    if (isPersonDescription(this.body, phrase) || isGenderedDescription(this.body, phrase))
      return { ...this.antecedents.description(phrase), mention: phrase };
    // "The President later Tuesday morning told reporters": a time phrase before the verb is not its subject;
    // the sentence's is.
    const kind = speakerKind(text);
    if (kind === "time" || kind === "number") {
      const subject = this.antecedents.subjectOfSentence(phrase.start);
      if (subject.speaker !== null) return { ...subject, mention: phrase };
    }
    // "read a statement from the party": a document is its author's, when the text says whose it is.
    if (kind === "document") {
      // "a memo obtained by a local paper": whoever obtained it did not write it.
      const after = this.body.slice(phrase.end, phrase.end + 80);
      const author = /\p{Ll}ed$/u.test(text) ? null : DOCUMENT_FROM.exec(after);
      if (author?.[1]) {
        const start = phrase.end + author[0].length - author[1].length;
        const resolved = this.resolve({ start, end: start + author[1].length });
        if (resolved.speaker !== null) return { ...resolved, role: text, mention: phrase };
      }
    }
    return { ...unnamedSpeaker(this.body, phrase), mention: phrase };
  }

  /**
   * "Chuck Schumer and Nancy Pelosi", "Cardin and Senate Armed Services Chairman John McCain": two people named
   * in one phrase speak together, and the speaker is both. When either side names no one (an organisation such
   * as "Immigration and Customs Enforcement" reads as one name), the phrase is left to the other rules.
   */
  private jointSpeakers(phrase: CharRange, text: string): ResolvedSpeaker | null {
    const at = text.search(/\s+and\s+\p{Lu}/u);
    if (at <= 0 || text.slice(at + 1).search(/\s+and\s+/u) >= 0) return null;
    const andEnd = at + /^\s+and\s+/u.exec(text.slice(at))![0].length;
    const firstRange = { start: phrase.start, end: phrase.start + at };
    const secondRange = { start: phrase.start + andEnd, end: phrase.end };
    const person = (range: CharRange): PersonMention | null => {
      const found = nameInPhrase(this.body, range);
      if (!found || found.end !== range.end || isModifier(this.body, found, range)) return null;
      const name = trimNameStart(this.body, found);
      // "Executive Vice President and Chief Policy Officer Neil Bradley": a title alone names no one.
      // "Louisiana Gov. and GOP presidential candidate Bobby Jindal": a place and a title are no one either, and
      // "Chevron Chairman and CEO Mike Wirth": a name never ends in a title.
      const words = name.name.split(/\s+/);
      const last = (words[words.length - 1] ?? "").toLowerCase().replace(/\.$/, "");
      if (NAME_PREFIXES.has(last) || PERSON_ROLE_NOUNS.has(last)) return null;
      const titleOnly = words.every(
        (w) =>
          NAME_PREFIXES.has(w.toLowerCase().replace(/\.$/, "")) ||
          PERSON_ROLE_NOUNS.has(w.toLowerCase()) ||
          isPlaceName(w),
      );
      return !titleOnly && speakerKind(this.fullName(name, null)) === "speaker" ? name : null;
    };
    // "United States Citizenship and Immigration Services": an institution's name with "and" in it, whole.
    const head = (text.split(/\s+/).pop() ?? "").toLowerCase().replace(/['’]s?$/, "");
    if (/^\p{Lu}/u.test(text) && ORGANISATION_HEADS.has(head))
      return { speaker: text, role: null, evidence: phrase, mention: phrase };
    // "former Housing and Urban Development Secretary Julián Castro": a modifier opening it makes it one title.
    if (/^\p{Ll}/u.test(text)) return null;
    const first = person(firstRange);
    const second = person(secondRange);
    if (!first || !second) return null;
    const one = this.named(first, firstRange, firstRange);
    const other = this.named(second, secondRange, secondRange);
    if (one.speaker === null || other.speaker === null || one.speaker === other.speaker) return null;
    this.remember(first);
    this.remember(second);
    return {
      speaker: `${one.speaker} and ${other.speaker}`,
      role: null,
      evidence: { start: first.start, end: second.end },
      mention: phrase,
    };
  }

  /**
   * A description the text names at once or just before: `said the spokesman, Nick Merrill.` (the name in
   * apposition), `"…," the group said` after "The American Immigration Council welcomed …" (the organisation).
   */
  private describedByName(phrase: CharRange, text: string): ResolvedSpeaker | null {
    const words = text.toLowerCase().split(/\s+/);
    const head = words[words.length - 1] ?? "";
    // "The White House press secretary, Karine Jean-Pierre,", "Smith's step-grandmother, Darlene Proxmire.": a
    // person's noun in lower case, then a name in apposition.
    const personHead =
      /^\p{Ll}/u.test(text.split(/\s+/).pop() ?? "") &&
      [head, head.split("-").pop() ?? ""].some(
        (w) => PERSON_ROLE_NOUNS.has(w) || genderOfRoleWord(w) !== null,
      );
    const apposed = APPOSED_NAME.exec(this.body.slice(phrase.end, phrase.end + 80))?.[1];
    if (apposed && personHead && words.length > 1) {
      const start = phrase.end + this.body.slice(phrase.end).indexOf(apposed);
      const end = start + apposed.length;
      const name = nameInPhrase(this.body, { start, end });
      // "Ireland ’s foreign minister" printed with a spaced possessive: the role is not "s foreign minister".
      const role = /['’]\s*$/.test(this.body.slice(phrase.start - 2, phrase.start))
        ? text.replace(/^s\s+/, "")
        : text;
      if (name) return { ...this.named(name, { start: name.start, end: name.end }, phrase), role };
    }
    if (!/^(?:the|a|an)$/.test(words[0] ?? "") || /\p{Lu}/u.test(text.slice(1))) return null;
    // "the party" after "The Nevada Republican Party": the nearest name before it with that head.
    if (words[0] === "the" && words.length === 2 && ORGANISATION_HEADS.has(head)) {
      const named = this.nearestNameWithHead(phrase.start, head);
      if (named) return { ...named, role: text, mention: phrase };
    }
    if (ORGANISATION_NOUNS.has(head)) {
      const organisation = this.antecedents.groupAntecedent(phrase.start, "it");
      if (organisation) return { ...organisation, role: text, mention: phrase };
    }
    return null;
  }

  /** The nearest capitalised name before `at` whose head is `head`, capitalised: "Nevada Republican Party". */
  private nearestNameWithHead(at: number, head: string): ResolvedSpeaker | null {
    const from = Math.max(0, at - MAX_HEAD_LOOKBACK);
    const window = this.body.slice(from, at);
    const capitalised = `${head.charAt(0).toUpperCase()}${head.slice(1)}`;
    // The name goes on through "on", "of" or "for" ("House Committee on Oversight and Reform").
    const re = new RegExp(
      `(?:\\p{Lu}[\\p{L}’'.&-]*\\s+){1,4}${capitalised}(?![\\p{L}])(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}’'-]*)*)?`,
      "gu",
    );
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(window); m; m = re.exec(window)) last = m;
    if (!last) return null;
    const opening = /^(?:(?:The|A|An)\s+)*/u.exec(last[0])?.[0].length ?? 0;
    const name = last[0].slice(opening);
    if (!/\s/.test(name) || speakerKind(name) !== "speaker") return null;
    const start = from + last.index + opening;
    const evidence = { start, end: start + name.length };
    return { speaker: name, role: null, evidence, mention: evidence };
  }

  /**
   * "One Nashville drag performer" read only as far as "One Nashville": a name after "one" or "a" modifies a
   * description that goes on in lower case (to a person's noun within a few words), so no one is named.
   */
  private unnamedWithModifier(phrase: CharRange, text: string): ResolvedSpeaker | null {
    if (!/^(?:one|another|a|an)\s+\p{Lu}/iu.test(text) || /\s\p{Ll}/u.test(text)) return null;
    const rest =
      /^(?:\s+\p{Ll}[\p{L}-]*){1,3}/u.exec(this.body.slice(phrase.end, phrase.end + 60))?.[0] ?? "";
    const words = rest.trim().split(/\s+/);
    let end = -1;
    words.forEach((w, i) => {
      if (PERSON_ROLE_NOUNS.has(w) || /(?:er|or|ist|ant|ent)$/.test(w)) end = i;
    });
    if (end < 0) return null;
    const role = `${text} ${words.slice(0, end + 1).join(" ")}`;
    return { speaker: null, role, evidence: null, mention: phrase };
  }

  /**
   * "Kristy and Dana Dumont": a given name alone, then "and" and a full name, is two people sharing the surname,
   * who speak together; the speaker is both, not the first name alone.
   */
  private coupleOf(found: PersonMention): ResolvedSpeaker | null {
    if (/\s/.test(found.name) || !isGivenName(found.name)) return null;
    const m = COUPLE_AFTER.exec(this.body.slice(found.end, found.end + 60));
    if (!m || !isGivenName(m[1] ?? "")) return null;
    const end = found.end + m[0].length;
    const range = { start: found.start, end };
    return { speaker: this.body.slice(found.start, end), role: null, evidence: range, mention: range };
  }

  /** A name found in a phrase, with the role the phrase or the text gives it, or no speaker if it is no one's name. */
  private named(name: PersonMention | null, mention: CharRange, phrase: CharRange): ResolvedSpeaker {
    if (!name) return { speaker: null, role: null, evidence: null, mention };
    const full = this.fullName(name, null);
    const speaker = namedSpeaker(this.body, name, full);
    const kind = speakerKind(full);
    // "the Inaugural Address", "the Mueller report": what the words were read from is the context.
    const read =
      kind === "document" || kind === "work" ? this.body.slice(phrase.start, phrase.end).trim() : null;
    const role = speaker === null ? read : this.antecedents.roleOf(name, phrase.end);
    return {
      speaker,
      role,
      evidence: speaker === null ? null : { start: name.start, end: name.end },
      mention,
    };
  }

  /** The fullest form of a name; for a pronoun of a known gender, the fullest form of that gender if there is one. */
  private fullName(mention: PersonMention, gender: Gender | null): string {
    const namesakes = this.bySurname.get(surnameOf(mention.name)) ?? [];
    if (gender) {
      const agreeing = fullestName(mention.name, mention.start, namesakes, (name) => {
        const given = genderOfGivenName(name.split(/\s+/)[0] ?? "");
        return given === null || given === gender;
      });
      if (agreeing !== mention.name) return agreeing;
    }
    return fullestName(mention.name, mention.start, namesakes);
  }

  private remember(mention: PersonMention, quoted = false): void {
    if (!quoted && !insertSorted(this.people, mention)) return;
    // A quoted name lends its full form only when it is a person's ("Stop Trump" in a slogan is not).
    if (quoted && !opensWithGivenName(mention.name)) return;
    const surname = surnameOf(mention.name);
    const namesakes = this.bySurname.get(surname);
    if (namesakes) insertSorted(namesakes, mention);
    else this.bySurname.set(surname, [mention]);
  }

  /** "Rep. Josh Gottheimer of New Jersey": the person named right before "of" and a place's name (`phrase`). */
  private personOfPlace(phrase: CharRange): ResolvedSpeaker | null {
    const from = Math.max(0, phrase.start - 80);
    const m = PERSON_OF_PLACE.exec(this.body.slice(from, phrase.start));
    if (!m?.[1]) return null;
    const start = from + m.index;
    const name = nameInPhrase(this.body, { start, end: start + m[1].length });
    if (!name || name.end !== start + m[1].length) return null;
    const trimmed = trimNameStart(this.body, name);
    const named = this.named(trimmed, { start: trimmed.start, end: trimmed.end }, phrase);
    return named.speaker === null ? null : { ...named, mention: phrase };
  }

  /** Whether `range` names a person other than `speaker` (a full name, not a form of the speaker's name). */
  namesSomeoneElse(range: CharRange, speaker: string | null): boolean {
    for (let i = firstStartingFrom(this.people, range.start); i < this.people.length; i += 1) {
      const person = this.people[i];
      if (!person || person.end > range.end) break;
      if (!/\s/.test(person.name)) continue;
      if (speaker === null || !speaker.includes(this.fullName(person, null))) return true;
    }
    return false;
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
