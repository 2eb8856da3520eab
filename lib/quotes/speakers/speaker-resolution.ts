import type { CharRange } from "../types";
import type { QuoteSpan } from "../marks/marks";
import type { PersonMention } from "./names";
import { cueLemma } from "../cues/cues";
import { NAME_PREFIXES, NON_PERSON_WORDS, PERSON_ROLE_NOUNS } from "./lexicon";
import { sentenceBreaks } from "../marks/sentences";
import { ENGLISH_STOPWORDS } from "../../text";
import {
  followedByState,
  genderOfGivenName,
  isGivenName,
  genderOfRoleWord,
  givenNameStart,
  isPlaceName,
  speakerKind,
  type Gender,
} from "./speaker-kinds";

/** A resolved name, where the text gives it, and what the text says the speaker is apart from the name. */
export interface SpeakerEvidence {
  speaker: string | null;
  /** "House Speaker", "a spokesperson for the vice president": context shown beside the name, never part of it. */
  role: string | null;
  /** Where the shown name is written: the antecedent of "he", or the name itself. Null when no name is shown. */
  evidence: CharRange | null;
}

/** Characters read back from a pronoun or a description for its antecedent. */
const MAX_LOOKBACK_CHARS = 2000;
/** Sentences read back from a pronoun. */
const MAX_SENTENCES_BACK = 6;
/** Characters of an appositive (`, the top Democrat on the House immigration subcommittee,`) stepped over. */
const MAX_APPOSITIVE_CHARS = 160;
/** Commas of an appositive stepped over between a name and its verb. */
const MAX_APPOSITIVE_COMMAS = 4;
// Only an opening conjunction or adverb, a determiner, or punctuation before a name: it opens the sentence.
const SENTENCE_OPENING =
  /^[\s"“”‘’'—–-]*(?:(?:But|And|Meanwhile|However|Still|Yet|So|Then|Now|Later|Earlier|Also)\b[\s,]*)?(?:(?:the|a|an)\s+)?$/u;
/** Person mentions read back for an earlier mention of the same surname with a role. */
const MAX_NAMESAKES_BACK = 200;
/** Characters after a subject read for the pronoun that refers back to it ("Biden indicated that he …"). */
const MAX_PRONOUN_AFTER_CHARS = 200;
/** Characters before a name read for its role ("White House press secretary"). */
const MAX_ROLE_CHARS = 80;

/** People who speak for someone else: "the spokesman" is never the principal named before. */
const AGENT_HEADS = new Set(
  `spokesman spokeswoman spokesperson aide official source insider adviser advisor staffer lawyer attorney
  representative assistant employee member person someone`.split(/\s+/),
);
const TITLE_ABBREVIATIONS = new Set(
  "sen rep gov gen lt col sgt capt adm prof rev dr st jr sr pres atty supt insp cmdr amb".split(" "),
);
const HONORIFICS = new Set("dr doctor prof sir dame rev reverend".split(" "));
const ABBREVIATED_ROLES: Readonly<Record<string, string>> = {
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  lt: "lieutenant",
  col: "colonel",
  sgt: "sergeant",
  capt: "captain",
  adm: "admiral",
  prof: "professor",
  rev: "reverend",
  pres: "president",
};
/** Sentences read back for the group or organisation "they" or "it" stands for. */
const MAX_GROUP_SENTENCES_BACK = 3;
// An organisation's name as a subject: capitalised words (or an acronym) followed by a verb, "United We Dream said".
const ORGANISATION_SUBJECT =
  /(?:^|[\s(“"])((?:\p{Lu}[\p{L}’'&.-]*\s+(?:(?:of|for|and|the|on)\s+)?){0,5}\p{Lu}[\p{L}’'&.-]*)(?=,?\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:said|says|wrote|writes|argued|urged|welcomed|called|lashed|announced|added|noted|declared|claimed|insisted|warned|responded|told)\b)/gu;
// A group as a subject: "The senators", "More than 370 licensed attorneys", followed by a verb.
const GROUP_SUBJECT =
  /(?:^|\s)((?:The|the|Some|some|Many|many|(?:More|more)\s+than\s+[\d,]+|[\d,]+)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}]+s)(?=,|\s+(?:also\s+|have\s+|had\s+|are\s+|were\s+)?[\p{Ll}]+(?:ed|s)?\b)/gu;
// A description of one unnamed person opening a sentence as its subject: "The mother of the victim told", "A woman
// who lives nearby said", "One woman, who did not want to be identified, said".
const UNNAMED_PERSON_OPENING =
  /^[\s"“”(—–-]*(?:The|A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)(?:\s+(?:of|from|in|who|whose)\s+[^,.;:"“”]{1,60}?|,\s+(?:who|whose)\s+[^.;:"“”]{1,80}?,)?\s+(?:told|said|says|spoke|wrote|added|asked|explained|recalled|insisted|argued)\b/u;

/** What may come before the first of two people opening a sentence: titles ("Sens.", "Reps."), nothing else. */
const JOINT_LEAD = /^[\s"“”(—–-]*(?:(?:\p{Lu}[\p{L}]*\.?|\p{Lu}[\p{L}]*\s+\p{Lu}[\p{L}]*)\s+)?$/u;

/** Words that make another office of a title: a vice president is no president. */
const OFFICE_MODIFIERS = new Set("vice deputy assistant associate acting lieutenant press".split(" "));
/** A party and state label after a name: " (D-W.Va.)", ", R-Texas,". */
const PARTY_LABEL_AFTER = /^\.?(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?\s*(?:\(|,\s*)[RDI]\s*[-–.]\s*\p{Lu}/u;
/** Words of a role that are a title, not a qualifier: "Sen." says nothing of which senator. */
const TITLE_WORDS = new Set([...Object.values(ABBREVIATED_ROLES), "the", "a", "an", "former"]);
const LOCATIVE_OR_OBJECT_BEFORE =
  /(?:^|[^\p{L}])(?:of|from|for|with|to|by|about|against|at|in|on|into|than|like|between|among|under|over|thanked|told|asked|urged|met|called|criticized|criticised|praised|blamed|accused|named|nominated|appointed|defeated|beat|joined|and)\s+$/iu;
/** "by" right before a name, past its honorific: the agent of a passive, who is a clause's doer. */
const AGENT_BEFORE = /(?<![\p{L}])by\s+(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof)\.?\s+)*$/u;
/** Honorifics and short titles ending a stretch of text: "with Dr. ", "to Sen. ". */
const HONORIFICS_AT_END =
  /(?:(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof|Rev|Sgt|Lt|Capt|Col)\.?\s+)+$/u;
const VERB_AFTER =
  /^\s*(?:(?:has|had|have|is|was|were|are|will|would|could|also|later|then|previously|again|repeatedly|once|recently|reportedly|further|just|not|never|did|does|may|might|can|already|even|still|now|first|often|always|himself|herself)\s+)*([\p{Ll}][\p{L}’'-]*)/u;
/** Words after a description's head that show it is not the subject of a verb there ("The senator from …"). */
const NOT_A_VERB = /^(?:of|from|for|in|on|at|with|to|by|and|or|but|who|whose|which|that|the|a|an|as|whom)$/;
const INVERTED_CUE_BEFORE =
  /(?:said|says|added|adds|wrote|writes|asked|asks|explained|continued|noted|argued|recalled|replied|tweeted|told)\s*[,:]?\s*$/iu;
const HONORIFIC = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/gu;

/** Irregular past tenses of English verbs, which no "-ed" shows ("Reisner sought forgiveness"). */
const IRREGULAR_PAST = new Set(
  `sought made took gave went came spoke thought felt found kept left met put ran saw sent stood won lost held led
  brought bought began became chose drew drove fell fought got grew heard hit knew laid meant paid rose sat sold
  struck swore taught threw understood wore broke caught dealt forgave forgot hid hung bore shook slept spent`.split(
    /\s+/,
  ),
);

/** A verb by its form: a cue verb ("said", "told"), a past tense ("emphasized", "sought"), or (unless strict) a present "-s". */
function isVerb(word: string, strict = false): boolean {
  return (
    cueLemma(word) !== null ||
    /ed$/.test(word) ||
    IRREGULAR_PAST.has(word) ||
    /^[a-z]+n['’]t$/.test(word) ||
    (!strict && /^[a-z]+s$/.test(word))
  );
}

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return (words[words.length - 1] ?? "").toLowerCase();
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/[.()]/g, "").replace(/['’]s$/, ""))
    .map((w) => ABBREVIATED_ROLES[w] ?? w)
    .filter(Boolean);
}

/** The capitalised words between a description's determiner and its head: "West Virginia" in "The West Virginia senator". */
function qualifiersOf(description: string): string[] {
  return wordsOf(
    description
      .split(/\s+/)
      .slice(1, -1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .join(" "),
  );
}

/**
 * Splits a title glued to a name: "Administrator Andrew Wheeler" → "Andrew Wheeler" (a given name starts it),
 * "N.Y. Mr. Gowdy" → "Gowdy" (after an honorific). Returns the name's start and end offsets in `mention`.
 */
export function trimNameStart(body: string, mention: PersonMention): PersonMention {
  const re = /\S+/g;
  const text = body.slice(mention.start, mention.end);
  const words: { text: string; start: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ text: m[0], start: m.index });
  if (words.length < 2) return mention;
  let from = 0;
  for (let i = words.length - 2; i >= 0; i -= 1) {
    const bare = (words[i]?.text ?? "").replace(/\.$/, "").toLowerCase();
    if (NAME_PREFIXES.has(bare) && /^(?:mr|mrs|ms|miss|dr|sen|rep|gov)$/.test(bare)) {
      from = i + 1;
      break;
    }
  }
  if (from === 0) from = givenNameStart(words.map((w) => w.text));
  const first = words[from];
  if (from === 0 || !first) return mention;
  const start = mention.start + first.start;
  return { start, end: mention.end, name: body.slice(start, mention.end) };
}

/**
 * Finds who a pronoun or a description stands for, the way a reader does: the nearest sentence with someone who
 * agrees in gender, its subject before anyone it mentions in passing, a named person rather than a place or a
 * document. "he said" after "Melania Trump" looks past her; "the spokesman" is a spokesman named earlier, or nobody.
 */
export class Antecedents {
  private readonly genderBySurname = new Map<string, Gender>();
  /** Roles already read, by mention start and limit: a mention is weighed many times. */
  private readonly roles = new Map<string, string | null>();
  /** Set while a description is being resolved, so that resolving it never looks for another description. */
  private resolvingDescription = false;

  constructor(
    private readonly body: string,
    private readonly quotes: readonly QuoteSpan[],
    private readonly people: readonly PersonMention[],
    private readonly fullName: (mention: PersonMention, gender: Gender | null) => string,
  ) {
    for (const m of body.matchAll(HONORIFIC)) {
      const gender = genderOfRoleWord(m[1] ?? "");
      const surname = lastWord(m[2] ?? "").replace(/['’]s?$/, "");
      if (!gender || !surname) continue;
      const known = this.genderBySurname.get(surname);
      if (known && known !== gender) this.genderBySurname.delete(surname);
      else this.genderBySurname.set(surname, gender);
    }
  }

  /** The role the text writes before a name or in an appositive after it ("House Speaker", "the top Democrat …"). */
  roleOf(mention: CharRange, limit = this.body.length): string | null {
    const key = `${mention.start}:${limit}`;
    const known = this.roles.get(key);
    if (known !== undefined) return known;
    const role = this.readRole(mention, limit);
    this.roles.set(key, role);
    return role;
  }

  private readRole(mention: CharRange, limit: number): string | null {
    const before = this.body.slice(Math.max(0, mention.start - MAX_ROLE_CHARS), mention.start);
    // The words right before the name, each followed by white space: "White House press secretary ".
    const tokens = before.split(/(\s+)/);
    const words: string[] = [];
    if (tokens[tokens.length - 1] === "") {
      for (let i = tokens.length - 2; i >= 1; i -= 2) {
        const word = tokens[i - 1] ?? "";
        if (!/^\p{L}[\p{L}.’'-]*$/u.test(word)) break;
        words.push(word);
      }
    }
    const kept: string[] = [];
    for (const word of words) {
      const bare = word.toLowerCase().replace(/\.$/, "");
      if (!word || /['’]s?$/.test(word)) break;
      // A full stop ends the sentence before, unless it ends a title ("Sen.") or an initial.
      if (word.endsWith(".") && !TITLE_ABBREVIATIONS.has(bare) && !/^\p{Lu}$/u.test(bare.toUpperCase()))
        break;
      if (/^(?:mr|mrs|ms|miss|mx)$/.test(bare)) break;
      // "Chief executive Dr Fiona Hale": an honorific is how the name is written, not part of the role.
      if (kept.length === 0 && HONORIFICS.has(bare)) continue;
      const roleLike =
        /^\p{Lu}/u.test(word) ||
        NAME_PREFIXES.has(bare) ||
        PERSON_ROLE_NOUNS.has(bare) ||
        /^(?:press|first|lady|national|security|campaign|senior|former|top|chief|deputy|non-voting|assistant|district|executive|general|field|director)$/.test(
          bare,
        );
      if (!roleLike || /^(?:the|a|an|and|but|in|on|at|of)$/i.test(word)) break;
      kept.unshift(word);
    }
    const preRole = kept.join(" ").replace(/[,\s]+$/, "");
    if (preRole && speakerKind(preRole) !== "opener") return preRole;
    const after = this.body.slice(mention.end, Math.min(limit, mention.end + MAX_APPOSITIVE_CHARS));
    const appositive =
      /^(?:\s*\([^)]{1,20}\))?,\s+((?:the|a|an|his|her|its|their)\s+[^,;:"“”()]{2,100}?),/iu.exec(after);
    return appositive?.[1]?.trim() ?? null;
  }

  /**
   * Who "he" or "she" at `at` stands for: a compatible person in the nearest sentence that has one, preferring
   * the subject. A gender read only from a given-name list is a weaker reason to look further back than an
   * honorific or a role word ("Mrs.", "spokeswoman"), and never enough to refuse the only candidate.
   */
  pronoun(at: number, gender: Gender | null): SpeakerEvidence | null {
    const windowStart = Math.max(0, at - MAX_LOOKBACK_CHARS);
    const sentenceStarts = this.sentenceStarts(windowStart, at);
    let fallback: { person: PersonMention; name: string } | null = null;
    let sentenceEnd = at;
    for (
      let s = sentenceStarts.length - 1, seen = 0;
      s >= 0 && seen < MAX_SENTENCES_BACK;
      s -= 1, seen += 1
    ) {
      const start = sentenceStarts[s] ?? windowStart;
      const best = this.bestIn(start, sentenceEnd, gender);
      const unnamed = gender !== null && this.opensWithUnnamedPerson(start, sentenceEnd, gender);
      sentenceEnd = start;
      // "The mother of the victim told …. “…,” she said": someone the text never names; no one else is meant.
      if (unnamed && (!best || best.role < 2)) return null;
      if (!best) continue;
      // "… with Dr. Sanjay Gupta every Tuesday. He fears …": a person there only as an object is the antecedent
      // only when the sentence before has no compatible subject (an agent after "by" is one, though).
      if (
        best.role === 0 &&
        !AGENT_BEFORE.test(this.body.slice(Math.max(0, best.person.start - 12), best.person.start))
      ) {
        const before = s > 0 ? this.bestIn(sentenceStarts[s - 1] ?? windowStart, start, gender) : null;
        if (before && before.role === 2 && !before.weakMismatch)
          return this.evidenceOf(before.person, before.name);
      }
      if (!best.weakMismatch) return this.evidenceOf(best.person, best.name);
      fallback ??= best;
    }
    return fallback ? this.evidenceOf(fallback.person, fallback.name) : null;
  }

  /**
   * "the spokesman", "the president", "the West Virginia Democrat": someone named before with that role, else
   * (unless the description is of someone speaking for another) the nearest compatible subject, else nobody.
   */
  description(phrase: CharRange): SpeakerEvidence {
    const text = this.body.slice(phrase.start, phrase.end);
    const words = wordsOf(text).filter((w) => !/^(?:the|this|that)$/.test(w));
    const head = words[words.length - 1] ?? "";
    const gender = words.map(genderOfRoleWord).find((g) => g !== null) ?? null;
    const qualifiers = qualifiersOf(text);
    const best = this.describedPerson(phrase.start, words, qualifiers);
    if (best) return { ...this.evidenceOf(best, this.fullName(best, gender)), role: text };
    // Someone speaking for another, or a modified office ("the vice president") no one named before holds: nobody.
    if (AGENT_HEADS.has(head) || words.some((w) => OFFICE_MODIFIERS.has(w)))
      return { speaker: null, role: text, evidence: null };
    const antecedent = this.pronoun(phrase.start, gender);
    return antecedent ? { ...antecedent, role: text } : { speaker: null, role: text, evidence: null };
  }

  /**
   * The person named before `at` whose role has the description's head ("senator" for "Sen. Joe Manchin"), the
   * role the text gave them anywhere before if not at this mention. Every capitalised qualifier must agree ("the
   * US president" is not "Russian President Vladimir Putin"), unless the role is a bare title ("Sen.") with a
   * party label whose state is abbreviated ("(D-W.Va.)"): then a match counts for less than one that agrees.
   */
  private describedPerson(
    at: number,
    words: readonly string[],
    qualifiers: readonly string[],
  ): PersonMention | null {
    const head = words[words.length - 1] ?? "";
    const from = Math.max(0, at - MAX_LOOKBACK_CHARS);
    let best: { person: PersonMention; score: number } | null = null;
    for (let i = this.lastBefore(at); i >= 0; i -= 1) {
      const person = this.people[i];
      if (!person || person.start < from) break;
      const role = this.roleOf(person, at) ?? this.namesakeRole(i, at);
      if (!role) continue;
      const roleWords = new Set(wordsOf(role));
      if (!roleWords.has(head) && !roleWords.has(head.replace(/s$/, ""))) continue;
      // "the vice president" is not "President Trump": a modifier that makes another office must agree too.
      if (words.some((w) => OFFICE_MODIFIERS.has(w) && !roleWords.has(w))) continue;
      const agrees = qualifiers.every((w) => roleWords.has(w));
      // "Sen. Joe Manchin III (D-W.Va.)": a bare title with a party label whose state is written in a short form.
      const labelled =
        [...roleWords].every((w) => w === head || TITLE_WORDS.has(w)) &&
        PARTY_LABEL_AFTER.test(this.body.slice(person.end, person.end + 20));
      if (!agrees && !labelled) continue;
      const score = words.filter((w) => roleWords.has(w)).length - (agrees ? 0 : 0.5);
      if (!best || score > best.score) best = { person, score };
    }
    return best?.person ?? null;
  }

  /** The role written at an earlier mention of the same surname ("Rep. Alexandria Ocasio-Cortez", then "Ocasio-Cortez"). */
  private namesakeRole(index: number, limit: number): string | null {
    const surname = lastWord(this.people[index]?.name ?? "");
    for (let i = index - 1, seen = 0; i >= 0 && seen < MAX_NAMESAKES_BACK; i -= 1, seen += 1) {
      const other = this.people[i];
      if (!other || lastWord(other.name) !== surname) continue;
      const role = this.roleOf(other, limit);
      if (role) return role;
    }
    return null;
  }

  /**
   * What "it" or "they" stands for when it is an organisation or a group the text names as a subject in the same
   * sentence or the one or two before: "United We Dream said … “…,” it said", "The senators also wrote … “…,” they
   * wrote", "More than 370 licensed attorneys have condemned … they write". Null when there is none.
   */
  groupAntecedent(at: number, pronoun: "it" | "they"): SpeakerEvidence | null {
    const starts = this.sentenceStarts(Math.max(0, at - MAX_LOOKBACK_CHARS), at);
    let end = at;
    for (let s = starts.length - 1, seen = 0; s >= 0 && seen < MAX_GROUP_SENTENCES_BACK; s -= 1, seen += 1) {
      const start = starts[s] ?? 0;
      const text = this.body.slice(start, end);
      const re = pronoun === "it" ? ORGANISATION_SUBJECT : GROUP_SUBJECT;
      re.lastIndex = 0;
      const matches = [...text.matchAll(re)];
      const joint = pronoun === "they" ? this.jointOpening(start, end) : null;
      if (joint) return joint;
      end = start;
      // The nearest subject that can be what the pronoun stands for ("the authors continue" after "the illusion
      // that slavery was" in the same sentence).
      for (const found of matches.reverse()) {
        const name = found[1];
        if (!name) continue;
        const head = (name.split(/\s+/).pop() ?? "").toLowerCase();
        if (
          pronoun === "it" &&
          (speakerKind(name) !== "speaker" || isPlaceName(name) || isGivenName(name.split(/\s+/)[0] ?? ""))
        )
          continue;
        if (
          pronoun === "they" &&
          !PERSON_ROLE_NOUNS.has(head) &&
          !PERSON_ROLE_NOUNS.has(head.replace(/s$/, ""))
        )
          continue;
        const from = start + (found.index ?? 0) + found[0].indexOf(name);
        // A person the text names is "he" or "she", never "it".
        const person = this.people[this.lastBefore(from + name.length)];
        if (pronoun === "it" && person && person.end > from) continue;
        return { speaker: name, role: null, evidence: { start: from, end: from + name.length } };
      }
    }
    return null;
  }

  /**
   * Two people the text names opening a sentence together as its subject ("Sens. Kyrsten Sinema and Mark Kelly,
   * both Arizona Democrats, issued …"): whom a later "they" stands for.
   */
  private jointOpening(start: number, end: number): SpeakerEvidence | null {
    const i = this.lastBefore(start) + 1;
    const first = this.people[i];
    const second = this.people[i + 1];
    if (!first || !second || second.end > end) return null;
    if (!JOINT_LEAD.test(this.body.slice(start, first.start))) return null;
    if (!/^,?\s+and\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(this.body.slice(first.end, second.start)))
      return null;
    // Two people, not the first two of a list: ", both Arizona Democrats, issued", " issued"; not " of Guatemala,".
    if (
      !/^\s*(?:,\s*(?:both|who|the|a|an|each)\s|\((?:[^)]{0,20})\)\s*\p{Ll}|(?!of\s|and\s)\p{Ll})/u.test(
        this.body.slice(second.end, second.end + 12),
      )
    )
      return null;
    const one = this.fullName(first, null);
    const other = this.fullName(second, null);
    if (one === other) return null;
    return {
      speaker: `${one} and ${other}`,
      role: null,
      evidence: { start: first.start, end: second.end },
    };
  }

  /** The subject of the sentence holding `at`, named before `at`, or nobody. */
  subjectOfSentence(at: number): SpeakerEvidence {
    const starts = this.sentenceStarts(Math.max(0, at - MAX_LOOKBACK_CHARS), at);
    const best = this.bestIn(starts[starts.length - 1] ?? 0, at, null);
    return best && best.role === 2
      ? this.evidenceOf(best.person, best.name)
      : { speaker: null, role: null, evidence: null };
  }

  private evidenceOf(person: PersonMention, name: string): SpeakerEvidence {
    return { speaker: name, role: this.roleOf(person), evidence: { start: person.start, end: person.end } };
  }

  private sentenceStarts(from: number, to: number): number[] {
    return [from, ...sentenceBreaks(this.body, { start: from, end: to }, this.quotes)];
  }

  /** Index of the last person mention that ends by `at`. */
  private lastBefore(at: number): number {
    let lo = 0;
    let hi = this.people.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.people[mid]?.start ?? Number.POSITIVE_INFINITY) < at) lo = mid + 1;
      else hi = mid;
    }
    let i = lo - 1;
    while (i >= 0 && (this.people[i]?.end ?? 0) > at) i -= 1;
    return i;
  }

  private bestIn(
    start: number,
    end: number,
    gender: Gender | null,
  ): { person: PersonMention; name: string; weakMismatch: boolean; role: number } | null {
    let best: {
      person: PersonMention;
      name: string;
      weakMismatch: boolean;
      role: number;
      rank: number;
    } | null = null;
    for (let i = this.lastBefore(end); i >= 0; i -= 1) {
      const person = this.people[i];
      if (!person || person.start < start) break;
      const candidate = this.candidate(person, start, gender);
      if (!candidate) continue;
      // Subjects first, the leftmost (the main clause's) among them; anyone else, the nearest.
      const rank = candidate.role * 10_000 + (candidate.role === 2 ? end - person.start : 0);
      if (
        !best ||
        Number(best.weakMismatch) > Number(candidate.weakMismatch) ||
        (best.weakMismatch === candidate.weakMismatch && rank > best.rank)
      )
        best = {
          person,
          name: candidate.name,
          weakMismatch: candidate.weakMismatch,
          role: candidate.role,
          rank,
        };
    }
    if ((!best || best.role < 2) && !this.resolvingDescription) {
      // "The West Virginia senator came with plenty of rationalizations.": the person that description names.
      const described = this.openingDescription(start, end, gender);
      if (described) return { ...described, weakMismatch: false, role: 2 };
    }
    if (!best || best.role < 2) {
      const opening = this.openingName(start, end);
      const known = opening && this.people[this.lastBefore(opening.end)]?.start === opening.start;
      if (opening && !known) {
        const name = this.fullName(opening, gender);
        const given = genderOfGivenName(name.split(/\s+/)[0] ?? "");
        const strong = this.genderBySurname.get(lastWord(opening.name)) ?? null;
        if (!(gender && strong && strong !== gender))
          return {
            person: opening,
            name,
            weakMismatch: Boolean(gender && !strong && given && given !== gender),
            role: 2,
          };
      }
    }
    return best;
  }

  private candidate(
    person: PersonMention,
    sentenceStart: number,
    wanted: Gender | null,
  ): { name: string; role: number; weakMismatch: boolean } | null {
    const name = this.fullName(person, wanted);
    if (speakerKind(name) !== "speaker" || isPlaceName(person.name)) return null;
    // "Police arrested him": a word that names an institution alone is no "he" or "she".
    if (!/\s/.test(name) && NON_PERSON_WORDS.has(name.toLowerCase())) return null;
    if (followedByState(this.body.slice(person.end, person.end + 40))) return null;
    const before = this.body.slice(Math.max(sentenceStart, person.start - MAX_ROLE_CHARS), person.start);
    const honorific = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.?\s*$/u.exec(before)?.[1];
    const role = this.roleOf(person);
    const strong =
      (honorific ? genderOfRoleWord(honorific) : null) ??
      (role
        ? (wordsOf(role)
            .map(genderOfRoleWord)
            .find((g) => g !== null) ?? null)
        : null) ??
      this.genderBySurname.get(lastWord(person.name)) ??
      null;
    if (wanted && strong && strong !== wanted) return null;
    const grammatical = this.grammaticalRole(person, sentenceStart);
    const weak =
      genderOfGivenName(name.split(/\s+/)[0] ?? "") ?? (grammatical === 2 ? this.pronounAfter(person) : null);
    const personhood = Boolean(honorific || role || weak || strong) || grammatical === 2;
    if (!personhood) return null;
    const weakMismatch = Boolean(wanted && !strong && weak && weak !== wanted);
    return { name, role: grammatical, weakMismatch };
  }

  /**
   * The gender of the first personal pronoun after a subject in its sentence, before anyone else is named
   * ("President Biden indicated that he opposed …"): how the text itself refers back to that person.
   */
  private pronounAfter(person: PersonMention): Gender | null {
    const next = this.people[this.lastBefore(person.end) + 1];
    const limit = Math.min(
      next && next.start > person.end ? next.start : Infinity,
      person.end + MAX_PRONOUN_AFTER_CHARS,
    );
    const after = this.body.slice(person.end, limit);
    const clause = after.split(/[.!?;]\s|["“”]/, 1)[0] ?? "";
    const pronoun = /(?<![\p{L}])(he|him|his|himself|she|her|herself)(?![\p{L}])/iu.exec(clause)?.[1];
    return pronoun ? genderOfRoleWord(pronoun) : null;
  }

  /** 2: the subject of its clause; 1: neither subject nor object; 0: a possessive or an object. */
  private grammaticalRole(person: PersonMention, sentenceStart: number): number {
    const { body } = this;
    if (/^['’]s?(?![\p{L}])/u.test(body.slice(person.end, person.end + 2))) return 0;
    // "Clinton communication director Jennifer Palmieri", "the Romney campaign": a name modifying a noun.
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(body.slice(person.end, person.end + 40))?.[1];
    if (next && !ENGLISH_STOPWORDS.has(next) && !isVerb(next)) return 0;
    const role = this.roleOf(person);
    const roleStart =
      role && body.slice(Math.max(0, person.start - role.length - 1), person.start).includes(role)
        ? body.lastIndexOf(role, person.start)
        : person.start;
    const before = body.slice(Math.max(sentenceStart, roleStart - 60), roleStart);
    if (INVERTED_CUE_BEFORE.test(before) && !/\btold\s*$/i.test(before)) return 2;
    // "with Dr. Sanjay Gupta": an honorific the role does not hold still stands between the preposition and name.
    if (LOCATIVE_OR_OBJECT_BEFORE.test(before.replace(HONORIFICS_AT_END, ""))) return 0;
    if (SENTENCE_OPENING.test(body.slice(sentenceStart, roleStart))) return 2;
    return this.verbFollows(person) ? 2 : 1;
  }

  /** Whether a verb follows the name, past an appositive or a party label: `Cornyn emphasized`, `X, 67, …, said`. */
  private verbFollows(person: CharRange, strict = false): boolean {
    let rest = this.body.slice(person.end, person.end + MAX_APPOSITIVE_CHARS);
    rest = rest.replace(/^\s*\([^)]{0,30}\)/, "");
    // ", D-N.Y., suggested": a party label with its abbreviated state, periods and all.
    rest = rest.replace(/^,\s*[RDI]\s*[-–]\s*(?:\p{Lu}[\p{L}]*\.?\s?){1,3},\s*/u, "");
    // Past up to MAX_APPOSITIVE_COMMAS commas of an appositive: `Dianne Jennings, 67, an instructor from Dayton, Ohio, said`.
    for (let commas = 0; commas <= MAX_APPOSITIVE_COMMAS; commas += 1) {
      const verb = VERB_AFTER.exec(rest)?.[1];
      if (verb && isVerb(verb, strict)) return true;
      if (!/^,/.test(rest) && commas > 0) return false;
      const next = /^,?[^"“”;:.,]*,\s*/.exec(rest);
      if (!next) return false;
      rest = rest.slice(next[0].length);
    }
    return false;
  }

  /**
   * A definite description opening the sentence as its subject ("The West Virginia senator came …"), resolved to
   * the person named before with that role and a compatible gender; null when there is none.
   */
  private openingDescription(
    start: number,
    end: number,
    gender: Gender | null,
  ): { person: PersonMention; name: string } | null {
    const m =
      /^[\s"“”(—–-]*(?:(?:But|And|Meanwhile|However|Later|Earlier|Still|Also|Then|Now),?\s+|[^,;:"“”.!?]{1,60},\s+)?((?:The|This|the|this)(?:\s+[\p{L}’'.-]+){1,6})/u.exec(
        this.body.slice(start, end),
      );
    const opening = m?.[1];
    if (!m || !opening) return null;
    // The head is the first role noun followed by a lower-case word that can be a verb: "senator came".
    const words = opening.split(/\s+/);
    const k = words.findIndex(
      (w, i) =>
        i > 0 &&
        PERSON_ROLE_NOUNS.has(w.toLowerCase()) &&
        !w.endsWith("s") &&
        /^\p{Ll}+$/u.test(words[i + 1] ?? "") &&
        !NOT_A_VERB.test(words[i + 1] ?? ""),
    );
    if (k < 1) return null;
    const at = start + m[0].length - opening.length;
    const phrase = { start: at, end: at + words.slice(0, k + 1).join(" ").length };
    const text = this.body.slice(phrase.start, phrase.end);
    const described =
      wordsOf(text)
        .map(genderOfRoleWord)
        .find((g) => g !== null) ?? null;
    if (gender && described && described !== gender) return null;
    const qualifiers = qualifiersOf(text);
    this.resolvingDescription = true;
    try {
      const person = this.describedPerson(
        phrase.start,
        wordsOf(text).filter((w) => !/^(?:the|this|that)$/.test(w)),
        qualifiers,
      );
      return person ? { person, name: this.fullName(person, gender) } : null;
    } finally {
      this.resolvingDescription = false;
    }
  }

  /**
   * Whether the sentence opens with a description of one unnamed person of that gender as its subject ("The
   * mother of the victim told …", "A woman who lives nearby said …").
   */
  private opensWithUnnamedPerson(start: number, end: number, gender: Gender): boolean {
    const m = UNNAMED_PERSON_OPENING.exec(this.body.slice(start, end));
    return Boolean(m?.[1] && genderOfRoleWord(m[1]) === gender);
  }

  /** A capitalised word opening the sentence and followed by a verb ("Sununu, who …, said"), when not a known name. */
  private openingName(start: number, end: number): PersonMention | null {
    const m =
      /^[\s—–-]*(?:(?:But|And|Meanwhile|However|Later|Earlier|Still|Also|Then|Now),?\s+|[^,;:"“”.!?]{1,60},\s+)?(\p{Lu}[\p{Ll}][\p{L}’'-]*)(?=[\s,])/u.exec(
        this.body.slice(start, end),
      );
    const word = m?.[1];
    if (!m || !word || speakerKind(word) !== "speaker" || isPlaceName(word)) return null;
    if (followedByState(this.body.slice(start + m[0].length, start + m[0].length + 40))) return null;
    // A plural ("Delegates questioned …") is no "he" or "she".
    if (ENGLISH_STOPWORDS.has(word.toLowerCase()) || /s$/.test(word)) return null;
    // "Police arrested …": an institution is no "he" or "she".
    if (NON_PERSON_WORDS.has(word.toLowerCase())) return null;
    const at = start + m[0].length - word.length;
    const mention = { start: at, end: at + word.length, name: word };
    return this.verbFollows(mention, true) ? mention : null;
  }
}
