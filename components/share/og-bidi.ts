/*
 * Right-to-left text for the link-preview renderer (next/og's Satori), which has no bidirectional algorithm: it
 * lays every word out left to right. Empirically (look at the e2e previews), it draws an Arabic word's letters in
 * the right order and joined, but a Hebrew word's letters in logical order, that is mirrored. So a right-to-left
 * block is laid out as words from the right (flex row-reverse), Hebrew words are reversed letter by letter (digit
 * and Latin runs inside them kept as they are, brackets mirrored), and runs of left-to-right words inside a
 * right-to-left block stay together in their own order. Pure functions, tested in og-bidi.test.ts.
 */

const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;
/** Direction marks, embeddings and isolates: they steer a browser's layout but have no glyph in the card's fonts. */
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;
const MIRROR: Record<string, string> = {
  "(": ")",
  ")": "(",
  "[": "]",
  "]": "[",
  "{": "}",
  "}": "{",
  "<": ">",
  ">": "<",
  "«": "»",
  "»": "«",
};

/** The text without direction control characters. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** Whether a block reads right to left: its first letter with a direction is Hebrew or Arabic. */
export function isRtl(text: string): boolean {
  for (const char of text) {
    if (RTL.test(char)) return true;
    if (LTR.test(char)) return false;
  }
  return false;
}

/** One word as the renderer must be given it to show it right (see the file comment). */
export function visualWord(word: string): string {
  const clean = stripBidiControls(word);
  if (!HEBREW.test(clean) || ARABIC.test(clean)) return clean;
  // Runs of digits and Latin letters keep their order; everything else is reversed and brackets mirrored.
  const runs =
    clean.match(/[0-9A-Za-z\u00C0-\u024F](?:[0-9A-Za-z\u00C0-\u024F.,:%/-]*[0-9A-Za-z\u00C0-\u024F])?|./gu) ??
    [];
  return runs
    .reverse()
    .map((run) => ([...run].length > 1 || /[0-9A-Za-z]/.test(run) ? run : (MIRROR[run] ?? run)))
    .join("");
}

export interface VisualUnit<T> {
  /** The unit's text, ready for the renderer. */
  text: string;
  data: T;
}

/**
 * Words with their data (a diff mark, say) as units in the order to lay out: for a right-to-left block, from the
 * right, with consecutive left-to-right words (and the same data) kept together as one unit in reading order.
 */
export function visualUnits<T>(words: readonly { text: string; data: T }[], rtl: boolean): VisualUnit<T>[] {
  const cleaned = words
    .map((w) => ({ text: stripBidiControls(w.text), data: w.data }))
    .filter((w) => w.text.trim() !== "");
  if (!rtl) return cleaned.map((w) => ({ text: visualWord(w.text), data: w.data }));
  const units: VisualUnit<T>[] = [];
  for (const word of cleaned) {
    const previous = units[units.length - 1];
    const ltr = !RTL.test(word.text) && LTR.test(word.text);
    if (
      ltr &&
      previous &&
      previous.data === word.data &&
      !RTL.test(previous.text) &&
      LTR.test(previous.text)
    ) {
      previous.text = `${previous.text} ${word.text}`;
      continue;
    }
    units.push({ text: visualWord(word.text), data: word.data });
  }
  return units;
}

/** A one-line label (an outlet name, a speaker) as one string in display order. */
export function visualLine(text: string): string {
  const words = text.split(/\s+/).map((w) => ({ text: w, data: null }));
  const rtl = isRtl(text);
  const units = visualUnits(words, rtl).map((u) => u.text);
  return (rtl ? units.reverse() : units).join(" ");
}
