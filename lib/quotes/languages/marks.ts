import type { CharRange } from "../types";
import type { LanguageRules } from "./types";

/** A quoted stretch of one paragraph, as a language's marks delimit it. */
export interface LocalQuote {
  /** Index of the opening mark (the dash of a dialogue line). */
  open: number;
  /** Index just past the closing mark, or where the quoted words end when nothing closes them. */
  close: number;
  /** The words between the marks, trimmed. */
  inner: CharRange;
  kind: "double" | "single" | "dash";
  /** No closing mark before the paragraph's end. */
  unclosed: boolean;
  paragraph: CharRange;
}

const SINGLE_OPENERS = new Set(["‚", "‹", "›", "‘"]);
const MAX_NESTING = 4;
const DASHES = /^[—–―]\s?(?=[\p{L}¿¡"«“])/u;
// `—No lo sé —dijo el ministro—.`: the narrator's insert starts at a spaced dash before a lower-case word.
const NARRATOR_INSERT = /\s[—–―]\s?(?=\p{Ll})|,\s[—–―]\s?(?=\p{Ll})/u;

function trimmed(text: string, start: number, end: number, offset: number): CharRange {
  let s = start;
  let e = end;
  while (s < e && /[\s\u00a0\u202f]/.test(text[s] ?? "")) s += 1;
  while (e > s && /[\s\u00a0\u202f]/.test(text[e - 1] ?? "")) e -= 1;
  return { start: offset + s, end: offset + e };
}

/** A straight double mark opens after a space or bracket and before a word; otherwise it closes. */
function straightOpens(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s(\[—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
}

function dialogueLine(text: string, paragraph: CharRange): LocalQuote | null {
  const dash = DASHES.exec(text);
  if (!dash) return null;
  const insert = NARRATOR_INSERT.exec(text.slice(dash[0].length));
  const end = insert ? dash[0].length + insert.index : text.length;
  const inner = trimmed(text, dash[0].length, end, paragraph.start);
  if (inner.end - inner.start < 2) return null;
  return {
    open: paragraph.start,
    close: inner.end,
    inner,
    kind: "dash",
    unclosed: insert === null,
    paragraph,
  };
}

/**
 * The outermost quoted stretches of one paragraph, marks paired as the language pairs them: an opening glyph
 * waits for one of its own closing glyphs (German „ for “, French « for »), a quote inside a quote is skipped
 * over, and a quote left open at the paragraph's end runs to it (continued in the next paragraph).
 */
export function localQuotes(body: string, paragraph: CharRange, rules: LanguageRules): LocalQuote[] {
  const text = body.slice(paragraph.start, paragraph.end);
  const found: LocalQuote[] = [];
  if (rules.dialogueDash) {
    const line = dialogueLine(text, paragraph);
    if (line) return [line];
  }
  const stack: { at: number; closers: string; single: boolean }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? "";
    const top = stack[stack.length - 1];
    if (top && top.closers.includes(ch) && !(ch === '"' && top.closers !== '"' && straightOpens(text, i))) {
      stack.pop();
      if (stack.length === 0) {
        const inner = trimmed(text, top.at + 1, i, paragraph.start);
        if (inner.end > inner.start) {
          found.push({
            open: paragraph.start + top.at,
            close: paragraph.start + i + 1,
            inner,
            kind: top.single ? "single" : "double",
            unclosed: false,
            paragraph,
          });
        }
      }
      continue;
    }
    const pair = rules.pairs.find(([opener]) => opener === ch);
    if (!pair || stack.length >= MAX_NESTING) continue;
    if (ch === '"' && !straightOpens(text, i)) continue;
    // A single mark opens only at a word's start: elsewhere it is an apostrophe.
    if (SINGLE_OPENERS.has(ch) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) continue;
    stack.push({ at: i, closers: pair[1], single: SINGLE_OPENERS.has(ch) });
  }
  const outer = stack[0];
  if (outer && !outer.single) {
    const inner = trimmed(text, outer.at + 1, text.length, paragraph.start);
    if (inner.end - inner.start > 1) {
      found.push({
        open: paragraph.start + outer.at,
        close: paragraph.end,
        inner,
        kind: "double",
        unclosed: true,
        paragraph,
      });
    }
  }
  return found;
}
