import { parseArgs } from "node:util";
import { z } from "zod";
import { clusteringScores, MergeLedger, StreamingClusterer } from "@/lib/cluster";
import { syntheticNews } from "./synthetic-news";

/*
 * npx tsx lib/cli/bench/cluster.ts --articles N [--seed S]
 * Streams N synthetic articles (see synthetic-news.ts) through the app's clustering engine and measures
 * throughput and peak memory; the last line is one JSON object. Generating the articles is timed apart.
 */
const { values } = parseArgs({ options: { articles: { type: "string" }, seed: { type: "string" } } });
const args = z
  .object({
    articles: z.coerce.number().int().positive().max(10_000_000),
    seed: z.coerce.number().int().nonnegative().default(1),
  })
  .safeParse(values);
if (!args.success) {
  console.error("usage: npx tsx lib/cli/bench/cluster.ts --articles N [--seed S]");
  process.exit(2);
}
const { articles, seed } = args.data;

const clusterer = new StreamingClusterer();
const ledger = new MergeLedger();
const assigned = new Map<string, string>();
const gold = new Map<string, string>();
let clusteringMs = 0;
let cpuMicros = 0;
let windowStart = 0;
const windowMs: number[] = [];
for (const doc of syntheticNews({ articles, seed })) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = clusterer.add(doc);
  const used = process.cpuUsage(cpu);
  cpuMicros += used.user + used.system;
  const elapsed = performance.now() - started;
  clusteringMs += elapsed;
  windowStart += elapsed;
  ledger.record(result.storyId, result.merged);
  assigned.set(doc.id, result.storyId);
  gold.set(doc.id, doc.gold);
  if (assigned.size % 10_000 === 0) {
    windowMs.push(windowStart);
    windowStart = 0;
  }
}
const scores = clusteringScores(new Map([...assigned].map(([id, s]) => [id, ledger.resolve(s)])), gold);
const perArticleUs = (ms: number, count: number) => Math.round((ms * 1000) / count);
console.error(
  `${articles} articles, ${scores.clusters} stories (gold ${scores.goldClusters}), B³ F1 ${scores.b3F1.toFixed(4)}; ` +
    `${clusterer.storyCount} stories held; µs per article per 10k window: ${windowMs.map((ms) => perArticleUs(ms, 10_000)).join(" ")}; ` +
    `${Math.round(articles / (cpuMicros / 1e6))} articles per CPU second`,
);
console.log(
  JSON.stringify({
    articles,
    articlesPerSecond: Math.round(articles / (clusteringMs / 1000)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
