import fc from "fast-check";
import { alignmentProperty, diffProperty } from "@/lib/compare/compare.fuzz";
import { extractionProperty } from "@/lib/extract/extract.fuzz";
import { urlsProperty } from "@/lib/ingest/urls.fuzz";
import { quotationsProperty } from "@/lib/quotes/quotes.fuzz";
import { parseCommandLine } from "../command-line";

/*
 * npm run fuzz -- [--runs N] [--seed S] [--only name,name]
 * Runs the property tests beside each stage (lib/<stage>/*.fuzz.ts: extraction, quotations, alignment, diff, urls) with N
 * cases each (default 10,000). Progress goes to stderr; the last line is one JSON object:
 * { runs, seed, properties: { <name>: { runs, failed, ms, counterexample?, error? } }, failures }.
 * Exit code 1 when a property failed: its counterexample is shrunk and printed, replay it with --seed.
 */
const USAGE =
  "usage: npm run fuzz -- [--runs N] [--seed S] [--only extraction,quotations,alignment,diff,urls]";
const { values } = parseCommandLine(USAGE, {
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string", default: "42" },
    only: { type: "string" },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}
const FUZZ_PROPERTIES = {
  extraction: extractionProperty,
  quotations: quotationsProperty,
  alignment: alignmentProperty,
  diff: diffProperty,
  urls: urlsProperty,
};
type FuzzPropertyName = keyof typeof FUZZ_PROPERTIES;
const names = (values.only ? values.only.split(",") : Object.keys(FUZZ_PROPERTIES)) as FuzzPropertyName[];
const unknown = names.filter((name) => !(name in FUZZ_PROPERTIES));
if (unknown.length > 0) {
  console.error(`unknown property: ${unknown.join(", ")}; known: ${Object.keys(FUZZ_PROPERTIES).join(", ")}`);
  process.exit(2);
}

interface PropertySummary {
  runs: number;
  failed: boolean;
  ms: number;
  counterexample?: string;
  error?: string;
}

const summary: Record<string, PropertySummary> = {};
for (const name of names) {
  const started = performance.now();
  // Each property is checked in its own widened type: the record holds properties of different inputs.
  const property = FUZZ_PROPERTIES[name] as fc.IProperty<[unknown]>;
  const result = fc.check(property, { numRuns: runs, seed });
  const ms = Math.round(performance.now() - started);
  const entry: PropertySummary = { runs: result.numRuns, failed: result.failed, ms };
  if (result.failed) {
    entry.counterexample = JSON.stringify(result.counterexample).slice(0, 2_000);
    entry.error = String(result.errorInstance).split("\n")[0]?.slice(0, 500);
  }
  summary[name] = entry;
  console.error(`${name}: ${result.failed ? "FAILED" : "ok"} after ${result.numRuns} cases in ${ms} ms`);
  if (result.failed) console.error(`  ${entry.error}\n  counterexample: ${entry.counterexample}`);
}
const failures = Object.values(summary).filter((entry) => entry.failed).length;
console.log(JSON.stringify({ runs, seed, properties: summary, failures }));
process.exitCode = failures > 0 ? 1 : 0;
