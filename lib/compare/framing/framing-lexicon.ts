import { lemmaCandidates } from "../same-fact";
import lexiconFile from "./framing-lexicon.json";

/** One category of the framing lexicon: what its words have in common and why they are evidence of framing. */
export interface LexiconCategory {
  id: string;
  label: string;
  rationale: string;
  terms: readonly string[];
}

export type LexiconKind = "cue" | "hedge" | "dispute" | "loaded";

export interface FramingLexicon {
  version: number;
  cueCategories: readonly LexiconCategory[];
  hedgeCategories: readonly LexiconCategory[];
  /** The outlet calls a statement false, unsupported or misleading ("falsely", "without evidence"). */
  disputeCategories: readonly LexiconCategory[];
  loadedCategories: readonly LexiconCategory[];
}

/** The committed lexicon (framing-lexicon.json, documented in README.md "Framing signals"). */
export const FRAMING_LEXICON: FramingLexicon = lexiconFile;

/** One word of a lexicon term: matched in any inflection (its base forms), or only as written when `exact`. */
export interface TermWord {
  text: string;
  exact: boolean;
  /** The word and its base forms as a noun, verb and adjective (just the word when exact). */
  forms: readonly string[];
}

/** A lexicon term ready for matching: its words in lower case and the category it counts under. */
export interface CompiledTerm {
  term: string;
  words: readonly TermWord[];
  category: string;
}

/**
 * Terms indexed by each base form of their first word, longest first, so "according to" wins over a shorter term
 * that starts the same way and matching costs a few map lookups per word of text.
 */
export type TermIndex = ReadonlyMap<string, readonly CompiledTerm[]>;

/** The forms a word of text can match: itself and its base forms ("appeared" → appeared, appear). */
export function wordForms(word: string): readonly string[] {
  return lemmaCandidates(word.toLowerCase());
}

/** True when a word of text is the term's word, in any inflection unless the term says exact. */
export function matchesTermWord(word: string, termWord: TermWord): boolean {
  const lower = word.toLowerCase();
  if (lower === termWord.text) return true;
  if (termWord.exact) return false;
  return wordForms(lower).some((form) => termWord.forms.includes(form));
}

export function compileTerms(categories: readonly LexiconCategory[]): TermIndex {
  const index = new Map<string, CompiledTerm[]>();
  for (const category of categories) {
    for (const written of category.terms) {
      const exact = written.startsWith("=");
      const termWords = (exact ? written.slice(1) : written)
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .map((text) => ({ text, exact, forms: exact ? [text] : wordForms(text) }));
      const first = termWords[0];
      if (!first) continue;
      const compiled = {
        term: termWords.map((w) => w.text).join(" "),
        words: termWords,
        category: category.id,
      };
      for (const form of first.forms) {
        const list = index.get(form) ?? [];
        if (!list.some((t) => t.term === compiled.term)) list.push(compiled);
        index.set(form, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The terms whose first word a word of text may be, longest first (each term once). */
export function termsStartingWith(index: TermIndex, word: string): CompiledTerm[] {
  const found: CompiledTerm[] = [];
  for (const form of wordForms(word))
    for (const term of index.get(form) ?? []) if (!found.includes(term)) found.push(term);
  return found.sort((a, b) => b.words.length - a.words.length);
}

/** The category of a cue as written ("told reporters" counts as "told"), or "other" when the lexicon lacks it. */
export function cueCategory(cue: string, lexicon: FramingLexicon = FRAMING_LEXICON): string {
  const normalised = normaliseCue(cue);
  for (const category of lexicon.cueCategories) {
    if (category.terms.includes(normalised)) return category.id;
  }
  // Another inflection of a listed verb ("warning" of "warned").
  const forms = wordForms(normalised);
  for (const category of lexicon.cueCategories) {
    if (category.terms.some((term) => !term.includes(" ") && wordForms(term).some((f) => forms.includes(f))))
      return category.id;
  }
  return "other";
}

/** A cue reduced to its verb: lower case, "according to" kept whole, anything after the verb dropped. */
export function normaliseCue(cue: string): string {
  const lower = cue.toLowerCase().replace(/\s+/g, " ").trim();
  for (const phrase of ["according to", "hit out", "lashed out"]) if (lower.startsWith(phrase)) return phrase;
  return lower.split(" ")[0] ?? lower;
}
