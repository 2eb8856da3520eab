import { selectBody, selectionLength, type BodySelection, type BodyUnit } from "./body";
import type { BodyParameters } from "./parameters";

/**
 * Readability sometimes keeps one section of a long article (a guide or list whose sections sit in sibling
 * wrappers, with widgets between them) or a block beside it. When the body chosen in its container holds less
 * than this share of the page's prose, the page is searched around it. Two thirds, not a half: Readability often
 * keeps the second half of a ten-section list (WCXB: 3 pages up, none down against 0.5; 0.8 gained nothing more
 * and lost one page).
 */
const MIN_PROSE_SHARE = 0.67;
/** The body found around it replaces it only when this many times longer. */
const MIN_GAIN = 1.5;

export interface WiderBodyOptions {
  /** The whole page as units, with page furniture (comments, asides, footers) left out; read on demand. */
  units: () => BodyUnit[];
  /** Characters of the page's prose paragraphs. */
  proseChars: number;
  /** The body chosen in Readability's container. */
  found: BodySelection;
  title: string | null;
  parameters: BodyParameters;
}

/**
 * The article around what Readability found: the best run of the page's units that holds its first paragraph,
 * searched no further than the end markers on either side ("Comments", "You may also like"), or null when the
 * found body stands. Linear in the page's units.
 */
export function widerBody(options: WiderBodyOptions): { units: BodyUnit[]; selection: BodySelection } | null {
  const { found } = options;
  const chosen = selectionLength(found);
  if (chosen >= options.proseChars * MIN_PROSE_SHARE) return null;
  const first = found.paragraphs[0];
  const last = found.paragraphs.at(-1);
  const units = options.units();
  const start = units.findIndex((unit) => unit.text === first);
  const end = units.findLastIndex((unit) => unit.text === last);
  if (start < 0 || end < start) return null;
  let from = start;
  while (from > 0 && units[from - 1]?.kind !== "end-marker") from--;
  let to = end + 1;
  while (to < units.length && units[to]?.kind !== "end-marker") to++;
  const region = units.slice(from, to);
  const wider = selectBody(region, options.title, "html", options.parameters, true);
  if (!wider || selectionLength(wider) < chosen * MIN_GAIN || !wider.paragraphs.includes(first ?? "")) {
    return null;
  }
  return { units: region, selection: wider };
}
