/**
 * Shared pieces of the property-based checks (fast-check) of the pure stages that take untrusted input. Each
 * stage's properties sit beside it (`lib/<stage>/*.fuzz.ts`); they run with a few hundred cases in `npm test`
 * (the *.fuzz.test.ts files) and at scale in `npm run fuzz` (lab/fuzz/main.ts).
 */
import fc from "fast-check";
import { AppError } from "../errors";
import { normalizeText } from "../text";

/** Any failure other than an AppError is a crash. */
export function allowAppError<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** Fails a case that takes longer than `maxMs`: the stages promise explicit work bounds. */
export function bounded<T>(what: string, maxMs: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  if (elapsed > maxMs) throw new Error(`${what} took ${Math.round(elapsed)} ms (bound ${maxMs} ms)`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Text pieces: a news-like vocabulary, quote marks of several conventions, and arbitrary Unicode.

const WORDS = [
  "the",
  "minister",
  "said",
  "told",
  "reporters",
  "on",
  "Tuesday",
  "government",
  "would",
  "not",
  "accept",
  "Vladimir",
  "Putin",
  "Ursula",
  "von",
  "der",
  "Leyen",
  "he",
  "she",
  "they",
  "according",
  "to",
  "added",
  "troops",
  "border",
  "talks",
  "in",
  "Geneva",
  "were",
  "a",
  "victory",
  "for",
  "peace",
  "statement",
  "police",
  "Mr.",
  "Dr.",
  "U.S.",
  "3.5%",
  "1,200",
  "Café",
  "Zürich",
  "Москва",
  "東京",
  "😀",
  "don't",
  "it's",
  "—",
  "-",
];
const QUOTE_MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "「", "」"];
const PUNCTUATION = [".", ",", ":", ";", "!", "?", "…", " (", ") "];

export const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }) },
);
const token = fc.oneof(
  { weight: 10, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom("\n", "\n\n", "\t", "\u200b", "\u00ad", "\r\n") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
);
export const sentence = fc
  .array(token, { minLength: 1, maxLength: 25 })
  .map((tokens) => tokens.join(" ").replace(/ ([.,:;!?])/g, "$1"));
/** Prose with quotations in it: sentences, some of them a quotation with a speaker and a cue verb. */
const quotedSentence = fc
  .tuple(
    fc.constantFrom(...QUOTE_MARKS),
    sentence,
    fc.constantFrom(...QUOTE_MARKS),
    fc.constantFrom("said", "told reporters", "added", "according to", "warned"),
    fc.constantFrom("Putin", "Vladimir Putin", "he", "she", "the minister", "Ursula von der Leyen"),
    fc.boolean(),
  )
  .map(([open, said, close, cue, speaker, speakerFirst]) =>
    speakerFirst ? `${speaker} ${cue}: ${open}${said}${close}` : `${open}${said},${close} ${speaker} ${cue}.`,
  );
export const proseArbitrary = fc
  .array(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 1, arbitrary: quotedSentence }), {
    maxLength: 20,
  })
  .map((parts) => parts.join(" "));

/** A normalised body, as stored: what quotation parsing and alignment receive. */
export const bodyArbitrary = proseArbitrary.map((text) => normalizeText(text));

/** Per-case time bounds: far above a normal case, low enough that a pathological input is caught. */
export const MAX_CASE_MS = { extraction: 5_000, quotations: 2_000, alignment: 2_000, diff: 2_000 } as const;

/**
 * Runs one property with the modest case count of `npm test` (`npm run fuzz` runs it at scale). A fixed seed
 * keeps the test deterministic; FUZZ_SEED replays another.
 */
export function assertFuzzProperty<T>(property: fc.IProperty<T>, numRuns = 300): void {
  fc.assert(property, { numRuns, seed: Number(process.env.FUZZ_SEED ?? 7) });
}
