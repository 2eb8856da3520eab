/** Quotation parsing under fuzzing: the property `npm test` (quotes.fuzz.test.ts) and `npm run fuzz` check. */
import fc from "fast-check";
import { allowAppError, bodyArbitrary, bounded, MAX_CASE_MS } from "../testing/fuzz";
import { findQuotations } from "./index";

function checkQuotations(body: string, maxCaseMs: number): void {
  const quotes = bounded("quotation parsing", maxCaseMs, () => allowAppError(() => findQuotations(body)));
  for (const quote of quotes ?? []) {
    if (!(0 <= quote.start && quote.start <= quote.end && quote.end <= body.length))
      throw new Error(`quote offsets ${quote.start}-${quote.end} outside a body of ${body.length}`);
    if (body.slice(quote.start, quote.end) !== quote.text)
      throw new Error(`quote text ${JSON.stringify(quote.text)} is not the body at its offsets`);
    if ((quote.speakerStart === null) !== (quote.speakerEnd === null))
      throw new Error("speaker span has only one end");
    if (quote.speakerStart !== null && quote.speakerEnd !== null) {
      if (!(
        0 <= quote.speakerStart &&
        quote.speakerStart < quote.speakerEnd &&
        quote.speakerEnd <= body.length
      ))
        throw new Error(`speaker span ${quote.speakerStart}-${quote.speakerEnd} outside the body`);
    }
  }
}

export const quotationsProperty = fc.property(bodyArbitrary, (body) =>
  checkQuotations(body, MAX_CASE_MS.quotations),
);
