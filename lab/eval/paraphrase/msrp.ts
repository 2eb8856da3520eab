import { readFileSync } from "node:fs";

/** One pair of the Microsoft Research Paraphrase Corpus format: `Quality  #1 ID  #2 ID  #1 String  #2 String`. */
export interface ParaphrasePair {
  label: 0 | 1;
  id1: string;
  id2: string;
  sentence1: string;
  sentence2: string;
}

/** Reads an MSRP-format file (tab-separated, one header line; a byte-order mark is ignored). */
export function readParaphrasePairs(file: string): ParaphrasePair[] {
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  const pairs: ParaphrasePair[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const fields = line.split("\t");
    const [quality, id1, id2, sentence1, sentence2] = fields;
    if (fields.length !== 5 || (quality !== "0" && quality !== "1") || !id1 || !id2) {
      throw new Error(`${file}:${i + 2}: expected Quality, #1 ID, #2 ID, #1 String, #2 String`);
    }
    pairs.push({
      label: quality === "1" ? 1 : 0,
      id1,
      id2,
      sentence1: sentence1 ?? "",
      sentence2: sentence2 ?? "",
    });
  });
  return pairs;
}
