import { writeFileSync } from "node:fs";
import { evaluateQuotesWithPredictions } from "./runner";
import { crossValidate } from "./folds";
import { loadQuoteSet } from "./sets";
import type { QuoteMetrics } from "./evaluate";
import { parseCommandLine } from "../../command-line";

/*
 * npm run eval:quotes -- --data DIR [--out FILE] [--folds K]
 * DIR holds text/ and attributions/ as in PolNeAR (or quotes-german, gold from ../quote-types.tsv). Prints the
 * direct-quotation metric of ../shared/data/quotes-polnear/README.md; with --folds K also the K-fold
 * cross-validated figure (what is fitted, fitted on K−1 article groups, scored on the held-out one) as `cv`.
 * The last line is one JSON object.
 */
const USAGE = "usage: npm run eval:quotes -- --data DIR [--out FILE] [--folds K (2 or more)]";
const { values } = parseCommandLine(USAGE, {
  options: { data: { type: "string" }, out: { type: "string" }, folds: { type: "string" } },
});
const folds = values.folds === undefined ? null : Number(values.folds);
if (!values.data || (folds !== null && (!Number.isInteger(folds) || folds < 2))) {
  console.error(USAGE);
  process.exit(2);
}
const { metrics, predictions } = await evaluateQuotesWithPredictions(values.data);
if (values.out) writeFileSync(values.out, JSON.stringify(predictions, null, 1));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const figures = (m: QuoteMetrics) => ({
  quoteF1: round(m.quoteF1),
  quotePrecision: round(m.quotePrecision),
  quoteRecall: round(m.quoteRecall),
  speakerAccuracy: round(m.speakerAccuracy),
  endToEndF1: round(m.endToEndF1),
});
console.error(
  `${Object.keys(predictions).length} articles, ${metrics.matched} of ${metrics.gold} gold quotes matched`,
);
const cv = folds === null ? null : crossValidate(await loadQuoteSet(values.data), folds);
if (cv) console.error(`${folds}-fold cross-validated: ${JSON.stringify(figures(cv))}`);
console.log(
  JSON.stringify({
    ...figures(metrics),
    gold: metrics.gold,
    predicted: metrics.predicted,
    ...(cv ? { folds, cv: figures(cv) } : {}),
  }),
);
