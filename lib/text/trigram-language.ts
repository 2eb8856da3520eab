import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

/*
 * franc-min's francAll (version 6.2; options: minLength only), computed with one lookup per trigram of the text
 * instead of one per trigram and language: franc scores each language by the rank distance of every trigram of
 * the text in that language's profile, a property lookup in each of about 60 dictionaries, which made language
 * detection about a sixth of preparing a page. Same models (franc-min's own data and script expressions), same
 * integer distances, the same stable sort and normalisation: the same answer to the last digit
 * (trigram-language.test.ts compares the two on many texts).
 */

/** franc's constants: the sample it reads, and the distance of a trigram a profile lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

type Tuple = [string, number];

interface ScriptModels {
  languages: string[];
  /** Per trigram, the languages whose profile holds it and its rank there, as [language, rank, …] pairs. */
  ranks: Map<string, number[]>;
}

const models = new Map<string, ScriptModels>();

/** Trigram profiles of one script's languages, built at the first text in that script. */
function modelsOf(script: string): ScriptModels | null {
  const known = models.get(script);
  if (known) return known;
  const languages = data[script];
  if (!languages || !Object.hasOwn(data, script)) return null;
  const names = Object.keys(languages);
  const ranks = new Map<string, number[]>();
  names.forEach((name, index) => {
    const profile = (languages[name] as string).split("|");
    // As franc assigns them (from the end, so a trigram a profile repeats keeps its first position).
    const rankOf = new Map<string, number>();
    for (let weight = profile.length - 1; weight >= 0; weight--)
      rankOf.set(profile[weight] as string, weight);
    for (const [trigram, weight] of rankOf) {
      const list = ranks.get(trigram);
      if (list) list.push(index, weight);
      else ranks.set(trigram, [index, weight]);
    }
  });
  const built = { languages: names, ranks };
  models.set(script, built);
  return built;
}

/** francAll(value, { minLength }) of franc-min: languages with their normalised scores, best first. */
export function francAllFast(input: string, minLength: number): Tuple[] {
  if (!input || input.length < minLength) return [["und", 1]];
  const value = input.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const scriptModels = script === undefined ? null : modelsOf(script);
  if (script === undefined || !scriptModels) {
    return script === undefined || share === 0 ? [["und", 1]] : [[script, 1]];
  }
  const counts = trigramCounts(value);
  const { languages, ranks } = scriptModels;
  if (languages.length === 0) return [["und", 1]];
  // Every trigram starts at the distance of one the profile lacks; those it holds are corrected below.
  const distances = languages.map(() => counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const list = ranks.get(trigram);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 2) {
      const language = list[k] as number;
      const difference = Math.abs(count - (list[k + 1] as number) - 1);
      distances[language] = (distances[language] as number) - MAX_DIFFERENCE + difference;
    }
  }
  const tuples: Tuple[] = languages.map((name, i) => [name, distances[i] as number]);
  tuples.sort((a, b) => a[1] - b[1]);
  const min = (tuples[0] as Tuple)[1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const tuple of tuples) tuple[1] = 1 - (tuple[1] - min) / max || 0;
  return tuples;
}

/** The script most of the text is in, and its share (franc's getTopScript: the first of equal counts wins). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script] as RegExp)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * The trigrams of the text as trigram-utils reads them (punctuation, symbols and digits of ASCII to spaces,
 * white space collapsed, trimmed, lower case, padded with a space), each with its count.
 */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
