import { wordSpans } from "../text";
import { FURNITURE_KINDS, lineKey, type LineKind } from "./furniture";
import { BODY_PARAMETERS, type BodyParameters } from "./parameters";

/** One candidate paragraph of a page, in reading order. */
export interface BodyUnit {
  text: string;
  kind: LineKind;
  /** Structure the HTML gave it; plain text has none. */
  role?: "paragraph" | "heading" | "list-item" | "table-row" | "quote" | "preformatted";
  /** Share of the text that sits inside links (HTML only): teaser lists are almost all link. */
  linkDensity?: number;
}

export interface RemovedPart {
  kind: string;
  text: string;
}

export interface BodySelection {
  paragraphs: string[];
  removed: RemovedPart[];
  /** Index of the first and one past the last unit of the chosen block. */
  start: number;
  end: number;
}

/** Where the units come from: the whole text of a page, or the container Readability picked from its HTML. */
export type BodySource = "text" | "html";

/**
 * How much a unit argues for being inside the article: prose counts its length, labels and teasers count
 * against. Known in-body noise (adverts, prompts) is neutral, so it never splits the body and is dropped later.
 */
function unitWeight(
  unit: BodyUnit,
  repeatedKeys: ReadonlySet<string>,
  seenProse: Set<string>,
  source: BodySource,
  parameters: BodyParameters,
): number {
  const length = unit.text.length;
  // Copied page text repeats its navigation and teaser headlines; inside Readability's container a repeated
  // line is more often a recurring sub-heading of a list or menu.
  const repeated = source === "text" && repeatedKeys.has(lineKey(unit.text));
  const linkHeavy = (unit.linkDensity ?? 0) >= parameters.teaserLinkDensity;
  switch (unit.kind) {
    case "prose":
      if (linkHeavy) return -Math.min(length, 300);
      // A paragraph seen before (a lede repeated in a teaser, an article pasted twice) adds nothing new; the
      // first occurrence counts in full, so a page that is all repeats still has a body.
      if (repeated && seenProse.has(lineKey(unit.text))) return 0;
      seenProse.add(lineKey(unit.text));
      return length;
    case "end-marker":
      return source === "text" ? parameters.endMarkerWeightText : parameters.endMarkerWeightHtml;
    case "advert":
    case "prompt":
    case "caption":
      return 0;
    case "byline":
    case "date":
      return parameters.bylineWeight;
    case "card-meta":
      return parameters.cardMetaWeight;
    case "short":
      if (repeated || linkHeavy) return -Math.max(20, length);
      if (isStructuredContent(unit)) return length * 0.5;
      // A <p> of a dozen words is a paragraph even without a final full stop (sloppy CMS text); in copied page
      // text the same shape is a sentence-case teaser headline.
      if (
        source === "html" &&
        unit.role === "paragraph" &&
        wordSpans(unit.text).length >= parameters.unpunctuatedParagraphWords
      ) {
        return length * 0.5;
      }
      // Readability has already chosen the container, so its short lines are more likely sub-headings and list
      // lines than navigation: neutral. In copied page text they are mostly navigation and teasers.
      return source === "html" ? 0 : -(10 + length * 0.25);
  }
}

/** Characters of a selection's paragraphs, a paragraph break counted as two. */
export function selectionLength(selection: BodySelection): number {
  return selection.paragraphs.reduce((sum, paragraph) => sum + paragraph.length + 2, 0);
}

/** Maximum-sum contiguous run of weights (Kadane); the earliest best run wins ties, so results are stable. */
function bestRun(weights: readonly number[]): { start: number; end: number; sum: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let runStart = 0;
  let runSum = 0;
  for (let index = 0; index < weights.length; index++) {
    if (runSum <= 0) {
      runStart = index;
      runSum = 0;
    }
    runSum += weights[index] ?? 0;
    if (runSum > 0 && (!best || runSum > best.sum)) best = { start: runStart, end: index + 1, sum: runSum };
  }
  return best;
}

/** Lines that occur more than once on the page: navigation, teaser headlines, repeated headlines. */
export function repeatedLineKeys(units: readonly BodyUnit[]): Set<string> {
  const counts = new Map<string, number>();
  for (const unit of units) {
    const key = lineKey(unit.text);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key));
}

/**
 * Find the article among the page's units: the run with the most prose and the least furniture, then drop the
 * furniture inside it. After an end marker ("Related articles") that the run bridged, labels and teasers are
 * dropped until prose resumes.
 */
