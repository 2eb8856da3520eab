import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyseSentence } from "@/lib/compare/same-fact/tokens";
import { readParaphrasePairs } from "../eval/paraphrase/msrp";

/*
 * npm run fit:same-fact-weights [-- --data FILE.tsv --out FILE]
 *
 * How specific each word is: the number of sentences of MSRP's training part (news) that hold each stem, for
 * the same-fact features that weigh shared words by rarity ("Budapest" says more than "said" or "president").
 * Stems in fewer than two sentences are left out (they count as rare). Run before fit:same-fact.
 */
const { values } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data/paraphrase-msrp/train.tsv" },
    out: { type: "string", default: "lib/compare/same-fact/word-weights.json" },
  },
});
const pairs = readParaphrasePairs(values.data);
const frequency = new Map<string, number>();
let documents = 0;
for (const pair of pairs) {
  for (const sentence of [pair.sentence1, pair.sentence2]) {
    documents++;
    const stems = new Set(
      analyseSentence(sentence)
        .tokens.filter((t) => t.content && t.value === null)
        .map((t) => t.stem),
    );
    for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
}
const kept = [...frequency].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(
  values.out,
  `${JSON.stringify({ source: "MSRP train.tsv sentences by lab/fit/same-fact-weights.ts", documents, frequency: Object.fromEntries(kept) })}\n`,
);
console.log(JSON.stringify({ documents, stems: kept.length, out: values.out }));
