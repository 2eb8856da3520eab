// Reads an evaluation's output on stdin and fails when a figure in its last line (one JSON object) is below
// the floor committed in .ci/floors.json. Raise a floor when the figure rises; never lower one to pass.
//   npm run --silent eval:extract -- --data DIR | node .ci/check-floors.mjs extract
// Several entries may check one output (a run with --folds carries the plain and the cross-validated figures):
//   npm run --silent eval:extract -- --data DIR --folds 5 | node .ci/check-floors.mjs extract extract-cv
import { readFileSync } from "node:fs";

const names = process.argv.slice(2);
const allFloors = JSON.parse(readFileSync(new URL("./floors.json", import.meta.url), "utf8"));
for (const name of names.length > 0 ? names : [""]) {
  if (!allFloors[name]) {
    console.error(`no floors for "${name}" in .ci/floors.json`);
    process.exit(2);
  }
}
const lines = readFileSync(0, "utf8").trim().split("\n");
const last = lines.at(-1) ?? "";
let figures;
try {
  figures = JSON.parse(last);
} catch {
  console.error(`${names.join(", ")}: the last line is not JSON: ${last.slice(0, 200)}`);
  process.exit(1);
}
let failed = false;
for (const [name, key, floor] of names.flatMap((name) =>
  Object.entries(allFloors[name]).map(([key, floor]) => [name, key, floor]),
)) {
  // "cv.f1" reads a nested figure (the cross-validated block of an evaluation run with --folds).
  const value = key
    .split(".")
    .reduce((at, part) => (at && typeof at === "object" ? at[part] : undefined), figures);
  const ok = typeof value === "number" && value >= floor;
  console.log(`${name}.${key} = ${value} (floor ${floor}) ${ok ? "ok" : "BELOW FLOOR"}`);
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);
