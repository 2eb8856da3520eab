import { basename } from "node:path";
import { bcubedOver } from "./bcubed";
import {
  describeSetting,
  leaveOneSetOut,
  scoreTable,
  streamedInParts,
  type ParameterName,
  type Setting,
} from "./across";
import { loadClusterSet } from "./load";
import { parseCommandLine } from "../../command-line";

/*
 * npm run eval:cluster-across -- FILE.jsonl[:PARTS] FILE.jsonl[:PARTS] … [--grid full|none] [--try "name=value,…;…"]
 * How well clustering's tuning carries from some corpora to another (issue 16): each set is streamed in PARTS
 * groups of whole topics or stories, each group alone (as a held-out part is; default 1, the whole set), under
 * the committed parameters and under each setting of a one-at-a-time grid around them; then leave-one-set-out
 * (the setting best on the mean of the other sets, scored on the one left out). Prints a table and, last, one
 * JSON line.
 */
const USAGE =
  "usage: npm run eval:cluster-across -- FILE.jsonl[:PARTS] … [--grid full|none] [--try SETTINGS]";
const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: { grid: { type: "string", default: "full" }, try: { type: "string" } },
});
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

/** Each tunable the held-out gap could hide in, one step either side of its committed value. */
const STEPS: [ParameterName, number[]][] = [
  ["threshold", [0.125, 0.165]],
  ["coincidentThreshold", [0.08, 0.12, 0.145]],
  ["coincidentDays", [2]],
  ["mergeThreshold", [0.4, 0.6]],
  ["entityWeight", [0.1, 0.3]],
  ["dormantThreshold", [0.26, 0.38]],
  ["undatedFactor", [0.75, 0.95]],
  ["dormantDays", [7, 30]],
  ["halfLifeDays", [7, 28]],
];
const grid: Setting[] = [{}];
if (values.grid === "full")
  for (const [name, steps] of STEPS) for (const v of steps) grid.push({ [name]: v });
// --try "a=1,b=2;c=3": further settings, each a list of parameter changes.
for (const spec of (values.try ?? "").split(";").filter((x) => x.trim() !== ""))
  grid.push(
    Object.fromEntries(
      spec.split(",").map((pair) => pair.split("=").map((x, i) => (i === 0 ? x.trim() : Number(x)))),
    ),
  );

const sets = positionals.map((arg) => {
  const match = /^(.*?)(?::(\d+))?$/.exec(arg);
  const file = match?.[1] ?? arg;
  const parts = Number(match?.[2] ?? 1);
  return { name: `${basename(file, ".jsonl")}/${parts}`, docs: loadClusterSet(file), parts };
});
const round = (x: number) => Math.round(x * 10_000) / 10_000;

for (const set of sets) {
  const { b3F1, b3Precision, b3Recall } = bcubedOver(streamedInParts(set.docs, set.parts));
  console.error(`${set.name}: committed B³ ${round(b3F1)} (P ${round(b3Precision)}, R ${round(b3Recall)})`);
}
const table = scoreTable(sets, grid, (line) => console.error(line));
const names = sets.map((s) => s.name);
const loso = leaveOneSetOut(names, grid, table);
for (const row of loso)
  console.error(
    `leave out ${row.heldOut}: chosen ${describeSetting(row.chosen)}, B³ ${round(row.f1)} (committed ${round(row.committedF1)})`,
  );
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(
  JSON.stringify({
    sets: names,
    committed: table.map((row) => round(row[0] ?? 0)),
    leaveOneSetOut: loso.map((row) => ({ ...row, f1: round(row.f1), committedF1: round(row.committedF1) })),
    meanHeldOut: round(mean(loso.map((r) => r.f1))),
  }),
);
