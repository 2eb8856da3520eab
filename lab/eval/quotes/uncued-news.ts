import { readFileSync } from "node:fs";
import { findAttributions } from "../../../lib/quotes";
import { parseCommandLine } from "../../command-line";

/*
 * npx tsx lab/eval/quotes/uncued-news.ts --data ../shared/data/clustering-dev/pac.jsonl
 * Prints every attribution the uncued rule (lib/quotes/uncued.ts) makes on a JSON-lines file of articles
 * ({ id, text }), with the subject it read, the speaker shown and the text before the quote, for reading by hand
 * whether the speaker is right. Real news has no gold speakers; this is how the rule is checked on it.
 */
const USAGE = "usage: npx tsx lab/eval/quotes/uncued-news.ts --data FILE.jsonl";
const { values } = parseCommandLine(USAGE, { options: { data: { type: "string" } } });
if (!values.data) {
  console.error(USAGE);
  process.exit(2);
}
let articles = 0;
let total = 0;
let uncued = 0;
for (const line of readFileSync(values.data, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  articles += 1;
  for (const a of findAttributions(text)) {
    total += 1;
    // The uncued rule's own: no cue, one part marked uncued (a continued paragraph keeps its first part's cue).
    if (a.cue !== null || a.parts.length !== 1 || !a.parts[0]?.uncued) continue;
    uncued += 1;
    const mention = a.speaker ? text.slice(a.speaker.mention.start, a.speaker.mention.end) : "";
    const quote = a.parts[0].span;
    const before = text.slice(Math.max(0, quote.open - 160), quote.open).replace(/\s+/g, " ");
    const inner = text.slice(quote.open, Math.min(quote.close, quote.open + 80)).replace(/\s+/g, " ");
    console.log(`${uncued}. ${id}  speaker: ${a.speaker?.speaker ?? "-"}  (mention: ${mention})`);
    console.log(`   …${before}⟦${inner}…⟧\n`);
  }
}
console.log(`${articles} articles, ${total} attributions, ${uncued} by the uncued rule`);
