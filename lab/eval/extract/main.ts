import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { prepareExtraction } from "@/lib/extract";
import { parseFolds } from "../folds";
import { aggregatePageScores, scorePage, type BenchmarkFigures, type PageScore } from "./benchmark-metric";
import { crossValidateExtraction, siteOf, type PreparedPage } from "./folds";
import { parseCommandLine } from "../../command-line";

/*
 * npm run eval:extract -- --data DIR [--out FILE] [--folds K]
 * DIR holds html/<id>.html.gz and ground-truth.json ({ "<id>": { "articleBody", "url" } }), as
 * ../shared/data/extraction-dev and extraction-dev-wcxb do. Prints the benchmark's metric and pages per second;
 * with --folds K also the K-fold cross-validated figure (body parameters chosen on K−1 folds of sites, scored on
 * the held-out one; see ./folds.ts) as `cv`. The last line is one JSON object.
 */
const USAGE = "usage: npm run eval:extract -- --data DIR [--out FILE] [--folds K (2 or more)]";
const { values } = parseCommandLine(USAGE, {
  options: { data: { type: "string" }, out: { type: "string" }, folds: { type: "string" } },
});
const { folds, valid } = parseFolds(values.folds);
if (!values.data || !valid) {
  console.error(USAGE);
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
const prepared: PreparedPage[] = [];
let failures = 0;
const started = performance.now();
ids.forEach((id, i) => {
  const url = truth[id]?.url ?? null;
  const expected = truth[id]?.articleBody ?? "";
  let body = "";
  try {
    const extract = prepareExtraction({ content: pages[i] ?? "", format: "html", url });
    if (folds !== null) prepared.push({ id, truth: expected, site: siteOf(url, id), extract });
    body = extract().text;
  } catch (error) {
    failures += 1;
    console.error(`${id}: ${(error as Error).message}`);
  }
  predictions[id] = { articleBody: body };
  scores.push(scorePage(body, expected));
});
const seconds = (performance.now() - started) / 1000;

if (values.out) writeFileSync(values.out, JSON.stringify(predictions, null, 1));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const figuresOf = (f: BenchmarkFigures) => ({
  f1: round(f.f1),
  precision: round(f.precision),
  recall: round(f.recall),
  accuracy: round(f.accuracy),
});
const figures = aggregatePageScores(scores);
console.error(`${ids.length} pages, ${failures} without an article`);
let cv: ReturnType<typeof figuresOf> | null = null;
if (folds !== null) {
  // A page that could not be read at all (unreadable content) scores an empty body under every setting.
  const unread = ids.filter((id) => !prepared.some((p) => p.id === id));
  const cvStarted = performance.now();
  const result = crossValidateExtraction(
    [
      ...prepared,
      ...unread.map((id) => ({
        id,
        truth: truth[id]?.articleBody ?? "",
        site: siteOf(truth[id]?.url, id),
        extract: () => {
          throw new Error("unreadable");
        },
      })),
    ],
    folds,
  );
  cv = figuresOf(result.figures);
  const sites = new Set(prepared.map((p) => p.site)).size;
  console.error(
    `${folds}-fold cross-validated over ${sites} sites: F1 ${cv.f1} (P ${cv.precision}, R ${cv.recall}) beside plain ${round(figures.f1)}; ` +
      `chosen per fold: ${result.chosen.map((c) => JSON.stringify(c)).join(" ")} ` +
      `(${Math.round((performance.now() - cvStarted) / 100) / 10} s); whole set under each setting: ` +
      result.settings.map(({ setting, f1 }) => `${JSON.stringify(setting)} ${round(f1)}`).join(", "),
  );
}
console.log(
  JSON.stringify({
    ...figuresOf(figures),
    pages: figures.pages,
    pagesPerSecond: Math.round((ids.length / seconds) * 10) / 10,
    ...(cv ? { folds, cv } : {}),
  }),
);
