import { readFileSync, writeFileSync } from "node:fs";
import { groupQuotations, type QuoteGroup, type QuoteInput } from "@/lib/compare";
import { isAppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import { findQuotations, type Quotation } from "@/lib/quotes";
import { seededRandom } from "../bench/random";
import { parseCommandLine } from "../command-line";

/*
 * npx tsx lab/samples/speakers.ts [--data FILE.jsonl] [--seed N] [--size N] [--out FILE] [--groups FILE]
 *   [--cross FILE] [--cross-size N]
 *
 * Draws `size` quotations at random (fixed seed) from real news ({id,title,text,cluster,source} per line, as in
 * ../shared/data/clustering-dev/pac.jsonl) and prints each with its speaker, role, the mention it came from and
 * the text around it, to be read against the article and counted by hand. Reports with too little prose to be an
 * article (ingest refuses them too) are skipped and counted as `unreadable`. Quotations are drawn from all of them,
 * attributed or not, so that the same seed draws the same quotations before and after a change to speakers.
 * `--groups` writes each story's quote groups (stories = the file's gold clusters) with their speakers, to count
 * the groups whose speaker is a place, document, speech, programme or time phrase. `--cross` writes `cross-size`
 * (40) cross-outlet quote groups drawn with the same seed, each variant with its outlet, speaker and the text
 * around it, to read whether a group is one utterance. Last line: one JSON object.
 */
const USAGE =
  "usage: npx tsx lab/samples/speakers.ts [--data FILE.jsonl] [--seed N] [--size N] [--out FILE] [--groups FILE] [--cross FILE] [--cross-size N]";
const { values } = parseCommandLine(USAGE, {
  options: {
    data: { type: "string", default: "../shared/data/clustering-dev/pac.jsonl" },
    seed: { type: "string", default: "13" },
    size: { type: "string", default: "100" },
    out: { type: "string" },
    groups: { type: "string" },
    cross: { type: "string" },
    "cross-size": { type: "string", default: "40" },
  },
});

interface Row {
  id: string;
  text: string;
  cluster: string;
  source: string;
  date?: string;
}

interface Found {
  row: Row;
  body: string;
  quote: Quotation;
}

const rows: Row[] = readFileSync(values.data, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const found: Found[] = [];
/** Reports with too little prose to read as an article (a caption, a headline alone), as ingest refuses them. */
let unreadable = 0;
for (const row of rows) {
  let body: string;
  try {
    body = extractArticle({ content: row.text, format: "text" }).text;
  } catch (error) {
    if (!isAppError(error)) throw error;
    unreadable += 1;
    continue;
  }
  for (const quote of findQuotations(body)) found.push({ row, body, quote });
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** A 32-bit FNV-1a hash of a string mixed with the seed: where an item falls in the seeded order. */
function rank(key: string): number {
  let h = (2_166_136_261 ^ Number(values.seed)) >>> 0;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16_777_619) >>> 0;
  return seededRandom(h)();
}

/**
 * The `size` items first in a seeded order of their keys. An item's place depends only on its own key, so a
 * change that adds or drops some quotations leaves every other draw where it was: before and after read the same
 * quotations, apart from those the change itself made or removed.
 */
function draw(keys: readonly string[], size: number): number[] {
  return keys
    .map((key, i) => ({ i, r: rank(key) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, Math.min(size, keys.length))
    .map(({ i }) => i);
}

const drawn = draw(
  found.map(({ row, quote }) => `${row.source}\u0000${row.id}\u0000${quote.text}`),
  Number(values.size),
);
const size = drawn.length;
const lines: string[] = [];
drawn.forEach((index, n) => {
  const item = found[index];
  if (!item) return;
  const { body, quote, row } = item;
  const mention =
    quote.speakerStart !== null && quote.speakerEnd !== null
      ? body.slice(quote.speakerStart, quote.speakerEnd)
      : null;
  const role = quote.role;
  const evidence =
    quote.nameStart !== null && quote.nameEnd !== null ? body.slice(quote.nameStart, quote.nameEnd) : null;
  const from = Math.max(0, Math.min(quote.start, quote.speakerStart ?? quote.start) - 400);
  const to = Math.min(body.length, Math.max(quote.end, quote.speakerEnd ?? quote.end) + 200);
  lines.push(
    `#${n + 1} [${row.source} ${row.id}] ${quote.kind}`,
    `  quote:   ${clip(oneLine(quote.text), 200)}`,
    `  speaker: ${quote.speaker ?? "(unattributed)"}${role ? `  role: ${role}` : ""}`,
    `  mention: ${mention === null ? "-" : `"${oneLine(mention)}" @${quote.speakerStart}`}` +
      (evidence === null ? "" : `  name from: "${oneLine(evidence)}" @${quote.nameStart}`),
    `  context: ${oneLine(body.slice(from, to))}`,
    "",
  );
});
if (values.out) writeFileSync(values.out, lines.join("\n"));
else console.log(lines.join("\n"));

const byCluster = new Map<string, QuoteInput[]>();
for (const [i, { row, quote }] of found.entries()) {
  const list = byCluster.get(row.cluster) ?? [];
  list.push({
    id: `q${i}`,
    articleId: row.id,
    outlet: row.source,
    publishedAt: row.date ?? null,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    speaker: quote.speaker,
  });
  byCluster.set(row.cluster, list);
}
let groups = 0;
const crossOutlet: QuoteGroup[] = [];
const speakers = new Map<string, number>();
for (const quotes of byCluster.values()) {
  for (const group of groupQuotations(quotes)) {
    groups += 1;
    if (new Set(group.variants.map((v) => v.outlet)).size > 1) crossOutlet.push(group);
    const key = group.speaker ?? "(unattributed)";
    speakers.set(key, (speakers.get(key) ?? 0) + 1);
  }
}
if (values.groups)
  writeFileSync(
    values.groups,
    [...speakers.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([speaker, count]) => `${count}\t${speaker}`)
      .join("\n") + "\n",
  );
if (values.cross) {
  const out: string[] = [];
  const groupKeys = crossOutlet.map((g) =>
    g.variants
      .map((v) => `${v.outlet}\u0000${v.articleId}\u0000${v.text}`)
      .sort()
      .join("\u0001"),
  );
  draw(groupKeys, Number(values["cross-size"])).forEach((index, n) => {
    const group = crossOutlet[index];
    if (!group) return;
    out.push(`#${n + 1} speaker: ${group.speaker ?? "(unattributed)"}`);
    for (const v of group.variants) {
      const item = found[Number(v.id.slice(1))];
      const around = item
        ? oneLine(item.body.slice(Math.max(0, v.start - 250), Math.min(item.body.length, v.end + 150)))
        : "";
      out.push(
        `  [${v.outlet} ${v.articleId}] ${v.speaker ?? "(unattributed)"}: ${clip(oneLine(v.text), 200)}`,
        `    context: ${around}`,
      );
    }
    out.push("");
  });
  writeFileSync(values.cross, out.join("\n"));
}
console.log(
  JSON.stringify({
    articles: rows.length,
    unreadable,
    quotations: found.length,
    attributed: found.filter((f) => f.quote.speaker !== null).length,
    sampled: size,
    groups,
    crossOutletGroups: crossOutlet.length,
    distinctGroupSpeakers: speakers.size,
  }),
);
