import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { evaluateStream, type LabelledDocument } from "./evaluate";
import { detectLanguage } from "@/lib/text";

/*
 * npm run eval:cluster -- --data FILE.jsonl [--out FILE]
 * FILE.jsonl holds one article a line, { id, title, text, date, cluster, source, url }, in arrival order (see
 * ../shared/data/clustering-dev/README.md). Streams them through the app's clustering engine and prints B³ and
 * pairwise figures; the last line is one JSON object. --out writes "id<TAB>story" lines.
 */
const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
if (!values.data) {
  console.error("usage: npm run eval:cluster -- --data FILE.jsonl [--out FILE]");
  process.exit(2);
}
const rowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().nullish(),
  text: z.string().nullish(),
  date: z.string().nullish(),
  cluster: z.union([z.string(), z.number()]).transform(String),
});
const docs: LabelledDocument[] = readFileSync(values.data, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line, i) => {
    const parsed = rowSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      console.error(`${values.data}:${i + 1}: ${parsed.error.issues[0]?.message ?? "bad row"}`);
      process.exit(2);
    }
    const row = parsed.data;
    const title = row.title ?? "";
    const text = row.text ?? "";
    // As the app does: the language is detected from the text.
    const language = detectLanguage(`${title}\n${text}`);
    return { id: row.id, title, text, publishedAt: row.date || null, language, gold: row.cluster };
  });

const started = performance.now();
const { scores, storyOf } = evaluateStream(docs);
const seconds = (performance.now() - started) / 1000;

if (values.out) writeFileSync(values.out, [...storyOf].map(([id, story]) => `${id}\t${story}\n`).join(""));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
console.error(
  `${scores.docs} articles, ${scores.clusters} stories (gold ${scores.goldClusters}); pairwise precision ${round(scores.pairwisePrecision)}, recall ${round(scores.pairwiseRecall)}`,
);
console.log(
  JSON.stringify({
    b3F1: round(scores.b3F1),
    b3Precision: round(scores.b3Precision),
    b3Recall: round(scores.b3Recall),
    pairwiseF1: round(scores.pairwiseF1),
    clusters: scores.clusters,
    docs: scores.docs,
    articlesPerSecond: Math.round((docs.length / seconds) * 10) / 10,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
