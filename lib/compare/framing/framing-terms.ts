import { wordSpans } from "../../text";
import type { ExampleMaker, FramingExample } from "./framing-example";
import { matchesTermWord, termsStartingWith, type TermIndex } from "./framing-lexicon";

/** How often one lexicon term occurs in an article's own words, with the first few occurrences as evidence. */
export interface TermCount {
  term: string;
  category: string;
  count: number;
  examples: FramingExample[];
}

export interface TermMatches {
  /** Matches in the outlet's own words, commonest term first. */
  terms: TermCount[];
  /** Matches inside quotations or reported speech: the speakers' words, listed apart from the outlet's. */
  reported: TermCount[];
  /** How many matches `reported` holds. */
  quoted: number;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Counts the lexicon's terms in a text, as whole words, ignoring case. A one-word term written with a capital
 * in mid-sentence is a name ("May", "Chaos Theory"), not the word, so it is skipped.
 */
export function matchTerms(
  text: string,
  index: TermIndex,
  speakerRanges: readonly Range[],
  examples: ExampleMaker,
  maxExamples: number,
): TermMatches {
  const spans = wordSpans(text);
  const inSpeech = rangeTester(speakerRanges);
  const own = new Map<string, TermCount>();
  const reported = new Map<string, TermCount>();
  let quoted = 0;
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i];
    if (!first) continue;
    for (const candidate of termsStartingWith(index, first.text)) {
      const last = spans[i + candidate.words.length - 1];
      if (!last || !candidate.words.every((w, k) => matchesTermWord(spans[i + k]?.text ?? "", w))) continue;
      if (candidate.words.length === 1 && isCapitalised(first.text) && !startsSentence(text, first.start)) {
        break;
      }
      const speech = inSpeech(first.start);
      if (speech) quoted++;
      const byTerm = speech ? reported : own;
      const entry = byTerm.get(candidate.term) ?? {
        term: candidate.term,
        category: candidate.category,
        count: 0,
        examples: [],
      };
      entry.count++;
      if (entry.examples.length < maxExamples) entry.examples.push(examples.example(first.start, last.end));
      byTerm.set(candidate.term, entry);
      i += candidate.words.length - 1;
      break;
    }
  }
  return { terms: commonestFirst(own), reported: commonestFirst(reported), quoted };
}

function commonestFirst(byTerm: ReadonlyMap<string, TermCount>): TermCount[] {
  return [...byTerm.values()].sort(
    (a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when only whitespace, opening quotes or nothing stand between the offset and a sentence end. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"“‘'(\[]/u.test(text.charAt(i))) {
    if (text.charAt(i) === "\n") return true;
    i--;
  }
  return i < 0 || /[.!?:;…]/u.test(text.charAt(i));
}

/** Ranges merged into disjoint sorted ranges once; each lookup is a binary search. */
export function rangeTester(quotations: readonly Range[]): (offset: number) => boolean {
  const merged: Range[] = [];
  for (const q of [...quotations].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && q.start <= last.end) last.end = Math.max(last.end, q.end);
    else merged.push({ start: q.start, end: q.end });
  }
  return (offset) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = merged[mid];
      if (!q) break;
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
