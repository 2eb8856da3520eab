import lexiconFile from "./framing-lexicon.json";

/** One category of the framing lexicon: what its words have in common and why they are evidence of framing. */
export interface LexiconCategory {
  id: string;
  label: string;
  rationale: string;
  terms: readonly string[];
}

export type LexiconKind = "cue" | "hedge" | "loaded";

export interface FramingLexicon {
  version: number;
  cueCategories: readonly LexiconCategory[];
  hedgeCategories: readonly LexiconCategory[];
  loadedCategories: readonly LexiconCategory[];
}

/** The committed lexicon (framing-lexicon.json, documented in README.md "Framing signals"). */
export const FRAMING_LEXICON: FramingLexicon = lexiconFile;

/** A lexicon term ready for matching: its words in lower case and the category it counts under. */
export interface CompiledTerm {
  term: string;
  words: readonly string[];
  category: string;
}

/**
 * Terms indexed by their first word, longest first, so "according to" wins over a shorter term that starts the
 * same way and matching costs one map lookup per word of text.
 */
export type TermIndex = ReadonlyMap<string, readonly CompiledTerm[]>;

export function compileTerms(categories: readonly LexiconCategory[]): TermIndex {
  const index = new Map<string, CompiledTerm[]>();
  for (const category of categories) {
    for (const term of category.terms) {
      const termWords = term.toLowerCase().split(/\s+/).filter(Boolean);
      const first = termWords[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      list.push({ term: termWords.join(" "), words: termWords, category: category.id });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The category of a cue as written ("told reporters" counts as "told"), or "other" when the lexicon lacks it. */
export function cueCategory(cue: string, lexicon: FramingLexicon = FRAMING_LEXICON): string {
  const normalised = normaliseCue(cue);
  for (const category of lexicon.cueCategories) {
    if (category.terms.includes(normalised)) return category.id;
  }
  return "other";
}

/** A cue reduced to its verb: lower case, "according to" kept whole, anything after the verb dropped. */
export function normaliseCue(cue: string): string {
  const lower = cue.toLowerCase().replace(/\s+/g, " ").trim();
  for (const phrase of ["according to", "hit out", "lashed out"]) if (lower.startsWith(phrase)) return phrase;
  return lower.split(" ")[0] ?? lower;
}
