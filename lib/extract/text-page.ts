import { normalizeText, wordSpans } from "../text";
import { describeOutside, selectBody, type BodyUnit, type RemovedPart } from "./body";
import { headerDates, parseDateText } from "./dates";
import { classifyLine, lineKey, parseBylineLine } from "./furniture";
import { BODY_PARAMETERS, type BodyParameters } from "./parameters";

/** What the plain-text algorithm finds on a page of copied text. */
export interface TextPageResult {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** When the page says it was last updated. */
  modifiedAt: string | null;
  paragraphs: string[];
  removed: RemovedPart[];
}

/** Bounded work: a news page has a few thousand lines of text at most; the rest of a huge paste is not read. */
export const MAX_TEXT_LINES = 50_000;
/** How far above the body we look for its headline, byline and date line. */
const HEADER_WINDOW = 15;
/** Headlines run to five words and more; site names and section labels are shorter. */
const MIN_HEADLINE_WORDS = 5;

const TERMINAL = /[.!?…:;]["'”’»)\]]*$/u;
const SOFT_LINE_END = /[,;\-–—(]$/u;

/**
 * Whether a block of consecutive lines is one hard-wrapped paragraph (an e-mail, a text file at 72 columns)
 * rather than one paragraph per line, which is what text copied from a web page looks like.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  let softBreaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (SOFT_LINE_END.test(line) || (!TERMINAL.test(line) && /^\p{Ll}/u.test(next))) softBreaks++;
  }
  if (softBreaks * 2 >= lines.length - 1) return true;
  if (lines.length < 3) return false;
  // Text wrapped at a fixed width: all lines but the last end near the same column, few end a sentence.
  const body = lines.slice(0, -1);
  const widest = body.reduce((max, l) => Math.max(max, l.length), 0);
  const nearWidth = body.filter((l) => l.length >= widest * 0.75).length;
  const sentenceEnds = body.filter((l) => TERMINAL.test(l)).length;
  return widest <= 100 && widest >= 40 && nearWidth === body.length && sentenceEnds * 2 < body.length;
}

/** Lines grouped into candidate paragraphs: one per line, except blocks that are hard-wrapped prose. */
export function textUnits(content: string): BodyUnit[] {
  const units: BodyUnit[] = [];
  let block: string[] = [];
  let lineCount = 0;
  const flush = (): void => {
    if (block.length === 0) return;
    const texts = isHardWrapped(block) ? [block.join(" ")] : block;
    for (const text of texts) units.push({ text, kind: classifyLine(text) });
    block = [];
  };
  for (const rawLine of content.split(/\r\n?|\n/)) {
    const line = normalizeText(rawLine);
    if (line === "") {
      flush();
      continue;
    }
    if (++lineCount > MAX_TEXT_LINES) break;
    block.push(line);
  }
  flush();
  return units;
}

/** "Jane Doe", "joetoronto says:", "By REUTERS": the name line of a card or comment. */
function isNameLine(unit: BodyUnit): boolean {
  if (unit.kind === "byline") return true;
  if (unit.kind !== "short" || unit.text.length > 50) return false;
  if (/\s(?:says|wrote|commented|replied):?$/i.test(unit.text)) return true;
  // One word is more often a section label ("News") than a name.
  const count = wordSpans(unit.text).length;
  return count >= 2 && count <= 6 && !/[.!?]["'”’]?$/u.test(unit.text);
}

/**
 * A name line directly followed by a date line is the meta of a teaser card or of a reader comment ("Rob Crilly /
 * Wednesday November 20, 2019", "joetoronto says: / November 19, 2019 at 6:44 am"). Lists of them follow the
 * article; marking them lets the body finder see such lists as furniture even when excerpts between them are prose.
 */
function markCardMeta(units: BodyUnit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const name = units[i]!;
    const date = units[i + 1]!;
    if (date.kind === "date" && isNameLine(name)) {
      units[i] = { ...name, kind: "card-meta" };
      units[i + 1] = { ...date, kind: "card-meta" };
      i++;
    }
  }
}

function isHeadlineLike(unit: BodyUnit): boolean {
  if (unit.kind !== "short") return false;
  const count = wordSpans(unit.text).length;
  return (
    count >= 3 && count <= 30 && unit.text.length >= 15 && unit.text.length <= 200 && !/[:.]$/.test(unit.text)
  );
}

/**
 * The headline among the lines above the body: one the page repeats (many pages print it in the header and again
 * above the article), else the first headline-like line of headline length, since a site name or section label
 * is shorter and a standfirst comes after the headline.
 */
export function findHeadline(header: readonly BodyUnit[]): string | null {
  const candidates = header.filter(isHeadlineLike);
  const counts = new Map<string, number>();
  for (const unit of candidates) counts.set(lineKey(unit.text), (counts.get(lineKey(unit.text)) ?? 0) + 1);
  const repeated = candidates.find((unit) => (counts.get(lineKey(unit.text)) ?? 0) > 1);
  const headlineLength = candidates.find((unit) => wordSpans(unit.text).length >= MIN_HEADLINE_WORDS);
  return (repeated ?? headlineLength ?? candidates[0])?.text ?? null;
}

/**
 * The headline-like line right above the body, when it is not the headline, is the standfirst (a summary line
 * under the headline). It stays out of the body: it paraphrases the article, and its wording would show up as a
 * spurious variant when quotes are compared across outlets. It is labelled so the debug list says so.
 */
function labelStandfirst(removed: RemovedPart[], above: BodyUnit | undefined, title: string | null): void {
  if (!above || !isHeadlineLike(above) || (title && lineKey(above.text) === lineKey(title))) return;
  const entry = removed.findLast((part) => part.kind === "outside-body" && part.text === above.text);
  if (entry) entry.kind = "standfirst";
}

export function extractFromText(
  content: string,
  parameters: BodyParameters = BODY_PARAMETERS,
): TextPageResult | null {
  const units = textUnits(content);
  markCardMeta(units);
  const selection = selectBody(units, null, "text", parameters);
  if (!selection) return null;
  const header = units.slice(Math.max(0, selection.start - HEADER_WINDOW), selection.start);
  const title = findHeadline(header);
  const removed = [...describeOutside(units, selection, title), ...selection.removed];
  labelStandfirst(removed, units[selection.start - 1], title);
  const paragraphs = [...selection.paragraphs];
  if (title && paragraphs[0] !== undefined && lineKey(paragraphs[0]) === lineKey(title)) {
    removed.push({ kind: "headline", text: paragraphs.shift()! });
  }

  // The article's own byline and date sit just above it, possibly marked as a card's meta.
  const nearBody = units.slice(Math.max(0, selection.start - HEADER_WINDOW), selection.start + 3);
  const bylineUnit = nearBody.findLast((unit) => parseBylineLine(unit.text) !== null);
  const byline = bylineUnit ? parseBylineLine(bylineUnit.text) : null;
  const dates = headerDates(header.map((unit) => unit.text));
  // A page that only says when it was updated gets that date as its publication date too: the nearest it says.
  const publishedAt =
    dates.published ?? (bylineUnit ? parseDateText(bylineUnit.text) : null) ?? dates.modified;
  return { title, byline, publishedAt, modifiedAt: dates.modified, paragraphs, removed };
}
