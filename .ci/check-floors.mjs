// Reads an evaluation's output on stdin and fails when a figure in its last line (one JSON object) is below
// the floor committed in .ci/floors.json. Raise a floor when the figure rises; never lower one to pass.
//   npm run --silent eval:extract -- --data DIR | node .ci/check-floors.mjs extract
import { readFileSync } from "node:fs";

const name = process.argv[2];
const floors = JSON.parse(readFileSync(new URL("./floors.json", import.meta.url), "utf8"))[name];
if (!floors) {
  console.error(`no floors for "${name}" in .ci/floors.json`);
  process.exit(2);
}
const lines = readFileSync(0, "utf8").trim().split("\n");
const last = lines.at(-1) ?? "";
let figures;
try {
  figures = JSON.parse(last);
} catch {
  console.error(`${name}: the last line is not JSON: ${last.slice(0, 200)}`);
  process.exit(1);
}
let failed = false;
for (const [key, floor] of Object.entries(floors)) {
  // "cv.f1" reads a nested figure (the cross-validated block of an evaluation run with --folds).
  const value = key
    .split(".")
    .reduce((at, part) => (at && typeof at === "object" ? at[part] : undefined), figures);
  const ok = typeof value === "number" && value >= floor;
  console.log(`${name}.${key} = ${value} (floor ${floor}) ${ok ? "ok" : "BELOW FLOOR"}`);
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);
