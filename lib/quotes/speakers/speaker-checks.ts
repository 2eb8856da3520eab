import type { CharRange } from "../types";
import type { PersonMention } from "./names";
import type { SpeakerEvidence } from "./speaker-resolution";
import { ORGANISATION_HEADS, PERSON_ROLE_NOUNS } from "./lexicon";
import { followedByState, genderOfRoleWord, isGivenName, isPlaceName, speakerKind } from "./speaker-kinds";
import { ENGLISH_STOPWORDS } from "../../text";

// A single capitalised word the text places somewhere: "from Dayton, Ohio", "R-Texas", "of California".
const LOCATIVE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:in|from|of|near|at|across|throughout|outside|inside)|[RDI]\s*[-–]\s*)\s*$/iu;
const PLACE_AFTER = /^,\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s*[,.;]/u;

/** Words opening a phrase about people the text does not name: "one woman", "some", "several residents". */
const QUANTIFIERS = new Set(
  "one another some several many most few others both all each two three four five six seven eight nine ten".split(
    " ",
  ),
);

/**
 * The name to show for a name found in a speaker phrase, or null when it names no one who can speak: a place
 * ("Texas" in "Ted Cruz, R-Texas, …", "Dayton" in "from Dayton, Ohio,"), a document or a time phrase.
 */
export function namedSpeaker(body: string, name: PersonMention, fullName: string): string | null {
  if (speakerKind(fullName) !== "speaker" || isPlaceName(fullName)) return null;
  if (followedByState(body.slice(name.end, name.end + 40))) return null;
  if (/\s/.test(fullName)) return fullName;
  const before = body.slice(Math.max(0, name.start - 16), name.start);
  if (LOCATIVE_BEFORE.test(before)) return null;
  const place = PLACE_AFTER.exec(body.slice(name.end, name.end + 40))?.[1];
  if (place && isPlaceName(place)) return null;
  return fullName;
}

const ORGANISATION_FOR =
  /^(?:the\s+)?((?:\p{Lu}[\p{L}’'&.-]*\s+)+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'&.-]*)(?:\s+\p{Lu}[\p{L}’'&.-]*)*)$/u;

const ORGANISATION_OF =
  /^(?:the\s+)?((?:\p{Lu}[\p{L}’'&.-]*\s+)+(?:(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+)*)*(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*)*)$/u;

/**
 * "Democracy for America", "Americans for Prosperity", "Friends of the Earth", "the Congregation for the Doctrine
 * of the Faith": an organisation's whole name, or null. With "of", only when an institution's head opens it
 * ("Secretary of State Mike Pompeo", "Smith of the Times" are people).
 */
export function organisationName(body: string, phrase: CharRange): SpeakerEvidence | null {
  const text = body.slice(phrase.start, phrase.end).trim();
  const name = ORGANISATION_FOR.exec(text)?.[1] ?? organisationOf(text);
  if (!name || isGivenName(name.split(/\s+/)[0] ?? "")) return null;
  const start = phrase.start + body.slice(phrase.start, phrase.end).indexOf(name);
  return { speaker: name, role: null, evidence: { start, end: start + name.length } };
}

function organisationOf(text: string): string | null {
  const name = ORGANISATION_OF.exec(text)?.[1];
  if (!name) return null;
  const words = name.split(/\s+/);
  const link = words.findIndex((w) => w === "of" || w === "for");
  const opening = words.slice(0, link).map((w) => w.toLowerCase().replace(/['’]s?$/, ""));
  if (!opening.some((w) => ORGANISATION_HEADS.has(w))) return null;
  // A person's name opens it ("Jared Margolis of the Center …"); a given name after "of" ("the Faith") is a word.
  return words.slice(0, link).some(isGivenName) ? null : name;
}

/**
 * "the first lady", "the woman": a definite description whose head says a gender, to resolve like "she"; and
 * "The Arizona Democrat", "The West Virginia senator": a capitalised one whose head is a person's role.
 */
export function isGenderedDescription(body: string, phrase: CharRange): boolean {
  const words = body.slice(phrase.start, phrase.end).trim().toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (/^the$/.test(words[0] ?? "") && words.length > 2 && PERSON_ROLE_NOUNS.has(head) && !head.endsWith("s"))
    return true;
  return (
    /^(?:the|this)$/.test(words[0] ?? "") &&
    words.length > 1 &&
    genderOfRoleWord(words[words.length - 1] ?? "") !== null
  );
}

/** Whether a name in a phrase only modifies a lower-case head after it: "a Biden campaign official". */
export function isModifier(body: string, name: CharRange, phrase: CharRange): boolean {
  const rest = body.slice(name.end, phrase.end);
  // "Nature’s Law", "Trump’s lawyer": the possessor is not the head.
  if (/^\s?['’]s?\s+\p{L}/u.test(rest)) return true;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1];
  return next !== undefined && !ENGLISH_STOPWORDS.has(next);
}

/**
 * A speaker phrase with no name in it: an organisation or a group speaks under its description ("the committee",
 * "Republican leaders"); one unnamed person ("a spokesperson for the vice president", "one insider") is shown as
 * unattributed with the description as context; a document is context too ("the indictment"); a place, a time,
 * a number or a sentence's opening word is nothing.
 */
export function unnamedSpeaker(body: string, phrase: CharRange): SpeakerEvidence {
  const text = body.slice(phrase.start, phrase.end).trim();
  const kind = speakerKind(text);
  if (kind === "document" || kind === "work") return { speaker: null, role: text, evidence: null };
  if (kind !== "speaker") return { speaker: null, role: null, evidence: null };
  const words = text.toLowerCase().split(/\s+/);
  const head = (words[words.length - 1] ?? "").replace(/['’]s?$/, "");
  const lowerHead = !/^\p{Lu}/u.test(text.split(/\s+/).pop() ?? "");
  if (PERSON_ROLE_NOUNS.has(head) && !head.endsWith("s") && lowerHead)
    return { speaker: null, role: text, evidence: null };
  // "Some call it …": a quantifier alone names no one; "One Nashville drag performer", "some residents": people
  // the text does not name, shown as context.
  if (QUANTIFIERS.has(words[0] ?? "")) {
    if (words.length === 1) return { speaker: null, role: null, evidence: null };
    if (lowerHead) return { speaker: null, role: text, evidence: null };
  }
  return { speaker: text, role: null, evidence: phrase };
}
