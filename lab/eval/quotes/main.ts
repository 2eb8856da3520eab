import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluateQuotesWithPredictions } from "./runner";

/*
 * npm run eval:quotes -- --data DIR [--out FILE]
 * DIR holds text/ and attributions/ as in PolNeAR. Prints the direct-quotation metric of
 * ../shared/data/quotes-polnear/README.md; the last line is one JSON object.
 */
const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
if (!values.data) {
  console.error("usage: npm run eval:quotes -- --data DIR [--out FILE]");
  process.exit(2);
}
const { metrics, predictions } = await evaluateQuotesWithPredictions(values.data);
if (values.out) writeFileSync(values.out, JSON.stringify(predictions, null, 1));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
console.error(
  `${Object.keys(predictions).length} articles, ${metrics.matched} of ${metrics.gold} gold quotes matched`,
);
console.log(
  JSON.stringify({
    quoteF1: round(metrics.quoteF1),
    quotePrecision: round(metrics.quotePrecision),
    quoteRecall: round(metrics.quoteRecall),
    speakerAccuracy: round(metrics.speakerAccuracy),
    endToEndF1: round(metrics.endToEndF1),
    gold: metrics.gold,
    predicted: metrics.predicted,
  }),
);
