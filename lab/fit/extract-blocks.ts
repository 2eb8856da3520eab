import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { BLOCK_FEATURES, prepareExtraction, type BodyParameters } from "@/lib/extract";
import { assignFolds } from "../eval/folds";
import { aggregatePageScores, benchmarkTokens, scorePage } from "../eval/extract/benchmark-metric";
import { siteOf, type PreparedPage } from "../eval/extract/folds";
import { fitLogistic, probability } from "./logistic";

/*
 * npm run fit:extract-blocks -- --data DIR [--data DIR2 …] [--folds 5] [--l2 10] [--centre half|threshold]
 * Issue 16.3's experiment on extraction's keep or drop of a block: instead of the hand rule's weight of each block
 * of Readability's container (its length for prose, fixed penalties for bylines, end markers, teasers), a
 * logistic model over the block's features (lib/extract/block-features.ts, the rule's weight among them) gives
 * the probability p that the block is article text, and the block weighs its length × (2p − 1) in the same
 * best-run search (with --centre threshold, p is centred on the model's own cut instead of 0.5). One model for all the sets given: for each of K folds of sites (per set) it is fitted on the
 * blocks of the other folds' pages of every set (a block is article text when half its 4-word shingles are in
 * the true body), and the held-out pages are extracted with it. Nothing is written: the figures decide.
 */
const { values } = parseArgs({
  options: {
    data: { type: "string", multiple: true },
    folds: { type: "string", default: "5" },
    l2: { type: "string", default: "10" },
    centre: { type: "string", default: "half" },
  },
});
const k = Number(values.folds);
const l2 = Number(values.l2);
if (!values.data?.length || !Number.isInteger(k) || k < 2 || !(l2 >= 0)) {
  console.error("usage: npm run fit:extract-blocks -- --data DIR [--data …] [--folds K] [--l2 X]");
  process.exit(2);
}

const truthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string().optional() }));

function loadPages(dir: string): PreparedPage[] {
  const truth = truthSchema.parse(JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8")));
  return Object.keys(truth)
    .sort()
    .flatMap((id) => {
      const html = gunzipSync(readFileSync(path.join(dir, "html", `${id}.html.gz`))).toString("utf8");
      const url = truth[id]?.url ?? null;
      const page = { id, truth: truth[id]?.articleBody ?? "", site: siteOf(url, id) };
      try {
        return [{ ...page, extract: prepareExtraction({ content: html, format: "html", url }) }];
      } catch {
        return [
          {
            ...page,
            extract: () => {
              throw new Error("unreadable");
            },
          },
        ];
      }
    });
}

/** Whether a block is article text: half its 4-word shingles (a short block: all its words, in order) in the body. */
function inBody(text: string, truth: { joined: string; shingles: ReadonlySet<string> }): number {
  const tokens = benchmarkTokens(text);
  if (tokens.length === 0) return 0;
  if (tokens.length < 4) return truth.joined.includes(` ${tokens.join(" ")} `) ? 1 : 0;
  let found = 0;
  for (let i = 0; i + 4 <= tokens.length; i += 1)
    if (truth.shingles.has(tokens.slice(i, i + 4).join(" "))) found += 1;
  return found * 2 >= tokens.length - 3 ? 1 : 0;
}

function bodyOf(page: PreparedPage, parameters: Partial<BodyParameters>): string {
  try {
    return page.extract(parameters).text;
  } catch {
    return "";
  }
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const started = performance.now();
const sets = values.data.map((dir) => {
  const pages = loadPages(dir);
  const folds = assignFolds(
    pages.map((page) => ({ group: page.site })),
    k,
  );
  const rows: { page: number; row: number[]; label: number }[] = [];
  const ruleScores = pages.map((page, p) => {
    const tokens = benchmarkTokens(page.truth);
    const shingles = new Set<string>();
    for (let i = 0; i + 4 <= tokens.length; i += 1) shingles.add(tokens.slice(i, i + 4).join(" "));
    const truth = { joined: ` ${tokens.join(" ")} `, shingles };
    const body = bodyOf(page, {
      blockWeight: (features, unit, rule) => {
        rows.push({ page: p, row: [...features], label: inBody(unit.text, truth) });
        return rule;
      },
    });
    return scorePage(body, page.truth);
  });
  return { dir, pages, folds, rows, ruleScores };
});

const heldOut = sets.map((set) => set.pages.map((_, p) => set.ruleScores[p]!));
const weights: number[][] = [];
for (let fold = 0; fold < k; fold += 1) {
  const train = sets.flatMap((set) => set.rows.filter((r) => set.folds[r.page] !== fold));
  const model = fitLogistic(
    train.map((r) => r.row),
    train.map((r) => r.label),
    { l2 },
  );
  weights.push(model.weights.map(round));
  // "--centre threshold": the model's own cut (chosen for accuracy on the training blocks) as the zero point.
  const centre = values.centre === "threshold" ? model.threshold : 0.5;
  const blockWeight = (features: readonly number[], unit: { text: string }) => {
    const p = probability(model, features);
    return unit.text.length * (p >= centre ? (p - centre) / (1 - centre) : (p - centre) / centre);
  };
  sets.forEach((set, s) => {
    set.pages.forEach((page, p) => {
      if (set.folds[p] === fold) heldOut[s]![p] = scorePage(bodyOf(page, { blockWeight }), page.truth);
    });
  });
}
sets.forEach((set, s) => {
  const rule = aggregatePageScores(set.ruleScores);
  const model = aggregatePageScores(heldOut[s] ?? []);
  console.log(
    JSON.stringify({
      data: set.dir,
      blocks: set.rows.length,
      inBody: set.rows.filter((r) => r.label === 1).length,
      rule: { f1: round(rule.f1), precision: round(rule.precision), recall: round(rule.recall) },
      modelCv: { f1: round(model.f1), precision: round(model.precision), recall: round(model.recall) },
    }),
  );
});
console.log(
  JSON.stringify({
    features: BLOCK_FEATURES,
    weights,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }),
);
