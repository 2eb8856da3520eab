import { readFileSync } from "node:fs";
import { analyseSentence } from "@/lib/compare/same-fact";
import { specificity } from "@/lib/compare/same-fact/weights";
const blocks = readFileSync("/tmp/lo/s1.txt", "utf8").split("\n\n");
for (const b of blocks) {
  const lines = b.split("\n");
  const claim = (lines[1] ?? "").replace(/^\s*\[[^\]]*\]\s*/, "");
  const a = analyseSentence(claim);
  const content = a.tokens.filter((t) => t.content && !a.reportingClauses.has(t.clause));
  const info = content.reduce((s, t) => s + specificity(t), 0);
  const names = a.names.length, nums = a.tokens.filter((t) => t.value !== null).length;
  console.log(`${lines[0]?.split(":")[0]} words=${content.length} info=${info.toFixed(1)} names=${names} nums=${nums} | ${claim.slice(0, 110)}`);
}
