import { wordSpans } from "../../text";
import {
  compileTerms,
  FRAMING_LEXICON,
  matchesTermWord,
  termsStartingWith,
  type TermIndex,
} from "./framing-lexicon";

let chargedTerms: TermIndex | null = null;

/** Loaded, disputing and doubting or forceful attribution terms: words that take a side in a headline. */
function chargedIndex(): TermIndex {
  chargedTerms ??= compileTerms([
    ...FRAMING_LEXICON.loadedCategories,
    ...FRAMING_LEXICON.disputeCategories,
    ...FRAMING_LEXICON.cueCategories.filter((c) => c.id !== "neutral"),
  ]);
  return chargedTerms;
}

/** A phrase a headline puts in quotation marks ('Worst Negotiator'): someone's epithet, carried as its wording. */
const QUOTED_PHRASE = /(?:^|[\s(])['‘"“][^'’"”]{2,60}['’"”](?=$|[\s,.:;!?)])/gu;

/**
 * How much a headline takes a side, in the lexicon's terms: one point per loaded, disputing or non-neutral
 * attribution term (in any case: headlines are title case), per quoted phrase, per "!" and per question (a
 * teaser). Used to prefer a neutral headline as a story's title; evidence, not a verdict.
 */
export function headlineCharge(headline: string): number {
  const index = chargedIndex();
  const spans = wordSpans(headline);
  let charge = 0;
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i];
    if (!first) continue;
    for (const term of termsStartingWith(index, first.text)) {
      if (!term.words.every((w, k) => matchesTermWord(spans[i + k]?.text ?? "", w))) continue;
      charge++;
      i += term.words.length - 1;
      break;
    }
  }
  charge += [...headline.matchAll(QUOTED_PHRASE)].length;
  charge += [...headline.matchAll(/[!?]/gu)].length;
  return charge;
}
