import { findAttributions, type Attribution } from "./attributions";
import {
  LANGUAGE_RULES,
  languageAttributions,
  paragraphLanguages,
  readQuotes,
  type ReadQuote,
} from "./languages";
import type { SpanModel } from "./languages/span-model";
import type { UncuedModel } from "./uncued-model";
import type { AttributionLimits } from "./limits";
import { paragraphRanges } from "./marks/marks";
import type { CharRange } from "./types";

/** What to read a body with: the English limits, and the span model for the other languages. */
export interface MultilingualOptions {
  limits?: Partial<AttributionLimits>;
  /** The body's language when already known (ISO 639-1); detected otherwise. */
  language?: string | null;
  model?: SpanModel;
  /** The English reader's acceptance model for uncued quotes (the committed one by default). */
  uncuedModel?: UncuedModel;
}

/** The body with every paragraph outside `keep` blanked to spaces: offsets stay, those paragraphs read as empty. */
function onlyParagraphs(body: string, paragraphs: readonly CharRange[], keep: readonly boolean[]): string {
  let out = "";
  let at = 0;
  paragraphs.forEach((p, i) => {
    if (keep[i]) return;
    out += body.slice(at, p.start) + " ".repeat(p.end - p.start);
    at = p.end;
  });
  return out + body.slice(at);
}

/**
 * Quotations in any language the rules cover, paragraph by paragraph: English (and text too short to tell) by
 * the English reader, German, French, Spanish, Italian and Portuguese by their own rules (./languages), and
 * nothing in any other language: no quotations rather than wrong ones.
 */
export function findAttributionsInAnyLanguage(
  body: string,
  options: MultilingualOptions = {},
): Attribution[] {
  const paragraphs = paragraphRanges(body);
  const languages =
    options.language === undefined
      ? paragraphLanguages(body, paragraphs)
      : paragraphLanguages(body, paragraphs, options.language);
  const english = languages.map((l) => l === null || l === "en");
  const found: Attribution[] = [];
  if (english.some(Boolean)) {
    const text = english.every(Boolean) ? body : onlyParagraphs(body, paragraphs, english);
    found.push(...findAttributions(text, options.limits, options.uncuedModel));
  }
  for (const [code, rules] of LANGUAGE_RULES) {
    const mine = paragraphs.filter((_, i) => languages[i] === code);
    if (mine.length > 0) found.push(...languageAttributions(body, mine, rules, options.model));
  }
  return found.sort((a, b) => a.content.start - b.content.start);
}

/**
 * Every quote the rules of another language than English read in a body, accepted or not, with its features: what
 * the span model is fitted on. `foreign` says whether any paragraph is in such a language.
 */
export function readForeignQuotes(body: string): { foreign: boolean; read: ReadQuote[] } {
  const paragraphs = paragraphRanges(body);
  const languages = paragraphLanguages(body, paragraphs);
  const read: ReadQuote[] = [];
  let foreign = false;
  for (const [code, rules] of LANGUAGE_RULES) {
    const mine = paragraphs.filter((_, i) => languages[i] === code);
    if (mine.length === 0) continue;
    foreign = true;
    read.push(...readQuotes(body, mine, rules));
  }
  return { foreign, read };
}
