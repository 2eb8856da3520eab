/**
 * What the quotation rules need to know about one language: its quotation marks, the verbs and phrases that
 * introduce reported speech, and the words that tell a speaker from a named thing. One file per language
 * (de.ts, fr.ts, es.ts, it.ts, pt.ts) fills this in; the reading itself (./attribute.ts) is shared.
 */
export interface LanguageRules {
  /** ISO 639-1 code, as detectLanguage (lib/text) returns it. */
  code: string;
  /** Quotation marks as [opening glyph, every glyph that closes it]: „ closes with “ in German, where “ opens in English. */
  pairs: readonly (readonly [string, string])[];
  /** Every written form of a speech or writing verb that introduces a quotation, lower case. */
  cueVerbs: ReadonlySet<string>;
  /** Words that attribute what follows or precedes without a verb: "laut", "zufolge", "selon", "según". */
  accordingTo: ReadonlySet<string>;
  /** A word standing right after a quote that attributes it like a verb: German "so" (`„…“, so Merkel`). */
  trailerWords: ReadonlySet<string>;
  /** Verb particles that complete a cue later in the clause: "fügte … hinzu", "teilte … mit". */
  particles: ReadonlySet<string>;
  /** Verb forms of reported speech (German Konjunktiv I: "sei", "habe"): the last speaker is still speaking. */
  reportedMood: ReadonlySet<string>;
  /** Nouns of opinion after a preposition that attribute like a verb: `nach Angaben des Ministers`. */
  opinionNouns: ReadonlySet<string>;
  /** Personal pronouns that can speak, lower case ("er", "sie", "il", "elle"). */
  pronouns: ReadonlySet<string>;
  /** Function words (articles, prepositions, conjunctions, adverbs): never a name, even capitalised. */
  functionWords: ReadonlySet<string>;
  /** Articles and possessives that open a noun phrase ("der", "die", "le", "el"). */
  determiners: ReadonlySet<string>;
  /** Prepositions: a noun phrase right after one is an adverbial ("am Montag", "dans un entretien"). */
  prepositions: ReadonlySet<string>;
  /** Finite auxiliaries, as written: German `hatte X … gesagt` puts the subject next to one of these. */
  finiteAuxiliaries: ReadonlySet<string>;
  /** Auxiliaries, adverbs and clitics between a subject and its verb ("a", "ha", "hat", "se", "hingegen"). */
  auxiliaries: ReadonlySet<string>;
  /** Nouns that name a title, a publication or a thing ("Zeitung", "Film", "journal"): a quote after one is a name. */
  titleNouns: ReadonlySet<string>;
  /** Words saying a quote is a label, not speech ("sogenannte", "dit", "llamado"). */
  labelWords: ReadonlySet<string>;
  /** Words that take the quote as what something was called ("als" in "bezeichnete … als „…“", "comme"). */
  namingWords: ReadonlySet<string>;
  /** First and second person words: speech, not a title, uses them ("ich", "wir", "je", "nous"). */
  personalWords: ReadonlySet<string>;
  /** Common finite verbs and auxiliaries: a quote holding one is a clause, not a name. */
  clauseWords: ReadonlySet<string>;
  /** Abbreviations ending in a full stop that do not end a sentence ("Dr", "z", "bzw", "Mme"). */
  abbreviations: ReadonlySet<string>;
  /** Whether a paragraph opening with a dash is dialogue ("— Je pense que …"): French, Spanish, Italian, Portuguese. */
  dialogueDash: boolean;
}

/** A set of the words of a whitespace-separated list. */
export function wordSet(...lists: readonly (string | readonly string[])[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) {
    const words = typeof list === "string" ? list.split(/\s+/) : list;
    for (const word of words) if (word) set.add(word.toLowerCase());
  }
  return set;
}
