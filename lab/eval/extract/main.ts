import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { extractArticle } from "@/lib/extract";
import { aggregatePageScores, scorePage, type PageScore } from "./benchmark-metric";

/*
 * npm run eval:extract -- --data DIR [--out FILE]
 * DIR holds html/<id>.html.gz and ground-truth.json ({ "<id>": { "articleBody", "url" } }). Prints the
 * benchmark's metric and pages per second; the last line is one JSON object.
 */
const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
if (!values.data) {
  console.error("usage: npm run eval:extract -- --data DIR [--out FILE]");
  process.exit(2);
}
const truthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string().optional() }));
const truth = truthSchema.parse(
  JSON.parse(readFileSync(path.join(values.data, "ground-truth.json"), "utf8")),
);
const ids = Object.keys(truth).sort();
const pages = ids.map((id) =>
  gunzipSync(readFileSync(path.join(values.data!, "html", `${id}.html.gz`))).toString("utf8"),
);

const predictions: Record<string, { articleBody: string }> = {};
const scores: PageScore[] = [];
let failures = 0;
const started = performance.now();
ids.forEach((id, i) => {
  let body = "";
  try {
    body = extractArticle({ content: pages[i] ?? "", format: "html", url: truth[id]?.url ?? null }).text;
  } catch (error) {
    failures += 1;
    console.error(`${id}: ${(error as Error).message}`);
  }
  predictions[id] = { articleBody: body };
  scores.push(scorePage(body, truth[id]?.articleBody ?? ""));
});
const seconds = (performance.now() - started) / 1000;

if (values.out) writeFileSync(values.out, JSON.stringify(predictions, null, 1));
const figures = aggregatePageScores(scores);
const round = (x: number) => Math.round(x * 10_000) / 10_000;
console.error(`${ids.length} pages, ${failures} without an article`);
console.log(
  JSON.stringify({
    f1: round(figures.f1),
    precision: round(figures.precision),
    recall: round(figures.recall),
    accuracy: round(figures.accuracy),
    pages: figures.pages,
    pagesPerSecond: Math.round((ids.length / seconds) * 10) / 10,
  }),
);
