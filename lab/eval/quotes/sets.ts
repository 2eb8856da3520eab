import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ScoredQuote } from "./evaluate";
import { parseGoldQuotes, pickGoldAnnotationFile } from "./polnear";

/** One article of an evaluation set: its text, its gold direct quotations, and the group it is held out with. */
export interface EvalDocument {
  name: string;
  body: string;
  gold: ScoredQuote[];
  /** Articles of one group are never split between fitting and scoring (a wire story run by several outlets). */
  group: string;
}

const ANNOTATION_FILE = /_(?:[0-9a-f]+|gold)\.ann$/;

/**
 * `quote-types.tsv` beside a split of quotes-german: split, article, attribution id, type. The attributions typed
 * `Direct` of this split, as `article\tE<n>`; null when the set has no such file (PolNeAR: every quote with a
 * double quotation mark counts).
 */
async function directAttributions(dir: string): Promise<Set<string> | null> {
  const file = path.join(dir, "..", "quote-types.tsv");
  if (!existsSync(file)) return null;
  const split = path.basename(path.resolve(dir));
  const direct = new Set<string>();
  for (const line of (await readFile(file, "utf8")).split(/\r?\n/)) {
    const [lineSplit, name, id, type] = line.split("\t");
    if (lineSplit === split && type === "Direct") direct.add(`${name}\t${id}`);
  }
  return direct;
}

/** PolNeAR's metadata.tsv beside the split: each article's title, so that copies of one wire story share a group. */
async function titleGroups(dir: string): Promise<Map<string, string>> {
  const groups = new Map<string, string>();
  const file = path.join(dir, "..", "metadata.tsv");
  if (!existsSync(file)) return groups;
  const [header = "", ...rows] = (await readFile(file, "utf8")).split(/\r?\n/);
  const columns = header.split("\t");
  const nameAt = columns.indexOf("filename");
  const titleAt = columns.indexOf("title");
  if (nameAt < 0 || titleAt < 0) return groups;
  for (const row of rows) {
    const cells = row.split("\t");
    const name = cells[nameAt];
    const title = (cells[titleAt] ?? "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (name && title) groups.set(name, title);
  }
  return groups;
}

/**
 * The articles of a split directory (`text/<name>.txt`, `attributions/<name>_<annotator>.ann`) with their gold
 * direct quotations, in name order. Reads PolNeAR's layout and quotes-german's (gold: attributions typed Direct
 * in ../quote-types.tsv).
 */
export async function loadQuoteSet(dir: string): Promise<EvalDocument[]> {
  const filesByArticle = new Map<string, string[]>();
  for (const file of await readdir(path.join(dir, "attributions"))) {
    if (!ANNOTATION_FILE.test(file)) continue;
    const article = file.replace(ANNOTATION_FILE, "");
    filesByArticle.set(article, [...(filesByArticle.get(article) ?? []), file]);
  }
  const [direct, groups] = await Promise.all([directAttributions(dir), titleGroups(dir)]);
  const documents: EvalDocument[] = [];
  for (const name of [...filesByArticle.keys()].sort()) {
    const goldFile = pickGoldAnnotationFile(filesByArticle.get(name) ?? []);
    if (!goldFile) continue;
    const [body, ann] = await Promise.all([
      readFile(path.join(dir, "text", `${name}.txt`), "utf8"),
      readFile(path.join(dir, "attributions", goldFile), "utf8"),
    ]);
    const isDirect = direct ? (id: string) => direct.has(`${name}\t${id}`) : undefined;
    const gold = parseGoldQuotes(ann, isDirect).map((g) => ({
      start: g.start,
      end: g.end,
      speaker: g.source,
    }));
    documents.push({ name, body, gold, group: groups.get(name) ?? name });
  }
  return documents;
}
