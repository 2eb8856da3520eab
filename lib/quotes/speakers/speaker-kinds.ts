import { getGender } from "gender-detection-from-name";
import { countries } from "countries-list";
import { states } from "states-us";
import { ENGLISH_STOPWORDS } from "../../text";
import { NON_PERSON_WORDS, PERSON_ROLE_NOUNS } from "./lexicon";

/**
 * What a speaker phrase names, read from its own words: a person or organisation that can speak, or something
 * that cannot (a place, a document, a speech or programme, a time, a number, or a phrase that opens a sentence).
 * General signals only: the head noun of a lower-case phrase, a place name from country and US state lists, time
 * words, function words. No list of any corpus's people.
 */
export type SpeakerKind = "speaker" | "place" | "document" | "work" | "time" | "number" | "opener";

export type Gender = "male" | "female";

/** Heads of a phrase naming a written or recorded thing: "the indictment", "the magazine's story", "a memo". */
const DOCUMENT_HEADS = new Set(
  `report reports letter letters memo memos memorandum lawsuit lawsuits suit suits indictment complaint statement
  statements order orders summary text document documents draft guidance op-ed editorial article articles
  profile story stories website site page post posts tweet tweets email emails release transcript study studies
  survey surveys poll polls analysis book filing brief briefs motion amendment bill bills law laws act constitution
  policy plan plans measure measures proposal resolution agreement treaty ruling rulings opinion decision petition
  notice footnote record records estimate estimates data headline caption column video ad ads advertisement
  message messages book books chapter passage section paragraph clause provision provisions claim tort warrant
  affidavit subpoena verdict judgment judgement decree regulation regulations rule rules guidelines`.split(
    /\s+/,
  ),
);

/** Heads naming a speech, a broadcast or a work: "Inaugural Address", "the interview", "the documentary". */
const WORK_HEADS = new Set(
  `address speech speeches remarks interview interviews show program programme broadcast podcast documentary film
  movie series episode sermon lecture testimony hearing debate conference briefing`.split(/\s+/),
);

/** Lower-case heads ending like adjectives that name a body that speaks ("the tribunal", "the council" do not). */
const ORGANISATION_HEADS = new Set(
  "tribunal hospital journal capital arsenal clinic republic public".split(" "),
);

/** Heads naming a place or a building: "the Rose Garden", "Foley Square", "the federal courthouse". */
const PLACE_HEADS = new Set(
  `garden gardens room square park plaza street avenue road boulevard building courthouse airport station harbor
  harbour port island islands river lake mountain mountains beach valley county city town village neighborhood
  neighbourhood district borough province region border coast bay field stadium arena hall`.split(/\s+/),
);

/** Place heads that are not also common surnames ("Park", "Hall", "Field" are). */
const BUILT_PLACE_HEADS = new Set(
  "garden gardens square plaza avenue boulevard courthouse airport building room stadium arena".split(" "),
);

