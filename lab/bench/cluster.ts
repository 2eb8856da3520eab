import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { z } from "zod";
import { MergeLedger, StreamingClusterer } from "@/lib/cluster";
import { clusteringScores } from "../eval/cluster/bcubed";
import type { LabelledDocument } from "../eval/cluster/evaluate";
import { syntheticNews } from "./synthetic-news";
import { parseCommandLine } from "../command-line";

/*
 * npx tsx lab/bench/cluster.ts --articles N [--seed S]
 * Streams N synthetic articles (see synthetic-news.ts) through the app's clustering engine and measures
 * throughput, CPU time (per second and per article) and peak memory; the last line is one JSON object.
 * Articles are generated in batches outside the timed part, and clocks are read once per batch: reading the
 * CPU clock per article cost about a fifth of the time measured. `checksum` fingerprints the partition (same seed → same checksum), so a
 * speed-up can be shown not to change a single assignment.
 */
const USAGE = "usage: npm run bench:cluster -- --articles N [--seed S]";
const { values } = parseCommandLine(USAGE, {
  options: { articles: { type: "string" }, seed: { type: "string" } },
});
const args = z
  .object({
    articles: z.coerce.number().int().positive().max(10_000_000),
    seed: z.coerce.number().int().nonnegative().default(1),
  })
  .safeParse(values);
if (!args.success) {
  console.error(USAGE);
  process.exit(2);
}
const { articles, seed } = args.data;
/** Articles per timed batch (held in memory together), and per window of the per-article cost report. */
const BATCH = 1_000;
const WINDOW = 10_000;

const loadBefore = loadavg()[0] ?? 0;
const clusterer = new StreamingClusterer();
const ledger = new MergeLedger();
const assigned = new Map<string, string>();
const gold = new Map<string, string>();
let clusteringMs = 0;
let cpuMicros = 0;
const windowMs: number[] = [];
const stream = syntheticNews({ articles, seed });
for (;;) {
  const batch: LabelledDocument[] = [];
  for (let next = stream.next(); !next.done; next = stream.next()) {
    batch.push(next.value);
    if (batch.length === BATCH) break;
  }
  if (batch.length === 0) break;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = batch.map((doc) => clusterer.add(doc));
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuMicros += used.user + used.system;
  clusteringMs += elapsed;
  const window = Math.floor((assigned.size - 1 + batch.length) / WINDOW);
  windowMs[window] = (windowMs[window] ?? 0) + elapsed;
  batch.forEach((doc, i) => {
    const result = results[i];
    if (!result) return;
    ledger.record(result.storyId, result.merged);
    assigned.set(doc.id, result.storyId);
    gold.set(doc.id, doc.gold);
  });
}
const partition = new Map([...assigned].map(([id, s]) => [id, ledger.resolve(s)]));
const scores = clusteringScores(partition, gold);
/** Fingerprint of the partition (article → story, in arrival order): a speed-up must leave it unchanged. */
const checksum = createHash("sha256")
  .update([...partition].map(([id, s]) => `${id}\t${s}`).join("\n"))
  .digest("hex")
  .slice(0, 16);
console.error(
  `${articles} articles, ${scores.clusters} stories (gold ${scores.goldClusters}), B³ F1 ${scores.b3F1.toFixed(4)}; ` +
    `${clusterer.storyCount} stories held; µs per article per ${WINDOW} window: ${windowMs.map((ms) => Math.round((ms * 1000) / WINDOW)).join(" ")}; ` +
    `memory now (MB): ${Object.entries(process.memoryUsage())
      .map(([k, v]) => `${k} ${Math.round(v / 2 ** 20)}`)
      .join(", ")}`,
);
console.log(
  JSON.stringify({
    articles,
    checksum,
    articlesPerSecond: Math.round(articles / (clusteringMs / 1000)),
    /** Throughput by CPU time (user + system) rather than wall time: the machine may be shared. */
    articlesPerCpuSecond: Math.round(articles / (cpuMicros / 1e6)),
    /** The same as CPU milliseconds per article, the figure bench:ingest gives per page. */
    cpuMsPerArticle: Math.round(cpuMicros / articles) / 1000,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    /** One-minute load average at the start and end: on a shared machine, wall-clock figures depend on it. */
    loadAverage: [loadBefore, loadavg()[0] ?? 0].map((x) => Math.round(x * 10) / 10),
  }),
);
