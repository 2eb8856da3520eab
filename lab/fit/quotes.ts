import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { loadQuoteSet } from "../eval/quotes/sets";
import { fitOn, trainingData } from "../eval/quotes/folds";
import { SPAN_MODEL_FILE } from "@/lib/quotes/languages/span-model";
import { parseCommandLine } from "../command-line";

/*
 * npm run fit:quotes -- --data DIR [--out FILE]
 * Fits the quotation span model (lib/quotes/languages) on a training split (quotes-german/train) and writes its
 * weights as JSON (default: the committed model file). Same data, same weights.
 */
const USAGE = "usage: npm run fit:quotes -- --data DIR [--out FILE]";
const { values } = parseCommandLine(USAGE, {
  options: { data: { type: "string" }, out: { type: "string" } },
});
if (!values.data) {
  console.error(USAGE);
  process.exit(2);
}
const documents = await loadQuoteSet(values.data);
const { samples, goldCount } = trainingData(documents);
const model = fitOn(documents);
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const out = {
  note: `Fitted by npm run fit:quotes on ${values.data.replace(/^.*?(quotes-[^/]+\/[^/]+)\/?$/, "$1")}: ${samples.length} quotes, ${goldCount} gold.`,
  features: model.features,
  weights: model.weights.map(round),
  threshold: round(model.threshold),
};
// Formatted as the repository's Prettier check wants it, so a refit commits cleanly.
const file = values.out ?? SPAN_MODEL_FILE;
writeFileSync(file, await format(JSON.stringify(out), { ...(await resolveConfig(file)), parser: "json" }));
console.error(model.features.map((f, i) => `${f} ${out.weights[i]}`).join("\n"));
console.log(
  JSON.stringify({
    samples: samples.length,
    matched: samples.filter((s) => s.match === 1).length,
    speakerRight: samples.filter((s) => s.y === 1).length,
    goldCount,
    threshold: out.threshold,
  }),
);