const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december morning afternoon evening night tonight today yesterday tomorrow week weeks
  weekend month months year years decade decades century days hours minutes moment time times`.split(/\s+/),
);

const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half|percent)(?:-[a-z]+)?$/;

/** Sentence adverbs and prepositions that open a sentence but never a name ("Prior to …", "Unlike Granholm, …"). */
const OPENING_WORDS = new Set(
  `prior unlike additionally therefore separately meanwhile moreover furthermore nevertheless nonetheless instead
  indeed besides likewise similarly still yet maybe perhaps nothing everything anything someone somebody everyone
  advertisement updated released related read watch click sign subscribe despite amid among following even`.split(
    /\s+/,
  ),
);

const PLACE_NAMES: ReadonlySet<string> = new Set(
  [
    ...Object.values(countries).map((c) => c.name),
    ...states.map((s) => s.name),
    "America",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Europe",
    "Asia",
    "Africa",
    "Washington D.C.",
    "D.C.",
  ].map((n) => n.toLowerCase()),
);

const POSSESSIVE = /['’]s?$/;

/** US states as AP style and the post office abbreviate them: a name followed by one is a town ("Reno, Nev."). */
const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...states.map((s) => s.abbreviation),
  ..."Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo".split(
    " ",
  ),
  ..."N.H N.J N.M N.Y N.C N.D R.I S.C S.D W.Va D.C".split(" "),
]);
const STATE_AFTER = /^,\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s*[,;:)]/u;

/**
 * Whether the text right after a name gives a state, as after a town: "San Bernardino, Calif.,", "Dayton, Ohio,".
 * A party label ("Ted Cruz, R-Texas,") or a description after the state ("Jim Jordan, Ohio Republican") is not one.
 */
export function followedByState(after: string): boolean {
  const state = STATE_AFTER.exec(after)?.[1];
  if (!state) return false;
  return isPlaceName(state) || STATE_ABBREVIATIONS.has(state.replace(/\.$/, ""));
}

// A lower-case head that is an adjective by its ending ("her private personal", "the president's medical"): the
// noun it went with was read as a verb ("… emails", "… report"), so the phrase names nothing.
const ADJECTIVE_ENDING = /(?:al|ous|ive|ful|ic|ible|able|less|ary)$/;
// Participles after a head ("a memo obtained by …", "the report released"): the head is the word before them.
const TRAILING_PARTICIPLE = /^\p{Ll}+(?:ed|en)$/u;

function wordsOf(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[("“‘']+|[)"”’',.;:]+$/g, ""))
    .filter(Boolean);
}

/** Whether a capitalised phrase is a country's or a US state's name ("Texas", "New Mexico", "the United States"). */
export function isPlaceName(phrase: string): boolean {
  const name = phrase
    .trim()
    .replace(/^the\s+/i, "")
    .replace(POSSESSIVE, "")
    .toLowerCase();
  return PLACE_NAMES.has(name);
}

/**
 * The kind of thing a speaker phrase names. A phrase the text gives as a person's name with a given name or a
 * title ("Nancy Pelosi", "Mr. Camp") is a speaker whatever its words; this looks at the words alone.
 */
export function speakerKind(phrase: string): SpeakerKind {
  const words = wordsOf(phrase);
  while (words.length > 1 && TRAILING_PARTICIPLE.test(words[words.length - 1] ?? "")) words.pop();
  const first = words[0]?.toLowerCase() ?? "";
  const last = (words[words.length - 1] ?? "").toLowerCase().replace(POSSESSIVE, "");
  if (words.length === 0) return "opener";
  // "It’s telling that …", "There’s": a pronoun's contraction opens a sentence, never a name.
  if (/^(?:it|that|there|here|what|this)['’]s$/i.test(words[0] ?? "")) return "opener";
  if (isPlaceName(phrase)) return "place";
  const capitalisedFirst = /^\p{Lu}/u.test(words[0] ?? "");
  if (
    (ENGLISH_STOPWORDS.has(first) || OPENING_WORDS.has(first) || /^[\p{L}]{3,}ly$/u.test(first)) &&
    capitalisedFirst &&
    ![
      "the",
      "a",
      "an",
      "one",
      "some",
      "several",
      "many",
      "his",
      "her",
      "its",
      "their",
      "our",
      "other",
    ].includes(first) &&
    getGender(words[0] ?? "", "en") === "unknown"
  )
    return "opener";
  if (words.every((w) => NUMBER_WORDS.test(w.toLowerCase()) || /^\d/.test(w) || /^(?:a|an|the)$/i.test(w)))
    return "number";
  if (TIME_WORDS.has(last) || /^\d{4}$/.test(last) || (words.length <= 2 && TIME_WORDS.has(first)))
    return "time";
  // "Lena Park" is a person; "the Rose Garden" and "Foley Square" are places whatever their first word.
  const personal = words.length >= 2 && capitalisedFirst && getGender(words[0] ?? "", "en") !== "unknown";
  if (PLACE_HEADS.has(last) && (!personal || BUILT_PLACE_HEADS.has(last))) return "place";
  if (DOCUMENT_HEADS.has(last)) return "document";
  if (WORK_HEADS.has(last)) return "work";
  const head = words[words.length - 1] ?? "";
  if (
    words.length > 1 &&
    /^\p{Ll}+$/u.test(head) &&
    ADJECTIVE_ENDING.test(head) &&
    !PERSON_ROLE_NOUNS.has(head) &&
    !ORGANISATION_HEADS.has(head)
  )
    return "opener";
  return "speaker";
}

/** Whether a phrase can be shown as who spoke. */
export function canSpeak(phrase: string): boolean {
  return speakerKind(phrase) === "speaker";
}

const MALE_WORDS = new Set(
  `mr he him his man men father son brother husband boyfriend king prince lord sir spokesman congressman
  chairman businessman councilman assemblyman uncle grandfather nephew`.split(/\s+/),
);
const FEMALE_WORDS = new Set(
  `mrs ms miss she her woman women mother daughter sister wife girlfriend queen princess lady dame spokeswoman
  congresswoman chairwoman businesswoman councilwoman assemblywoman alderwoman aunt grandmother niece madam`.split(
    /\s+/,
  ),
);

/** The gender a title or role word says ("Mrs.", "spokeswoman", "first lady"), if it says one. */
export function genderOfRoleWord(word: string): Gender | null {
  const bare = word.toLowerCase().replace(/\.$/, "").replace(POSSESSIVE, "");
  if (MALE_WORDS.has(bare)) return "male";
  if (FEMALE_WORDS.has(bare)) return "female";
  return null;
}

/** The gender of a given name from the gender-detection-from-name lists, if known ("Nancy" → female). */
export function genderOfGivenName(word: string): Gender | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const gender = getGender(word, "en");
  return gender === "unknown" ? null : gender;
}

/** Whether a word is a given name in the lists (and so may start a person's name). */
export function isGivenName(word: string): boolean {
  return genderOfGivenName(word) !== null && speakerKind(word) === "speaker";
}

/**
 * Where a person's name starts in a capitalised run that carries a title the title lists do not know
 * ("Administrator Andrew Wheeler", "National Security Adviser John Bolton"): at a given name with a surname after
 * it, when the run does not start with one. 0 when the run starts the name.
 */
export function givenNameStart(words: readonly string[]): number {
  if (words.length < 3) return 0;
  const opensWithGiven = isGivenName(words[0] ?? "");
  for (let i = 1; i < words.length - 1; i += 1) {
    if (!isGivenName(words[i] ?? "")) continue;
    const before = words.slice(0, i);
    // Only after words that read as a title ("Administrator", "Virologist", "EPA"), so "Seung Min Kim" stays whole.
    if (!opensWithGiven && before.every(isTitleLike)) return i;
    // An office's place or body may come first ("Police Superintendent Garry McCarthy", "Wayne County Assistant
    // Prosecutor Athina Siringas") when the title itself sits right before the given name.
    const institution = before.some((w) => NON_PERSON_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")));
    if (before.length >= 2 && isTitleLike(words[i - 1] ?? "") && (institution || !opensWithGiven)) return i;
  }
  return 0;
}

/** A capitalised word that reads as a title, office or acronym rather than a name: by its ending or its capitals. */
function isTitleLike(word: string): boolean {
  const bare = word.replace(/[.,]$/, "");
  return (
    /^\p{Lu}{2,}$/u.test(bare) ||
    /(?:or|er|ist|ant|ent|ate|man|woman|ian|ee|ary|ive|al|ic|ed|ing|ship|ment|ion)$/.test(
      bare.toLowerCase(),
    ) ||
    /-/.test(bare) ||
    /^(?:whip|staff|counsel|chief|coach|host|anchor|chair|head|judge|\p{L}*sheriff|principal|marshal)$/iu.test(
      bare,
    )
  );
}
