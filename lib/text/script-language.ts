/*
 * The language a text's writing system gives away. detectLanguage counts the function words of eight
 * languages written in Latin letters and Cyrillic; a Japanese article that names "Kindle" and "app" would
 * otherwise come out as English, and a Russian one that quotes a line of code as nothing.
 */

/** Enough of a text to see its script. */
const SAMPLE_CHARS = 3_000;
/** Letters of the script must be at least this share of all letters. */
const MIN_SHARE = 0.5;
const MIN_LETTERS = 20;

/** Scripts used by one major language (or one whose language we name by default), in test order. */
const SCRIPTS: readonly { language: string; pattern: RegExp }[] = [
  { language: "ja", pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { language: "ko", pattern: /\p{Script=Hangul}/gu },
  { language: "zh", pattern: /\p{Script=Han}/gu },
  { language: "ru", pattern: /\p{Script=Cyrillic}/gu },
  { language: "ar", pattern: /\p{Script=Arabic}/gu },
  { language: "el", pattern: /\p{Script=Greek}/gu },
  { language: "he", pattern: /\p{Script=Hebrew}/gu },
  { language: "th", pattern: /\p{Script=Thai}/gu },
  { language: "hi", pattern: /\p{Script=Devanagari}/gu },
  { language: "ka", pattern: /\p{Script=Georgian}/gu },
  { language: "hy", pattern: /\p{Script=Armenian}/gu },
];

/** Letters that only some languages of a shared script use. */
const UKRAINIAN = /[іїєґ]/iu;
/** Persian letters and the Persian forms of kaf and yeh (U+06A9, U+06CC); Urdu's retroflex letters and bari ye. */
const PERSIAN = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/u;
const URDU = /[\u0679\u0688\u0691\u06D2]/u;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The ISO 639-1 code that the text's non-Latin script points to ("ja" for kana, "ko" for Hangul, "ru" for
 * Cyrillic…), or null for Latin-script text and text too short or too mixed to say.
 */
export function scriptLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = count(sample, /\p{L}/gu);
  if (letters < MIN_LETTERS) return null;
  // Japanese mixes kana with Han characters: any real share of kana makes it Japanese, not Chinese.
  const kana = count(sample, SCRIPTS[0]!.pattern);
  const han = count(sample, /\p{Script=Han}/gu);
  if (kana >= letters * 0.1 && kana + han >= letters * MIN_SHARE) return "ja";
  for (const { language, pattern } of SCRIPTS.slice(1)) {
    if (count(sample, pattern) < letters * MIN_SHARE) continue;
    if (language === "ru" && UKRAINIAN.test(sample)) return "uk";
    if (language === "ar" && URDU.test(sample)) return "ur";
    if (language === "ar" && PERSIAN.test(sample)) return "fa";
    return language;
  }
  return null;
}
