import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { parseCommandLine } from "../command-line";
import { loadQuoteSet } from "../eval/quotes/sets";
import { assignFolds } from "../eval/folds";
import { UNCUED_MODEL_FILE, uncuedProbability } from "@/lib/quotes/uncued-model";
import { fitUncuedModel, uncuedData, UNCUED_L2, type UncuedData } from "./uncued-quotes-fit";

/*
 * npm run fit:uncued-quotes -- --data DIR [--out FILE] [--folds K] [--l2 X]
 * Fits the acceptance model of English uncued quotations (lib/quotes/uncued.ts: a double-quoted stretch no cue
 * claims, taken as its sentence subject's words or not) on a training split (PolNeAR train) and writes it as JSON
 * (default: the committed model file). With --folds K, first prints for each L2 penalty the K-fold cross-validated
 * count of stretches taken, matched and right (articles grouped as eval:quotes groups them). Same data, same model.
 */
const USAGE = "usage: npm run fit:uncued-quotes -- --data DIR [--out FILE] [--folds K] [--l2 X]";
const { values } = parseCommandLine(USAGE, {
  options: {
    data: { type: "string" },
    out: { type: "string" },
    folds: { type: "string" },
    l2: { type: "string" },
  },
});
if (!values.data) {
  console.error(USAGE);
  process.exit(2);
}
const documents = await loadQuoteSet(values.data);
const l2 = values.l2 === undefined ? UNCUED_L2 : Number(values.l2);
if (values.folds !== undefined) {
  const k = Number(values.folds);
  const folds = assignFolds(documents, k);
  const perFold = Array.from({ length: k }, (_, f) => ({
    fit: uncuedData(documents.filter((_, i) => folds[i] !== f)),
    held: uncuedData(documents.filter((_, i) => folds[i] === f)),
  }));
  for (const penalty of [0.1, 1, 10, 100]) {
    const sum = { taken: 0, matched: 0, right: 0 };
    for (const { fit, held } of perFold) {
      const model = fitUncuedModel(fit, penalty);
      for (const s of held.samples) {
        if (uncuedProbability(model, s.x) < model.threshold) continue;
        sum.taken += 1;
        sum.matched += s.match;
        sum.right += s.right;
      }
    }
    console.error(`l2 ${penalty}: ${JSON.stringify(sum)}`);
  }
}
const data: UncuedData = uncuedData(documents);
const model = fitUncuedModel(data, l2);
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const taken = data.samples.filter((s) => uncuedProbability(model, s.x) >= model.threshold);
const out = {
  note: `Fitted by npm run fit:uncued-quotes on ${values.data.replace(/^.*?(quotes-[^/]+\/[^/]+)\/?$/, "$1")}: ${data.samples.length} uncued stretches, ${data.samples.filter((s) => s.match === 1).length} on a gold quote; L2 ${l2}.`,
  features: model.features,
  bias: round(model.bias),
  weights: model.weights.map(round),
  threshold: round(model.threshold),
};
// Formatted as the repository's Prettier check wants it, so a refit commits cleanly.
const file = values.out ?? UNCUED_MODEL_FILE;
writeFileSync(file, await format(JSON.stringify(out), { ...(await resolveConfig(file)), parser: "json" }));
console.error(model.features.map((f, i) => `${f} ${out.weights[i]}`).join("\n"));
console.log(
  JSON.stringify({
    samples: data.samples.length,
    taken: taken.length,
    matched: taken.filter((s) => s.match === 1).length,
    right: taken.filter((s) => s.right === 1).length,
    threshold: out.threshold,
  }),
);
