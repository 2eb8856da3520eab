import { deu, eng, fra, ita, nld, por, spa } from "stopword";
import { detectLanguage } from "../../text";
import type { CharRange } from "../types";

/** A paragraph shorter than this takes the document's language: too little text for any verdict. */
const MIN_PARAGRAPH_CHARS = 40;
/** Below this length a paragraph overrules the document's language only on a clear lead. */
const SHORT_PARAGRAPH_CHARS = 160;
const SHORT_PARAGRAPH_MAX_RUNNER_UP = 0.85;
/** Characters of a paragraph read to tell its language. */
const PARAGRAPH_SAMPLE_CHARS = 320;
/** Paragraphs of one body that language detection reads, at most: the rest take the document's language. */
const MAX_PARAGRAPH_DETECTIONS = 64;
/** Share of a paragraph's words that must be function words of the document's language for it to be taken as such. */
const MIN_FUNCTION_WORD_SHARE = 0.2;
const QUOTE_MARK = /["“”„«»‚‘’‹›]|^[—–―]/u;

/** Function words (the stopword package's lists) of the languages a paragraph is most often told apart from. */
const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({ en: eng, de: deu, fr: fra, es: spa, it: ita, pt: por, nl: nld }).map(([code, list]) => [
    code,
    new Set(list),
  ]),
);

/**
 * Whether a paragraph is plainly in the document's language: a fair share of its words are that language's
 * function words, more than of any other listed language. Cheap, so language detection proper (franc) only reads
 * the paragraphs that might be in another language.
 */
function plainlyIn(text: string, language: string): boolean {
  const own = FUNCTION_WORDS.get(language);
  if (!own) return false;
  const words =
    text
      .slice(0, PARAGRAPH_SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const share = (set: ReadonlySet<string>) => words.filter((w) => set.has(w)).length / words.length;
  const ownShare = share(own);
  if (ownShare < MIN_FUNCTION_WORD_SHARE) return false;
  for (const [code, set] of FUNCTION_WORDS) if (code !== language && share(set) >= ownShare) return false;
  return true;
}

/**
 * The language of each paragraph (ISO 639-1, or null when unknown), for the quotation reader to pick its rules
 * by. The document's language (given, or detected) stands for short paragraphs, for paragraphs with no quotation
 * mark (nothing is read there) and for those plainly in it; another quoting paragraph (a German interview in an
 * English article) gets its own.
 */
export function paragraphLanguages(
  body: string,
  paragraphs: readonly CharRange[],
  documentLanguage: string | null = detectLanguage(body),
): (string | null)[] {
  let detections = 0;
  return paragraphs.map((p) => {
    const text = body.slice(p.start, p.end);
    if (text.length < MIN_PARAGRAPH_CHARS || !QUOTE_MARK.test(text)) return documentLanguage;
    if (documentLanguage && plainlyIn(text, documentLanguage)) return documentLanguage;
    if (detections >= MAX_PARAGRAPH_DETECTIONS) return documentLanguage;
    detections += 1;
    const maxRunnerUp = text.length < SHORT_PARAGRAPH_CHARS ? SHORT_PARAGRAPH_MAX_RUNNER_UP : undefined;
    return detectLanguage(text, { maxChars: PARAGRAPH_SAMPLE_CHARS, maxRunnerUp }) ?? documentLanguage;
  });
}
