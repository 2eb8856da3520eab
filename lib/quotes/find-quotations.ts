import { AppError } from "../errors";
import { isVerblessCue, type Attribution } from "./attributions";
import { findAttributionsInAnyLanguage } from "./multilingual";
import type { FindQuotationsOptions, Quotation } from "./types";
import { isQuotedTitle } from "./quoted-titles";

const DEFAULT_MAX_QUOTATIONS = 500;
const DEFAULT_MAX_INPUT_CHARS = 2_000_000;

/**
 * The words between the marks, less a trailing comma: in `"…," he said` the comma punctuates the writer's
 * sentence, and dropping it lets two outlets' versions of the same words line up.
 */
function quotedWords(body: string, start: number, end: number): { start: number; end: number } {
  let e = end;
  while (e > start + 1 && /[\s,]/.test(body[e - 1] ?? "")) e -= 1;
  return { start, end: e };
}

function quotationsOf(body: string, attribution: Attribution): Quotation[] {
  return attribution.parts.map(({ span, kind, uncued }) => {
    const { start, end } = quotedWords(body, span.inner.start, span.inner.end);
    const mention = attribution.speaker?.mention ?? null;
    const evidence = attribution.speaker?.evidence ?? null;
    return {
      text: body.slice(start, end),
      start,
      end,
      speaker: attribution.speaker?.speaker ?? null,
      speakerStart: mention ? mention.start : null,
      speakerEnd: mention ? mention.end : null,
      role: attribution.speaker?.role ?? null,
      nameStart: evidence ? evidence.start : null,
      nameEnd: evidence ? evidence.end : null,
      cue: attribution.cue && !uncued && !isVerblessCue(attribution.cue) ? attribution.cue.text : null,
      kind,
    };
  });
}

/**
 * Direct quotations of a normalised body (paragraphs separated by blank lines), with speakers, by position: in
 * English, German, French, Spanish, Italian or Portuguese, told paragraph by paragraph; none in other languages.
 */
export function findQuotations(body: string, options: FindQuotationsOptions = {}): Quotation[] {
  const maxQuotations = options.maxQuotations ?? DEFAULT_MAX_QUOTATIONS;
  const maxInputChars = options.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS;
  if (body.length > maxInputChars) {
    throw new AppError(
      "TOO_LARGE",
      `Text of ${body.length} characters is over the ${maxInputChars} the quote finder reads.`,
    );
  }
  if (!Number.isInteger(maxQuotations) || maxQuotations < 0) {
    throw new AppError("INVALID_INPUT", "maxQuotations must be a whole number of at least 0.");
  }
  const quotations = findAttributionsInAnyLanguage(body, {
    limits: options.limits,
    language: options.language,
  })
    .flatMap((a) => quotationsOf(body, a))
    .filter((q) => !isQuotedTitle(body, q))
    .sort((a, b) => a.start - b.start);
  return quotations.slice(0, maxQuotations);
}
