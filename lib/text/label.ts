/**
 * C0 and C1 control characters (NUL, escape, DEL…), the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which can make a name display as other text ("Trojan Source"), and
 * zero-width characters. Line breaks and tabs are whitespace and are collapsed instead.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g;

/**
 * A one-line label as stored and shown (a headline, an outlet's name, a byline, a person's name): NFC, without
 * control, bidi-override and zero-width characters, whitespace collapsed to single spaces, trimmed.
 */
export function cleanLabel(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
