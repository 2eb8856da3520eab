const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Control characters that are not whitespace (NUL, escape, DEL…): never text, and Postgres refuses NUL. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const HORIZONTAL_SPACE = /[^\S\n]+/g;

/**
 * Canonical form for stored bodies: NFC, Unix newlines, no control, zero-width or soft-hyphen characters, single
 * spaces inside a line, paragraphs separated by exactly one blank line. Offsets into stored text refer to this form.
 */
export function normalizeText(input: string): string {
  const lines = input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(CONTROL, "")
    .replace(HORIZONTAL_SPACE, " ")
    .split("\n")
    .map((line) => line.trim());
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === "") {
      if (current.length > 0) paragraphs.push(current.join(" "));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current.join(" "));
  return paragraphs.join("\n\n");
}

/**
 * Like normalizeText, but every non-empty line is its own paragraph: for plain text where one newline ends a
 * paragraph (copied web text usually looks like this).
 */
export function normalizeLinesAsParagraphs(input: string): string {
  return normalizeText(input.replace(/\r\n?/g, "\n").replace(/\n/g, "\n\n"));
}

/** Lower-case, straight quotes, no accents: a key for comparing words, never for display. */
export function foldForComparison(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .toLowerCase();
}
