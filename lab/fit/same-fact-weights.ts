import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyseSentence } from "@/lib/compare/same-fact/tokens";
import { sentenceSpans } from "@/lib/text";
import { readParaphrasePairs } from "../eval/paraphrase/msrp";
import { parseCommandLine } from "../command-line";

/*
 * npm run fit:same-fact-weights [-- --data FILE.tsv --news PATH,PATH --out FILE]
 *
 * How specific each word is: the number of news sentences that hold each stem, for the same-fact features that
 * weigh shared words by rarity ("Budapest" says more than "said" or "president"). Sentences come from MSRP's
 * training part and from unlabelled news (--news: JSON-lines files of {text}, or folders of .txt articles;
 * default PolNeAR's training articles, the ECB+ and gun-violence development sets), so that the names a decade
 * of news repeats ("Trump", "Biden") do not count as rare only because MSRP (2003) lacks them. No labels are
 * read, and pac.jsonl, on which left-out is evaluated, is not among the defaults. Stems in fewer than three
 * sentences are left out (they count as rare). Run before fit:same-fact.
 */
const USAGE = "usage: npm run fit:same-fact-weights -- [--data FILE.tsv] [--news PATH,PATH] [--out FILE]";
const { values } = parseCommandLine(USAGE, {
  options: {
    data: { type: "string", default: "../shared/data/paraphrase-msrp/train.tsv" },
    news: {
      type: "string",
      default: [
        "../shared/data/quotes-polnear/train/text",
        "../shared/data/clustering-dev/ecbplus-dev.jsonl",
        "../shared/data/clustering-dev/gunviolence-dev.jsonl",
      ].join(","),
    },
    out: { type: "string", default: "lib/compare/same-fact/word-weights.json" },
  },
});
/** A stem in fewer sentences than this is not listed: it counts as rarest. */
const MIN_SENTENCES = 3;

const frequency = new Map<string, number>();
let documents = 0;
const count = (sentence: string) => {
  documents++;
  const stems = new Set(
    analyseSentence(sentence)
      .tokens.filter((t) => t.content && t.value === null)
      .map((t) => t.stem),
  );
  for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
};
for (const pair of readParaphrasePairs(values.data)) {
  count(pair.sentence1);
  count(pair.sentence2);
}
const sources = values.news === "" ? [] : values.news.split(",");
for (const text of sources.flatMap(articleTexts)) for (const span of sentenceSpans(text)) count(span.text);

const kept = [...frequency]
  .filter(([, n]) => n >= MIN_SENTENCES)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(
  values.out,
  `${JSON.stringify({ source: `MSRP train.tsv and unlabelled news (${sources.length} sources) sentences by lab/fit/same-fact-weights.ts`, documents, frequency: Object.fromEntries(kept) })}\n`,
);
console.log(JSON.stringify({ documents, stems: kept.length, out: values.out }));

/** Article texts of a JSON-lines file ({text} per line) or of a folder of .txt files (sorted by name). */
function articleTexts(path: string): string[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => readFileSync(join(path, name), "utf8"));
  }
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ""));
}
