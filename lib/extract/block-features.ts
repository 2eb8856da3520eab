import { wordSpans } from "../text";

/** The parts of a body unit (body.ts) the features read; structural, so body.ts can import this file. */
interface Block {
  text: string;
  kind: string;
  role?: string;
  linkDensity?: number;
}

/** What a block of Readability's container looks like, as numbers (for fitted keep-or-drop rules). */
export const BLOCK_FEATURES = [
  "ruleWeight",
  "logLength",
  "linkDensity",
  "prose",
  "short",
  "furniture",
  "bylineOrDate",
  "cardMeta",
  "heading",
  "listItem",
  "structured",
  "position",
  "manyWords",
] as const;

/** The block's features in BLOCK_FEATURES order; ruleWeight is the hand rule's weight (see body.ts). */
export function blockFeatures(unit: Block, index: number, count: number, ruleWeight: number): number[] {
  const kind = unit.kind;
  return [
    Math.sign(ruleWeight) * Math.log1p(Math.abs(ruleWeight)),
    Math.log1p(unit.text.length),
    unit.linkDensity ?? 0,
    kind === "prose" ? 1 : 0,
    kind === "short" ? 1 : 0,
    kind === "advert" || kind === "prompt" || kind === "caption" || kind === "end-marker" ? 1 : 0,
    kind === "byline" || kind === "date" ? 1 : 0,
    kind === "card-meta" ? 1 : 0,
    unit.role === "heading" ? 1 : 0,
    unit.role === "list-item" ? 1 : 0,
    unit.role === "table-row" || unit.role === "quote" || unit.role === "preformatted" ? 1 : 0,
    count <= 1 ? 0 : index / (count - 1),
    wordSpans(unit.text).length >= 12 ? 1 : 0,
  ];
}
