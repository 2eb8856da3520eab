import { ENGLISH_STOPWORDS, foldForComparison, wordSpans, type TextSpan } from "../../text";
import { matchingStem } from "../wording";

/** A quantity as a sentence phrases it: "26 countries", "26 of Ukraine's allies", "£800 million". */
export interface Figure {
  value: number;
  /** Stem of the counted thing ("countr"), or "" for a bare number. */
  unit: string;
  phrase: string;
}

/** Number words and their values; "one" is handled apart (alone it is mostly a pronoun). */
const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
  (
    "two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 " +
    "fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 " +
    "fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 half 0.5 dozen 12 hundred 100"
  )
    .split(" ")
    .flatMap((word, i, all) => (i % 2 === 0 ? [[word, Number(all[i + 1])] as [string, number]] : [])),
);
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };
const PERCENT_WORDS = new Set(["percent", "per cent", "%"]);
/** Words after a number that continue its phrase even though they are stopwords ("26 of the allies"). */
const LINKING_WORDS = new Set(["of", "the"]);
const MAX_PHRASE_WORDS = 3;
/** Work bound: sentences longer than this are read only this far. */
const MAX_TEXT_CHARS = 5_000;
/** Units that the topic stopword list drops but a quantity keeps ("three-and-a-half years"). */
const TIME_UNITS = new Set("year years week weeks day days month months hour hours".split(" "));

/**
 * Quantities the two (aligned) sentences phrase differently: the same number with a different wording
 * ("26 countries" / "26 of Ukraine's allies"), or a different number of the same thing ("25 dead" / "27 dead").
 * Figures worded the same in both are not reported.
 */
export function differingFigures(a: string, b: string): { from: string; to: string }[] {
  const figuresA = extractFigures(a);
  const unmatchedB = extractFigures(b);
  const unmatchedA: Figure[] = [];
  for (const fa of figuresA) {
    const same = unmatchedB.findIndex((fb) => fb.value === fa.value && samePhrase(fa, fb));
    if (same >= 0) unmatchedB.splice(same, 1);
    else unmatchedA.push(fa);
  }
  const result: { from: string; to: string }[] = [];
  for (const pairedBy of [sameValue, sameUnit]) {
    for (const fa of [...unmatchedA]) {
      const match = unmatchedB.findIndex((fb) => pairedBy(fa, fb));
      if (match < 0) continue;
      const [fb] = unmatchedB.splice(match, 1);
      unmatchedA.splice(unmatchedA.indexOf(fa), 1);
      if (fb) result.push({ from: fa.phrase, to: fb.phrase });
    }
  }
  return result;
}

function samePhrase(a: Figure, b: Figure): boolean {
  return foldForComparison(a.phrase) === foldForComparison(b.phrase);
}

function sameValue(a: Figure, b: Figure): boolean {
  return a.value === b.value;
}

function sameUnit(a: Figure, b: Figure): boolean {
  return a.unit !== "" && a.unit === b.unit;
}

/** Numbers in a text (digits or number words) with the phrase that says what they count. */
export function extractFigures(fullText: string): Figure[] {
  const text = fullText.slice(0, MAX_TEXT_CHARS);
  const spans = joinDigitGroups(text, wordSpans(text));
  const figures: Figure[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    const parsed = parseNumberWord(span.text);
    if (!parsed) continue;
    let value = parsed.value;
    let phraseStart = span.start;
    if (/[$£€¥]$/u.test(text.slice(Math.max(0, span.start - 1), span.start))) phraseStart--;
    let end = i;
    let unit = parsed.unit;
    const scale = spans[i + 1];
    if (scale && SCALES[scale.text.toLowerCase()] && onlySpaceBetween(text, span, scale)) {
      value *= SCALES[scale.text.toLowerCase()] ?? 1;
      end = i + 1;
    }
    const last = spans[end] as TextSpan;
    if (text.charAt(last.end) === "%") {
      unit = "percent";
    }
    if (unit === "") {
      const phrase = phraseWords(text, spans, end);
      end = phrase.end;
      unit = phrase.unit;
    }
    const endSpan = spans[end] as TextSpan;
    const phraseEnd = unit === "percent" && text.charAt(endSpan.end) === "%" ? endSpan.end + 1 : endSpan.end;
    figures.push({ value, unit, phrase: text.slice(phraseStart, phraseEnd) });
    i = end;
  }
  return figures;
}

/** The words that follow a number and name what it counts: up to three, through "of"/"the", never a clause. */
function phraseWords(
  text: string,
  spans: readonly TextSpan[],
  numberIndex: number,
): { end: number; unit: string } {
  let end = numberIndex;
  let unit = "";
  let contentWords = 0;
  for (let j = numberIndex + 1; j < spans.length && contentWords < MAX_PHRASE_WORDS; j++) {
    const previous = spans[j - 1];
    const span = spans[j];
    if (!previous || !span || !onlySpaceBetween(text, previous, span)) break;
    const folded = foldForComparison(span.text);
    if (PERCENT_WORDS.has(folded) || (folded === "per" && spans[j + 1]?.text.toLowerCase() === "cent")) {
      return { end: folded === "per" ? j + 1 : j, unit: "percent" };
    }
    if (LINKING_WORDS.has(folded) && contentWords === 0) continue;
    if ((ENGLISH_STOPWORDS.has(folded) && !TIME_UNITS.has(folded)) || parseNumberWord(span.text)) break;
    contentWords++;
    end = j;
    unit = matchingStem(folded);
  }
  // A number followed only by linking words ("26 of") names nothing; keep the bare number.
  return { end, unit };
}

/** Words split a number at its thousands separators ("1", "200"); join them back into "1,200". */
function joinDigitGroups(text: string, spans: readonly TextSpan[]): TextSpan[] {
  const joined: TextSpan[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (
      last &&
      /^\d{1,3}(?:,\d{3})*$/.test(last.text) &&
      text.slice(last.end, span.start) === "," &&
      /^\d{3}(?![\d.])/.test(span.text)
    ) {
      joined[joined.length - 1] = {
        text: text.slice(last.start, span.end),
        start: last.start,
        end: span.end,
      };
    } else {
      joined.push(span);
    }
  }
  return joined;
}

function onlySpaceBetween(text: string, a: TextSpan, b: TextSpan): boolean {
  return /^\s*$/u.test(text.slice(a.end, b.start));
}

/**
 * The value of a word that is a number: "26", "1,200", "3.5", "twenty-six", "three-and-a-half", or a
 * number-led compound ("22-year-old", value 22, unit "year-old").
 */
export function parseNumberWord(word: string): { value: number; unit: string } | null {
  const folded = foldForComparison(word);
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:-(\p{L}[\p{L}-]*))?$/u.exec(folded);
  if (digits?.[1]) {
    const value = Number(`${digits[1].replace(/,/g, "")}${digits[2] ? `.${digits[2]}` : ""}`);
    return { value, unit: digits[3] ?? "" };
  }
  const parts = folded.split("-");
  let value = 0;
  let sawNumber = false;
  for (const part of parts) {
    if (part === "and" || part === "a") continue;
    const n = part === "one" && parts.length > 1 ? 1 : SMALL_NUMBERS.get(part);
    if (n === undefined) return null;
    value = n >= 100 ? Math.max(value, 1) * n : value + n;
    sawNumber = true;
  }
  return sawNumber ? { value, unit: "" } : null;
}
