import type { CharRange } from "./types";

// A word of a title: capitalised, a number, or one of the small words titles keep in lower case.
const TITLE_WORD =
  /^(?:[\p{Lu}\d][\p{L}\d’'.:&!?-]*|&|of|the|a|an|and|or|in|on|for|to|at|with|by|from|is|are|vs\.?)$/u;
const MAX_TITLE_WORDS = 6;
// What names a work before its title: `on CBS's “Face the Nation”`, `the movie “Strange World”`, `titled “…”`.
const TITLE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:on|in|of|at|from|to|for|with|told|tells|telling|the|called|titled|entitled|named|dubbed|movie|film|book|memoir|novel|show|program|programme|series|documentary|album|song|podcast|newsletter|column|episode|segment|broadcast)|\p{L}\s?['’]s?)\s*$/iu;
// A work's noun and a comma before its title: `in his 2007 book, “Promises to Keep”`.
const WORK_AND_COMMA_BEFORE =
  /(?:^|[^\p{L}])(?:movie|film|book|memoir|novel|show|program|programme|series|documentary|album|song|podcast|newsletter|column|episode|essay|play)\s*,\s*$/iu;
// What names a work after its title: `“Axios on HBO”`, `“Today” show`, `“Face the Nation” on CBS`.
const TITLE_AFTER =
  /^\s*(?:show|program|programme|series|podcast|documentary|movie|film|broadcast|interview|on\s+(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\s+News|Fox|NBC|CBS|ABC|CNN|MSNBC|HBO|PBS|NPR|Netflix)\b)/u;
const QUOTE_MARKS = /[\s"“”‘’']/;

function outerRange(body: string, quote: CharRange): CharRange {
  let start = quote.start;
  let end = quote.end;
  while (start > 0 && QUOTE_MARKS.test(body[start - 1] ?? "")) start -= 1;
  while (end < body.length && /[\s"“”‘’',.]/.test(body[end] ?? "")) end += 1;
  return { start, end };
}

/**
 * Whether a quoted stretch is the title of a programme, film or book, or a nickname, rather than words someone
 * said: `on CBS's “Face the Nation”`, `the Disney movie “Strange World”`, `“Axios on HBO”`, `Gov. C.L. “Butch”
 * Otter`. Title-case words only (at most six); a quote with a lower-case content word is speech.
 */
export function isQuotedTitle(body: string, quote: CharRange): boolean {
  const words = body
    .slice(quote.start, quote.end)
    .trim()
    .replace(/[,.!?]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (!words.every((w) => TITLE_WORD.test(w)) || !/^[\p{Lu}\d]/u.test(words[0] ?? "")) return false;
  const outer = outerRange(body, quote);
  const before = body.slice(Math.max(0, outer.start - 40), outer.start);
  const after = body.slice(outer.end, outer.end + 40);
  // A nickname between a name's parts: `C.L. “Butch” Otter`, `Dwayne “The Rock” Johnson`.
  if (
    /(?:\p{Lu}\p{Ll}+|(?:\p{Lu}\.)+)\s*$/u.test(before) &&
    /^\p{Lu}\p{Ll}/u.test(after) &&
    words.length <= 3
  )
    return true;
  return (
    TITLE_BEFORE.test(before) ||
    WORK_AND_COMMA_BEFORE.test(before) ||
    TITLE_AFTER.test(body.slice(quote.end, quote.end + 40).replace(/^[\s"”’',]+/, ""))
  );
}
