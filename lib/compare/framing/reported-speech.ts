import { sentenceSpans, wordSpans, type TextSpan } from "../../text";
import { wordForms } from "./framing-lexicon";

export interface SpeechRange {
  start: number;
  end: number;
}

/**
 * Verbs that report what someone said (by their base forms): the clause they introduce is the speaker's words,
 * not the outlet's, even without quotation marks ("Kirk called them terrorists", "officials said the strike was
 * brutal"). "threaten" and "vow" are left out: what follows them is an act ("threatened to strike"), not words.
 */
const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "claim",
  "allege",
  "insist",
  "assert",
  "argue",
  "contend",
  "warn",
  "add",
  "state",
  "note",
  "explain",
  "write",
  "announce",
  "deny",
  "suggest",
  "accuse",
  "call",
  "describe",
  "label",
  "brand",
  "dub",
  "charge",
  "maintain",
  "acknowledge",
  "admit",
  "concede",
  "predict",
  "tweet",
  "post",
  "declare",
  "complain",
  // Reported belief: "Republicans who believe Roe was wrongly decided" are stating their view, not the outlet's.
  "believe",
  "think",
  "hope",
]);

/**
 * Reporting verbs that are as often nouns ("state and local officials", "vitriolic tweets", "a post"): they count
 * only in a verb's past or -ing form ("stated", "tweeting").
 */
const NOUN_TOO = new Set(["state", "post", "charge", "tweet", "note", "call", "label", "brand", "hope"]);

/** Verbs whose object is the label the speaker gave ("called them terrorists"): the speech ends with the clause. */
const NAMING_VERBS = new Set(["call", "describe", "label", "brand", "dub"]);

/** Words before which a reporting word is a noun ("the claims", "his call"), not a verb. */
const NOUN_BEFORE = new Set(
  "a an the his her their its our my your these those this such false new any no some many fresh further".split(
    " ",
  ),
);

/** A trailing attribution ("…, the minister said.") has at most this many words after its comma. */
const MAX_TRAILING_ATTRIBUTION_WORDS = 7;

/** Work bound: sentences longer than this are not read for reported speech (no sentence of news is). */
const MAX_SENTENCE_CHARS = 2_000;

function isReportingVerb(word: string): boolean {
  const forms = wordForms(word);
  if (!forms.some((form) => REPORTING_VERBS.has(form))) return false;
  return !forms.some((form) => NOUN_TOO.has(form)) || /(?:ed|ing)$/u.test(word);
}

function isNamingVerb(word: string): boolean {
  return wordForms(word).some((form) => NAMING_VERBS.has(form));
}

/**
 * The parts of a text that are someone else's words: the quotations, and the clauses that reported speech
 * introduces ("X said [that] …", "X called them …", "…, X said.", "According to X, …"). What frames the report
 * stays the outlet's: words before the verb ("falsely claimed") and a parenthesis right after it ("claimed,
 * without evidence, that …"). One reporting verb per sentence, the first; linear in the text.
 */
export function speakerRanges(text: string, quotations: readonly SpeechRange[]): SpeechRange[] {
  const ranges: SpeechRange[] = quotations.map((q) => ({ start: q.start, end: q.end }));
  for (const sentence of sentenceSpans(text)) {
    if (sentence.text.length > MAX_SENTENCE_CHARS) continue;
    const range = reportedClause(sentence);
    if (range) ranges.push(range);
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

function reportedClause(sentence: TextSpan): SpeechRange | null {
  const text = sentence.text;
  const words = wordSpans(text);
  const end = sentence.start + text.replace(/[.!?…"”’'\s]+$/u, "").length;
  const according = /^according to\b[^,]{1,80},\s*/iu.exec(text);
  if (according) return { start: sentence.start + according[0].length, end };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const lower = word.text.toLowerCase();
    if (lower === "according" && words[i + 1]?.text.toLowerCase() === "to") {
      const comma = text.lastIndexOf(",", word.start);
      return comma > 0 ? { start: sentence.start, end: sentence.start + comma } : null;
    }
    // A capitalised "Said" opening a sentence or a name ("Call", "Post") is no reporting verb.
    if (i === 0 || /^\p{Lu}/u.test(word.text) || !isReportingVerb(lower)) continue;
    if (NOUN_BEFORE.has(words[i - 1]?.text.toLowerCase() ?? "")) continue;
    const comma = text.lastIndexOf(",", word.start);
    const wordsAfterComma = comma < 0 ? Infinity : words.filter((w) => w.start > comma).length;
    if (comma > 0 && wordsAfterComma <= MAX_TRAILING_ATTRIBUTION_WORDS && isClauseEnd(text, words, i))
      return { start: sentence.start, end: sentence.start + comma };
    if (isNamingVerb(lower)) {
      const clauseEnd = text.slice(word.end).search(/[,;:.!?]/u);
      const stop = clauseEnd < 0 ? text.length : word.end + clauseEnd;
      const from = word.end + (/^\s*/u.exec(text.slice(word.end))?.[0].length ?? 0);
      return stop > from ? { start: sentence.start + from, end: sentence.start + stop } : null;
    }
    let from = word.end;
    // "claimed, without evidence, that …": the parenthesis is the outlet's.
    const parenthesis = /^\s*,[^,]{1,60},/u.exec(text.slice(from));
    if (parenthesis) from += parenthesis[0].length;
    const that = /^\s*that\b/iu.exec(text.slice(from));
    if (that) from += that[0].length;
    from += /^\s*/u.exec(text.slice(from))?.[0].length ?? 0;
    const start = sentence.start + from;
    return start < end ? { start, end } : null;
  }
  return null;
}

/** The verb (and what follows it, a name or "reporters") closes the sentence: "…, the minister said." */
function isClauseEnd(text: string, words: readonly TextSpan[], verbIndex: number): boolean {
  const rest = words.slice(verbIndex + 1);
  return rest.length <= 4 && !/,/.test(text.slice(words[verbIndex]?.end ?? 0));
}