export function selectBody(
  units: readonly BodyUnit[],
  title: string | null,
  source: BodySource,
  parameters: BodyParameters = BODY_PARAMETERS,
  /** The units are the whole page's, not Readability's container: a heading before the body may be the menu's. */
  wholePage = false,
): BodySelection | null {
  const repeatedKeys = repeatedLineKeys(units);
  const seenProse = new Set<string>();
  const weights = units.map((unit) => unitWeight(unit, repeatedKeys, seenProse, source, parameters));
  const best = bestRun(weights);
  if (!best) return null;
  const run = { ...best };
  // Inside Readability's container, lines after the last paragraph (a list of dates, a closing line) are part
  // of the article unless something marks the end: take them up to the first unit that argues against.
  const titleKey = title ? lineKey(title) : null;
  if (source === "html") {
    while (run.end < units.length && (weights[run.end] ?? -1) >= 0) run.end++;
    run.end = listTailEnd(units, run.end);
    if (!wholePage) run.start = leadingHeadingsStart(units, weights, run.start, titleKey);
  }
  const removed: RemovedPart[] = [];
  const kept: BodyUnit[] = [];
  const keptKeys = new Set<string>();
  let inTrailer = false;
  for (let index = run.start; index < run.end; index++) {
    const unit = units[index]!;
    const key = lineKey(unit.text);
    if (FURNITURE_KINDS.has(unit.kind)) {
      removed.push({ kind: unit.kind, text: unit.text });
      if (unit.kind === "end-marker") inTrailer = true;
      continue;
    }
    if (unit.kind === "prose" && (unit.linkDensity ?? 0) < parameters.teaserLinkDensity) inTrailer = false;
    if (inTrailer) {
      removed.push({ kind: "teaser", text: unit.text });
      continue;
    }
    if (kept.length === 0 && titleKey && key === titleKey) {
      removed.push({ kind: "headline", text: unit.text });
      continue;
    }
    // Copied text repeats blocks (a lede shown twice); in HTML, repeats inside the article are real (menus, tables).
    if (source === "text" && key.length > 0 && keptKeys.has(key) && unit.kind === "prose") {
      removed.push({ kind: "duplicate", text: unit.text });
      continue;
    }
    if (
      (unit.linkDensity ?? 0) >= parameters.teaserLinkDensity &&
      unit.kind !== "prose" &&
      unit.role !== "heading"
    ) {
      removed.push({ kind: "teaser", text: unit.text });
      continue;
    }
    keptKeys.add(key);
    kept.push(unit);
  }
  // The run may end on a heading or label whose section was cut away; a body ends on its last paragraph.
  for (let last = kept.at(-1); last && isDanglingLabel(last, source); last = kept.at(-1)) {
    removed.push({ kind: "trailing-label", text: last.text });
    kept.pop();
  }
  return { paragraphs: kept.map((unit) => unit.text), removed, start: run.start, end: run.end };
}

/** A list that goes on after the last paragraph is read as the article's when it is mostly this little link. */
const MAX_LIST_TAIL_LINK_SHARE = 0.3;
const MIN_LIST_TAIL_STRUCTURED_SHARE = 0.5;

/**
 * Inside Readability's container, a guide or catalogue often ends in a long list (brands, each a heading, a link
 * and a few bullet lines) with no paragraph after its first links. Read up to the next end marker, such a tail
 * is the article's when it is mostly list items and headings (not a table of metadata) and mostly not link
 * text (a list of related links
 * is); its link lines are dropped as teasers afterwards. Returns the new end of the run.
 */
function listTailEnd(units: readonly BodyUnit[], end: number): number {
  let stop = end;
  while (stop < units.length && units[stop]?.kind !== "end-marker") stop++;
  if (stop === end) return end;
  let chars = 0;
  let linkChars = 0;
  let structuredChars = 0;
  for (let index = end; index < stop; index++) {
    const unit = units[index]!;
    chars += unit.text.length;
    linkChars += unit.text.length * (unit.linkDensity ?? 0);
    if (unit.role === "list-item" || unit.role === "heading") structuredChars += unit.text.length;
  }
  return linkChars <= chars * MAX_LIST_TAIL_LINK_SHARE &&
    structuredChars >= chars * MIN_LIST_TAIL_STRUCTURED_SHARE
    ? stop
    : end;
}

/**
 * The best run starts on a unit that weighs something, so a neutral heading just before it (the article's first
 * section heading: "Key takeaways", "Introduction") was left out. Inside Readability's container the headings
 * that directly precede the run are the article's, up to its headline or anything else.
 */
function leadingHeadingsStart(
  units: readonly BodyUnit[],
  weights: readonly number[],
  start: number,
  titleKey: string | null,
): number {
  let first = start;
  while (first > 0) {
    const unit = units[first - 1]!;
    if (unit.role !== "heading" || weights[first - 1] !== 0) break;
    // The page's <title> often adds the site's name to the headline ("Headline | Site"), or the headline a kicker.
    const key = lineKey(unit.text);
    if (titleKey && key && (titleKey.includes(key) || key.includes(titleKey))) break;
    first--;
  }
  return first;
}

/** List items, table rows, quotations and code: short lines that the markup says belong to the text. */
function isStructuredContent(unit: BodyUnit): boolean {
  return (
    unit.role === "list-item" ||
    unit.role === "table-row" ||
    unit.role === "quote" ||
    unit.role === "preformatted"
  );
}

/** A heading left at the end of the body once what followed it was cut (in HTML, closing short lines stay). */
function isDanglingLabel(unit: BodyUnit, source: BodySource): boolean {
  if (source === "html") return unit.role === "heading";
  return unit.kind === "short" && !isStructuredContent(unit);
}

/** Units outside the chosen block, recorded for debugging under their kind (or "headline", "outside-body"). */
export function describeOutside(
  units: readonly BodyUnit[],
  selection: { start: number; end: number },
  title: string | null,
): RemovedPart[] {
  const titleKey = title ? lineKey(title) : null;
  const parts: RemovedPart[] = [];
  units.forEach((unit, index) => {
    if (index >= selection.start && index < selection.end) return;
    const kind = FURNITURE_KINDS.has(unit.kind)
      ? unit.kind
      : titleKey && lineKey(unit.text) === titleKey
        ? "headline"
        : "outside-body";
    parts.push({ kind, text: unit.text });
  });
  return parts;
}
