import type { LanguageRules } from "./types";
import { GERMAN } from "./de";
import { FRENCH } from "./fr";
import { SPANISH } from "./es";
import { ITALIAN } from "./it";
import { PORTUGUESE } from "./pt";

/** The languages besides English whose quotations are read, by ISO 639-1 code. */
export const LANGUAGE_RULES: ReadonlyMap<string, LanguageRules> = new Map(
  [GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE].map((rules) => [rules.code, rules]),
);

export { languageAttributions, readQuotes, type ReadQuote } from "./attribute";
export { paragraphLanguages } from "./paragraph-languages";
export type { LanguageRules } from "./types";
export { spanModel, parseSpanModel, type SpanModel } from "./span-model";
