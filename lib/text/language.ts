import { francAll } from "franc-min";
import { iso6393To1 } from "iso-639-3/iso6393-to-1.js";
import { scriptLanguage } from "./script-language";
import { words } from "./spans";

/** Characters of a text franc reads: enough for a clear verdict on prose, and its cost stays flat. */
const DEFAULT_SAMPLE_CHARS = 1_000;
const MIN_WORDS = 8;
/** Below this many characters trigram profiles guess wildly (a short English sentence reads as Dutch): no verdict. */
const MIN_CHARS = 80;
/** The runner-up's score (the best scores 1) must stay below this by default, or the text is too close to call. */
const MAX_RUNNER_UP = 0.97;
/** A sample shorter than SHORT_SAMPLE_CHARS needs a clearer lead: a sentence or two fools trigram profiles. */
const SHORT_SAMPLE_CHARS = 200;
const SHORT_MAX_RUNNER_UP = 0.9;

/**
 * A best guess at the language of a text (ISO 639-1), or null when it is too short or unclear. A non-Latin
 * script names its language outright (kana → ja, Hangul → ko, Cyrillic → ru or uk…); other text goes to franc
 * (franc-min: trigram profiles of the 82 most spoken languages), which must lead clearly before we name it.
 */
export function detectLanguage(text: string, options: DetectOptions = {}): string | null {
  return scriptLanguage(text) ?? detectLatinLanguage(text, options);
}

interface DetectOptions {
  maxChars?: number;
  maxRunnerUp?: number;
}

/** detectLanguage of a text whose script names no language (scriptLanguage gave null): franc's verdict. */
export function detectLatinLanguage(text: string, options: DetectOptions = {}): string | null {
  const sample = text.slice(0, options.maxChars ?? DEFAULT_SAMPLE_CHARS);
  if (sample.length < MIN_CHARS || words(sample).length < MIN_WORDS) return null;
  const [best, second] = francAll(sample, { minLength: 20 });
  if (!best || best[0] === "und") return null;
  const maxRunnerUp =
    options.maxRunnerUp ?? (sample.length < SHORT_SAMPLE_CHARS ? SHORT_MAX_RUNNER_UP : MAX_RUNNER_UP);
  if (second && second[1] >= maxRunnerUp) return null;
  return iso6393To1[best[0]] ?? null;
}
